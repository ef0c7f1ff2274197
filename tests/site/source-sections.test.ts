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

/** Their ids, from the document's table of contents ("[Core Concepts Overview](#core-concepts-overview)"); Summary is not in it. */
const SECTION_IDS = [
  'core-concepts-overview',
  'complete-numerical-example',
  'detailed-gradient-explanation',
  'derivative-deep-dive',
  'summary',
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
  const links = builtPage(path).root.querySelectorAll('.chapter-eyebrow a');
  // The section, on the source page (its heading's id, as the document's own table of contents links it)…
  expect(links[0]?.getAttribute('href')).toBe(`/source/#${SECTION_IDS[index]}`);
  // …and the home page's account of the document.
  expect(links[1]?.getAttribute('href')).toBe('/#source-document');
});

test('the training chapter says it goes beyond the source document', () => {
  expect(eyebrow('/training/')).toContain('goes beyond the source document');
});
