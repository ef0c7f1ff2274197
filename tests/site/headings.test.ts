// A heading keeps its number (issue 13): the gradient chapter's "What Does the Gradient <Q /> Mean?"
// (the document's "What Does 1150 Mean?") has the number in its id, its table-of-contents entry
// and its search index entry, and the number in the heading is still a quantity reference.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { builtPage, siteDir, visibleText } from '../support/site-files';

/** From the source document's heading "What Does 1150 Mean?". */
const NUMBER = '1150';
const page = builtPage('/gradient-explanation/');
const heading = page.root.querySelectorAll('h3').find((h) => visibleText(h).startsWith('What Does the Gradient'))!;

test('the heading shows the number as a quantity reference, and its id holds it', () => {
  expect(visibleText(heading)).toBe(`What Does the Gradient ${NUMBER} Mean?`);
  expect(heading.querySelector('[data-q]')?.getAttribute('data-value')).toBe(NUMBER);
  expect(heading.id).toBe(`what-does-the-gradient-${NUMBER}-mean`);
  expect(heading.querySelector('a.heading-link')?.getAttribute('href')).toBe(`#${heading.id}`);
});

test('the table of contents names it with its number and links to it', () => {
  const entry = page.root.querySelectorAll('nav[aria-label="On this page"] a').find((a) => a.getAttribute('href') === `#${heading.id}`);
  expect(entry && visibleText(entry)).toBe(`What Does the Gradient ${NUMBER} Mean?`);
});

test('the search index has the section under its number', () => {
  // pagefind's fragments: gzip of "pagefind_dcd" and the page's JSON, its headings under anchors.
  const dir = join(siteDir(), 'pagefind', 'fragment');
  const fragments = readdirSync(dir).map((f) =>
    JSON.parse(
      gunzipSync(readFileSync(join(dir, f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ),
  );
  const chapter = fragments.find((f: { url: string }) => f.url === '/gradient-explanation/');
  expect(chapter.anchors).toContainEqual(expect.objectContaining({ id: heading.id, text: `What Does the Gradient ${NUMBER} Mean?` }));
});
