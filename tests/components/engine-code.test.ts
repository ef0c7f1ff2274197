// EngineCode, rendered through Astro's Container API: the code shown is the named declaration
// read from engine/, highlighted in both themes, under a caption naming its file, and beside it
// the PyTorch region that reproduces the same numbers, with the lines of output it prints.
import { describe, expect, test } from 'vitest';
import EngineCode from '../../src/components/EngineCode.astro';
import { render } from './render';

describe('EngineCode', () => {
  test.each([
    { file: 'loss.ts', name: 'squaredError', signature: 'export const squaredError: Loss = {', pytorch: 'gradient-explanation#slope' },
    { file: 'activations.ts', name: 'relu', signature: 'export const relu: Activation = {', pytorch: 'core-concepts#activation' },
    { file: 'backprop.ts', name: 'backward', signature: 'export function backward(', pytorch: 'numerical-example#backward' },
    { file: 'sgd.ts', name: 'sgdStep', signature: 'export function sgdStep(net: Network', pytorch: 'numerical-example#update' },
  ])('engine/$file $name, beside pytorch/$pytorch', async ({ file, name, signature, pytorch }) => {
    const { root } = await render(EngineCode, { file, name, pytorch });
    const [engine, torch] = root.querySelectorAll('figure');
    expect(engine!.querySelector('figcaption')!.textContent).toContain(`engine/${file}`);
    const pre = engine!.querySelector('pre')!;
    expect(pre.textContent).toContain(signature);
    // Dual themes through classes whose colours code.css declares (tests/components/token-classes.test.ts).
    expect(pre.getAttribute('class')).toBe('astro-code');
    expect(pre.querySelector('span.k')!.textContent).toMatch(/\b(export|const|function)\b/);
    expect(pre.querySelectorAll('[style]')).toHaveLength(0);
    const [script, region] = pytorch.split('#');
    expect(torch!.querySelector('figcaption a')!.getAttribute('href')).toBe(`/pytorch/${script}.py`);
    expect(torch!.querySelector('pre')!.textContent).toContain('values');
    expect(torch!.querySelector('figcaption code')!.textContent).toBe(region);
  });

  test('a long listing folds behind a disclosure, a short one does not', async () => {
    const long = (await render(EngineCode, { file: 'backprop.ts', name: 'backward', pytorch: 'numerical-example#backward' })).root;
    expect(long.querySelector('details.code-fold summary')!.textContent).toMatch(/^Show the engine's code \(\d+ lines\)$/);
    const short = (await render(EngineCode, { file: 'activations.ts', name: 'relu', pytorch: 'core-concepts#activation' })).root;
    expect(short.querySelector('.engine-code details')).toBeNull();
  });

  test('the PyTorch block shows the lines of its printed output that its region computes', async () => {
    const { root } = await render(EngineCode, { file: 'backprop.ts', name: 'backward', pytorch: 'numerical-example#backward' });
    const printed = root.querySelectorAll('.pytorch-code pre')[1]!.textContent;
    // dLoss/dw11 = 2 × (925 − 350) × 20 × 2000, by hand; the finite differences are another region's.
    expect(printed).toContain('"house.dW11": 46000000.0');
    expect(printed).not.toContain('"house.z1"');
    expect(printed.match(/"house\.dW11"/g)).toHaveLength(1);
  });

  test('fails the build, naming the script, when the PyTorch region does not exist', async () => {
    await expect(render(EngineCode, { file: 'loss.ts', name: 'squaredError', pytorch: 'core-concepts#nope' })).rejects.toThrow(
      /pytorch\/core-concepts\.py: no "# region nope"\. Regions here: weights, activation, loss/,
    );
  });

  test('fails the build, naming the file and the name, when the name is not exported there', async () => {
    await expect(render(EngineCode, { file: 'loss.ts', name: 'noSuchThing', pytorch: 'core-concepts#loss' })).rejects.toThrow(
      /engine\/loss\.ts: no exported function or const named "noSuchThing"/,
    );
  });

  test('fails the build when the file does not exist', async () => {
    await expect(render(EngineCode, { file: 'nope.ts', name: 'x', pytorch: 'core-concepts#loss' })).rejects.toThrow(
      /no file engine\/nope\.ts/,
    );
  });
});
