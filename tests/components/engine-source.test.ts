// extractEngineSource: which text it cuts out of a source file for a name, and how it fails.
// The sources are small hand-written files, so each row's expected text is visible in the row.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EngineSourceError, extractEngineSource } from '../../src/components/helpers/engine-source';

const SOURCE = `/** File header: not part of any declaration. */
import { x } from './x';

// ── Section banner, a blank line above the declaration ──

/** Adds one. */
export function inc(n: number): number {
  return n + 1;
}

// A line comment directly above
// spanning two lines.
export const braces = (s: string) => s === '}' ? '{' : s; // a } in a string and a comment

export const a = 1, b = 2;

function hidden(): void {}
export const afterHidden = 3;

export function typed(): { ok: boolean } {
  return { ok: true };
}

export function body() {
  const t = 1;
  // #region middle
    const doubled = t * 2;
    return doubled;
  // #endregion
}
`;

describe('extractEngineSource finds the named piece', () => {
  test.each([
    // A function with its doc comment; the banner above it (blank line between) stays out.
    { name: 'inc', want: '/** Adds one. */\nexport function inc(n: number): number {\n  return n + 1;\n}' },
    // Line comments directly above are attached; a comment after the final ';' is not part of the statement.
    {
      name: 'braces',
      want: "// A line comment directly above\n// spanning two lines.\nexport const braces = (s: string) => s === '}' ? '{' : s;",
    },
    // Either name of a multi-declarator const gives the whole statement.
    { name: 'b', want: 'export const a = 1, b = 2;' },
    // A non-exported function just above is not a comment and is not included.
    { name: 'afterHidden', want: 'export const afterHidden = 3;' },
    // Braces in the return type do not end the function early.
    { name: 'typed', want: 'export function typed(): { ok: boolean } {\n  return { ok: true };\n}' },
    // A region: the lines between the markers, dedented, markers left out.
    { name: 'middle', want: 'const doubled = t * 2;\nreturn doubled;' },
  ])('$name', ({ name, want }) => {
    expect(extractEngineSource(SOURCE, name, 'engine/example.ts')).toBe(want);
  });
});

describe('extractEngineSource fails clearly', () => {
  test.each([
    // Declared but not exported: a page must not show private helpers.
    { name: 'hidden', message: /engine\/example\.ts: no exported function or const named "hidden"/ },
    // Unknown name: the error lists what the file does export.
    { name: 'nope', message: /Exported here: inc, braces, a, b, afterHidden, typed, body\./ },
  ])('$name', ({ name, message }) => {
    expect(() => extractEngineSource(SOURCE, name, 'engine/example.ts')).toThrow(EngineSourceError);
    expect(() => extractEngineSource(SOURCE, name, 'engine/example.ts')).toThrow(message);
  });

  test('a region without its end marker', () => {
    expect(() => extractEngineSource('// #region open\nconst x = 1;\n', 'open', 'engine/x.ts')).toThrow(
      'engine/x.ts: "// #region open" has no "// #endregion" after it',
    );
  });
});

describe('on the real engine files the chapters cite', () => {
  test.each([
    // The loss the document defines: Loss = (actual − predicted)², with its doc comment.
    { file: 'loss.ts', name: 'squaredError', starts: '/**', has: ['export const squaredError'] },
    { file: 'activations.ts', name: 'relu', starts: '/**', has: ['export const relu'] },
    { file: 'backprop.ts', name: 'backward', starts: 'export function backward(', has: ['net: Network', 'trace: ForwardTrace'] },
    { file: 'sgd.ts', name: 'sgdStep', starts: 'export function sgdStep(', has: ['learningRate: number'] },
  ])('engine/$file $name', ({ file, name, starts, has }) => {
    const code = extractEngineSource(readFileSync(`engine/${file}`, 'utf8'), name, `engine/${file}`);
    expect(code.startsWith(starts)).toBe(true);
    for (const h of has) expect(code).toContain(h);
    expect(code.trimEnd().endsWith('}') || code.trimEnd().endsWith('};')).toBe(true);
  });
});
