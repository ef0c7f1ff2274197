// No number is typed into a chapter: every number in content/*.mdx must be a <Q> or <Eq>
// reference to an engine quantity. Two checks over the numeric literals left in a chapter once
// code identifiers, TeX subscripts and comments are set aside:
//  - a literal equal to a number the engine computes (925, 330,625, 0.001…) names the quantity
//    that should be cited instead;
//  - any other literal is an error too, except the small structural counts this test allows:
//    integers 0–10 ("step 3", "2 neurons", list numbers, the 2 and −1 of a formula, order: 4).
// Digits inside identifiers (house.w11, lossAfter1000), TeX subscripts (w_{31}), import/export
// lines, JSX comments (the placement markers) and the frontmatter's order are not literals.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clean, formatNumber } from '../../engine/format';
import { allQuantities } from '../../engine/quantities/index';
import { numericalExample as house } from '../../engine/quantities/numerical-example';
import type { Quantity } from '../../engine/quantity';

const CONTENT_DIR = 'content';
/** Integers this small are counts and ordinals, never results worth citing. */
const LARGEST_STRUCTURAL_COUNT = 10;

interface Literal {
  readonly text: string;
  readonly value: number;
  readonly line: number;
}

/** Replaces a match by spaces of the same length, so that line numbers stay right. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The numeric literals of an MDX source, each with its line. */
function numericLiterals(mdx: string): Literal[] {
  const prose = mdx
    .replace(/^order:.*$/m, blank) // frontmatter position
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank) // JSX comments: the placement markers
    .replace(/^(?:import|export)\b[\s\S]*?;[ \t]*$/gm, blank) // ESM lines
    .replace(/_\{[^}]*\}|_\d/g, blank) // TeX subscripts: w_{31}, x_2
    .replace(/[A-Za-z_]\w*/g, blank); // identifiers, TeX commands, words (not \$, which is money)
  return [...prose.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => ({
    text: m[0],
    value: Number(m[0].replaceAll(',', '')),
    line: prose.slice(0, m.index).split('\n').length,
  }));
}

const isStructural = (n: number) => Number.isInteger(n) && n >= 0 && n <= LARGEST_STRUCTURAL_COUNT;

/** Every way a reader could type the quantity's value: exact, or as the page rounds it. */
function spellings(q: Quantity): number[] {
  const shown = Number(
    formatNumber(q.value, q.format)
      .text.replace(/^≈\u202F/, '')
      .replaceAll(',', '')
      .replace('\u2212', '-'),
  );
  return [Math.abs(clean(q.value)), Math.abs(shown)].filter(Number.isFinite);
}

const engineNumbers = new Map<number, string[]>();
for (const q of allQuantities()) {
  for (const n of spellings(q)) if (!isStructural(n)) engineNumbers.set(n, [...(engineNumbers.get(n) ?? []), q.id]);
}

/** What is wrong with the literals of one source, one line per literal. */
function literalProblems(name: string, mdx: string): string[] {
  return numericLiterals(mdx).flatMap(({ text, value, line }) => {
    const ids = engineNumbers.get(value);
    if (ids) return [`${name}:${line}: "${text}" is computed by the engine as ${[...new Set(ids)].join(', ')}; cite it with <Q of={…} />`];
    if (!isStructural(value))
      return [
        `${name}:${line}: numeric literal "${text}"; numbers come from the engine (<Q>/<Eq>), only counts 0–${LARGEST_STRUCTURAL_COUNT} may be typed`,
      ];
    return [];
  });
}

const chapters = readdirSync(CONTENT_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ name: f, source: readFileSync(join(CONTENT_DIR, f), 'utf8') }));

/** A quantity as a chapter author would copy it off a page. */
const typed = (q: Quantity) => formatNumber(q.value, q.format).text;

describe('the literal scanner', () => {
  // The samples type the engine's own values (whatever the scenarios say), so these rows test the
  // scanner, not the numbers.
  test.each([
    // Engine results typed by hand are caught, whatever their form.
    { mdx: `z_out = ${typed(house.forward.zOut)} here`, want: [house.forward.zOut.id], why: 'a computed integer' },
    { mdx: `the loss is ${typed(house.loss.loss)}`, want: [house.loss.loss.id], why: 'thousands separators' },
    { mdx: `learning rate ${typed(house.given.learningRate)}`, want: [house.given.learningRate.id], why: 'a given decimal' },
    { mdx: `weight ${typed(house.update.w11.value)}`, want: [house.update.w11.value.id], why: 'a negative result' },
    { mdx: `price \\$${typed(house.given.actual)}k`, want: [house.given.actual.id], why: 'money around a number' },
    { mdx: 'roughly 777.125 units', want: ['numeric literal "777.125"'], why: 'a literal the engine does not know' },
    { mdx: 'Eq of={777.125} />', want: ['numeric literal "777.125"'], why: 'a number hidden in an expression' },
    // Structure is not a literal.
    { mdx: '### Step 3: Backpropagation\n\n1. **Forward pass**', want: [], why: 'ordinals and list numbers' },
    { mdx: '<Q of={house.stuck.lossAfter[2]} /> and <Q of={scaled.lossAfter1000} />', want: [], why: 'identifiers and small indices' },
    {
      mdx: '$w_{31}$ and $x_2$, $2 \\times (\\text{predicted} - \\text{actual}) \\times ({-1})$',
      want: [],
      why: 'TeX subscripts and formula constants',
    },
    { mdx: "import X from '../src/islands/Explorer2000.tsx';\n{/* island: explorer */}", want: [], why: 'imports and markers' },
    { mdx: '---\ntitle: T\norder: 12\n---', want: [], why: 'the frontmatter position' },
  ])('$why', ({ mdx, want }) => {
    const problems = literalProblems('sample.mdx', mdx);
    expect(problems).toHaveLength(want.length);
    want.forEach((w, i) => expect(problems[i]).toContain(w));
  });
});

describe('chapters cite every number', () => {
  test('the six chapters are there', () => {
    expect(chapters.map((c) => c.name).sort()).toEqual([
      'core-concepts.mdx',
      'derivative-deep-dive.mdx',
      'gradient-explanation.mdx',
      'numerical-example.mdx',
      'summary.mdx',
      'training.mdx',
    ]);
  });

  test.each(chapters)('$name has no typed numbers', ({ name, source }) => {
    expect(literalProblems(name, source)).toEqual([]);
  });
});
