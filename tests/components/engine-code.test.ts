// EngineCode, rendered through Astro's Container API: the code shown is the named declaration
// read from engine/, highlighted in both themes, under a caption naming its file.
import { describe, expect, test } from 'vitest';
import EngineCode from '../../src/components/EngineCode.astro';
import { render } from './render';

describe('EngineCode', () => {
  test.each([
    { file: 'loss.ts', name: 'squaredError', signature: 'export const squaredError: Loss = {' },
    { file: 'activations.ts', name: 'relu', signature: 'export const relu: Activation = {' },
    { file: 'backprop.ts', name: 'backward', signature: 'export function backward(' },
    { file: 'sgd.ts', name: 'sgdStep', signature: 'export function sgdStep(net: Network' },
  ])('engine/$file $name', async ({ file, name, signature }) => {
    const { root } = await render(EngineCode, { file, name });
    expect(root.querySelector('figcaption')!.textContent).toContain(`engine/${file}`);
    const pre = root.querySelector('pre')!;
    expect(pre.textContent).toContain(signature);
    // Dual themes: light colours inline, dark ones as variables the site's stylesheet switches to.
    expect(pre.outerHTML).toContain('--shiki-dark');
  });

  test('fails the build, naming the file and the name, when the name is not exported there', async () => {
    await expect(render(EngineCode, { file: 'loss.ts', name: 'noSuchThing' })).rejects.toThrow(
      /engine\/loss\.ts: no exported function or const named "noSuchThing"/,
    );
  });

  test('fails the build when the file does not exist', async () => {
    await expect(render(EngineCode, { file: 'nope.ts', name: 'x' })).rejects.toThrow(/no file engine\/nope\.ts/);
  });
});
