/**
 * The exercises' fixed versions: the ones each chapter shows at build time and without
 * JavaScript. Every number in them (givens, solution steps, answer) becomes a quantity named
 * exercise.ID.KEY, which the page tags with data-q, so the rendered-value and PyTorch checks
 * cover them like any other number on the site.
 */
import { EXERCISES } from '../exercises/index';
import type { Exercise, Line, Num, Version } from '../exercises/exercise';
import { chosen, computed, given, type Quantity } from '../quantity';
import { housePrice } from '../scenarios';

/** A line with its numbers written as their symbols: the formula of the number it ends with. */
const symbolic = (l: Line) => l.map((p) => (typeof p === 'string' ? p : p.label)).join('');

/** How a number of the solution is obtained: the line that ends with it, without its own symbol. */
function formulaOf(n: Num, v: Version): string {
  const ending = v.solution.find((l) => l[l.length - 1] === n);
  if (!ending) return 'the answer';
  // "z₁ = (x₁ × w₁₁) + (x₂ × w₁₂) = z₁" → "(x₁ × w₁₁) + (x₂ × w₁₂)"
  return symbolic(ending.slice(0, -1))
    .replace(/\s*=\s*$/, '')
    .replace(/^[^=]*=\s*/, '');
}

/**
 * The document's own inputs, by the names the exercises give them. A given equal to one of them
 * is the document's ("everything else as in the document"), not a number the site chose.
 */
const DOCUMENT_INPUTS: Readonly<Record<string, number>> = {
  x1: housePrice.input[0],
  x2: housePrice.input[1],
  actual: housePrice.target,
  ...housePrice.weights,
};

function fixedVersion(exercise: Exercise) {
  const v = exercise.version(exercise.fixedSeed);
  const quantities: Record<string, Quantity> = {};
  const givenKeys = new Set(Object.keys(v.givens));
  const tag = (n: Num): Num => {
    const id = `exercise.${exercise.id}.${n.key}`;
    const known = quantities[n.key];
    if (known && known.value !== n.value) throw new Error(`${id} holds two values`);
    const input = { label: n.label, value: n.value };
    quantities[n.key] ??= !givenKeys.has(n.key)
      ? computed(id, { ...input, formula: formulaOf(n, v) })
      : DOCUMENT_INPUTS[n.key] === n.value
        ? given(id, { ...input, formula: 'as in the document' })
        : chosen(id, { ...input, formula: `given in the exercise “${exercise.title}”` });
    return { ...n, q: id };
  };
  const tagLine = (l: Line): Line => l.map((p) => (typeof p === 'string' ? p : tag(p)));
  const version: Version = {
    ...v,
    givens: Object.fromEntries(Object.entries(v.givens).map(([k, n]) => [k, tag(n)])),
    question: tagLine(v.question),
    answer: tag(v.answer),
    solution: v.solution.map(tagLine),
  };
  return { version, quantities };
}

/** What an exercise block on a page needs: its fixed version and its place in the chapter's progress. */
export interface ExerciseBlock {
  readonly title: string;
  readonly chapter: string;
  /** How many exercises the chapter has, for "solved 1 of 2". */
  readonly inChapter: number;
  readonly version: Version;
  readonly quantities: Readonly<Record<string, Quantity>>;
}

export const exercises: Readonly<Record<string, ExerciseBlock>> = Object.fromEntries(
  EXERCISES.map((e) => [
    e.id,
    {
      title: e.title,
      chapter: e.chapter,
      inChapter: EXERCISES.filter((other) => other.chapter === e.chapter).length,
      ...fixedVersion(e),
    },
  ]),
);
