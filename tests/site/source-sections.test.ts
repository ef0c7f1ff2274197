// Each chapter names the section of the source document it follows (issue 13), and the chapter
// beyond the document says so.
import { expect, test } from 'vitest';
import { builtPage, visibleText } from '../support/site-files';

/** The source document's "## " headings after its table of contents, copied from it in its order. */
const SECTIONS = [
  'Core Concepts Overview',
  'Complete Numerical Example',
  'Detailed Gradient Explanation',
  'Derivative Deep Dive',
  'Summary',
];

const eyebrow = (path: string) => visibleText(builtPage(path).root.querySelector('.chapter-eyebrow')!);

test.each([
  ['/core-concepts/', 0],
  ['/numerical-example/', 1],
  ['/gradient-explanation/', 2],
  ['/derivative-deep-dive/', 3],
  ['/summary/', 4],
] as const)('%s names the section it follows', (path, index) => {
  expect(eyebrow(path)).toContain(`follows “${SECTIONS[index]}” in the source document`);
  expect(builtPage(path).root.querySelector('.chapter-eyebrow a')?.getAttribute('href')).toBe('/#source-document');
});

test('the training chapter says it goes beyond the source document', () => {
  expect(eyebrow('/training/')).toContain('goes beyond the source document');
});
