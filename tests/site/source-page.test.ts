// /source/ shows the source document as written (issue 13): every line of the repository's copy
// (data/source-document.md) is on the page, its code blocks verbatim, every passage linkable;
// the page stays out of the search index, and the home page and the navigation link to it.
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { builtPage, builtPages, visibleText } from '../support/site-files';
import { SOURCE_TEXT, comparable } from './source-document';

const page = builtPage('/source/');
const documentEl = page.root.querySelector('.source-document')!;
// Parsed again with <pre> as markup: node-html-parser keeps a code block's content as raw text.
const rendered = parse(documentEl.outerHTML, { blockTextElements: { script: true, style: true } });
const renderedText = comparable(rendered.textContent);

const fences = Array.from(SOURCE_TEXT.matchAll(/^```\n([\s\S]*?)\n```$/gm), (m) => m[1]!);
const outsideFences = SOURCE_TEXT.replace(/^```\n[\s\S]*?\n```$/gm, '');
/** Each line's text without its Markdown: heading hashes, list markers, emphasis, code ticks, link targets, table pipes. */
const proseLines = outsideFences
  .split('\n')
  .filter((line) => line.trim() !== '' && line.trim() !== '---' && !/^\|[-| ]+\|$/.test(line))
  .flatMap((line) =>
    line
      .replace(/^#+ |^\s*(?:- |\d+\. )/g, '')
      .replace(/\*\*|\*|`/g, '')
      .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
      .split('|')
      .map((cell) => cell.trim())
      .filter(Boolean),
  );

test('the copy is the document: its title, 33 headings and 31 code blocks (counted with grep in the seed file)', () => {
  expect(SOURCE_TEXT.startsWith('# Neural Network Concepts Explained\n')).toBe(true);
  expect(SOURCE_TEXT.match(/^#{1,4} /gm)).toHaveLength(33);
  expect(fences).toHaveLength(31);
});

test('every line of the document is on the page', () => {
  const missing = proseLines.filter((line) => !renderedText.includes(comparable(line)));
  expect(missing).toEqual([]);
});

test('every code block is on the page as written, spaces included', () => {
  const blocks = rendered.querySelectorAll('pre').map((pre) => pre.textContent.replace(/\n$/, ''));
  expect(blocks).toEqual(fences);
});

test('every heading keeps its text and the id its table of contents links to, one level below the page title', () => {
  const headings = rendered.querySelectorAll('h2, h3, h4, h5');
  expect(headings.map((h) => visibleText(h))).toEqual(Array.from(SOURCE_TEXT.matchAll(/^#{1,4} (.*)$/gm), (m) => m[1]!.replace(/`/g, '')));
  for (const [, id] of SOURCE_TEXT.matchAll(/\]\(#([^)]+)\)/g)) expect(rendered.getElementById(id!), id).not.toBeNull();
  expect(page.root.querySelectorAll('h1').map((h) => visibleText(h))).toEqual(['The source document']);
});

test('every paragraph, list item, code block and table has an id of its own', () => {
  const passages = rendered.querySelectorAll('p:not(.corrected-note), li, pre, table');
  const ids = passages.map((p) => p.id);
  expect(ids.every((id) => /^[a-z0-9_-]+-p\d+$/.test(id))).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
  // The first passage under "Backpropagation" is the definition a correction quotes.
  expect(visibleText(rendered.getElementById('backpropagation-p1')!)).toMatch(/^What it is: An algorithm that calculates/);
});

test('the introduction says what the page is, and counts the corrections', () => {
  const intro = visibleText(page.root.querySelector('.source-page')!).slice(0, 800);
  expect(intro).toContain('The chapters correct it in 8 places');
  expect(intro).toContain("Every number here is the document's own");
});

test('the introduction lists each correction, linked to its first passage below and to the correction', () => {
  const items = page.root.querySelectorAll('.corrected-list li');
  expect(items).toHaveLength(8);
  for (const item of items) {
    const [passage, correction] = item.querySelectorAll('a').map((a) => a.getAttribute('href')!);
    expect(rendered.getElementById(passage!.slice(1))?.hasAttribute('data-corrected'), passage).toBe(true);
    expect(correction).toMatch(/^\/[a-z-]+\/#correction-/);
  }
});

test('it is left out of the search index, which only indexes data-pagefind-body', () => {
  expect(page.root.querySelector('[data-pagefind-body]')).toBeNull();
  expect(builtPage('/core-concepts/').root.querySelector('[data-pagefind-body]')).not.toBeNull();
});

test('the home page, the navigation and the sitemap lead to it', () => {
  expect(builtPage('/').root.querySelector('#source-document ~ p a[href="/source/"]')).not.toBeNull();
  for (const p of builtPages().filter((p) => p.path !== '/404')) {
    expect(p.root.querySelector('nav[aria-label="Chapters"] a[href="/source/"]'), p.path).not.toBeNull();
  }
});
