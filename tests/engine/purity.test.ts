// engine/ runs unchanged in Node at build time and in the browser: it may import only itself.
// Read the source files and check every import and every use of browser globals.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ENGINE = join(import.meta.dirname, '../../engine');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier: static imports and re-exports, side-effect imports, dynamic import(), require(). */
function specifiers(code: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]!));
}

/** The code without comments and string contents, so that prose about "the window" is not a hit. */
function codeOnly(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
}

const files = sources(ENGINE);

describe('engine/ depends on nothing but itself', () => {
  test('the scan sees the engine files', () => {
    const names = files.map((f) => relative(ENGINE, f));
    expect(names).toEqual(expect.arrayContaining(['activations.ts', 'backprop.ts', 'format.ts', 'index.ts', 'quantities/index.ts']));
  });

  test('the import scanner finds each form of import (checked on a sample)', () => {
    const sample = [
      "import { a } from './a';",
      'import type { B } from "./b";',
      "export * from './c';",
      "import './d';",
      "const e = await import('./e');",
      "const f = require('./f');",
      'import {\n  g,\n  h,\n} from "./gh";',
    ].join('\n');
    expect(specifiers(sample).sort()).toEqual(['./a', './b', './c', './d', './e', './f', './gh']);
  });

  test.each(files.map((file) => ({ file: relative(ENGINE, file), path: file })))(
    '$file imports only relative engine modules',
    ({ path }) => {
      for (const spec of specifiers(readFileSync(path, 'utf8'))) {
        expect(spec, `import of ${spec}`).toMatch(/^\.\.?\//);
        expect(spec).not.toMatch(/astro|preact|react|\.css$/);
        // Relative, and still inside engine/.
        expect(relative(ENGINE, join(path, '..', spec)).startsWith('..'), `${spec} leaves engine/`).toBe(false);
      }
    },
  );

  test.each(files.map((file) => ({ file: relative(ENGINE, file), path: file })))('$file uses no browser globals', ({ path }) => {
    const code = codeOnly(readFileSync(path, 'utf8'));
    // (Not `location`: the weighted-sum example has a location score.)
    for (const global of ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'requestAnimationFrame']) {
      expect(code, `uses ${global}`).not.toMatch(new RegExp(`(?<![\\w.$])${global}\\b`));
    }
  });
});
