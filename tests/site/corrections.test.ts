// Each of the eight corrections links to the passage of the source document it corrects, the
// passage says what the correction quotes (read from the document's own file, data/
// source-document.md), and the source page marks the passage with a link back (issue 13).
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPage, builtPages, visibleText } from '../support/site-files';
import { comparable, sourceWithoutMarks } from './source-document';

const source = builtPage('/source/');
const corrections = builtPages().flatMap((page) =>
  page.root.querySelectorAll('aside.correction').map((aside) => ({ page, aside, anchor: aside.querySelector('.correction-title')!.id })),
);

/**
 * A passage's text on the source page, without the note the page adds to a corrected one. Parsed
 * again with <pre> as markup: node-html-parser keeps a code block's content as raw HTML text.
 */
function passageText(el: HTMLElement): string {
  const clone = parse(el.outerHTML, { blockTextElements: { script: true, style: true } });
  clone.querySelectorAll('.corrected-note').forEach((n) => n.remove());
  return clone.textContent.replace(/\s+/g, ' ').trim();
}

/**
 * What a correction quotes from the original: its quoted sentences; or, when it shows the
 * document's arithmetic rather than quoting it, the numbers it shows; or its formula as text.
 */
function quoted(original: HTMLElement): string[] {
  const text = visibleText(original);
  const quotes = Array.from(text.matchAll(/“([^”]+)”/g), (m) => m[1]!);
  if (quotes.length) return quotes;
  const numbers = original.querySelectorAll('[data-q]').map(visibleText);
  if (numbers.length) return numbers;
  return original.querySelectorAll('.formula-text').map((f) => visibleText(f).replace(/\s+/g, ''));
}

test('there are eight corrections, each on a chapter', () => {
  expect(corrections).toHaveLength(8);
});

describe.each(corrections.map((c) => [`${c.page.path}#${c.anchor}`, c] as const))('%s', (_name, { page, aside, anchor }) => {
  const links = aside.querySelectorAll('dt a[href^="/source/#"]');
  const ids = links.map((a) => a.getAttribute('href')!.slice('/source/#'.length));
  const passages = ids.map((id) => source.root.getElementById(id));

  test('links from "The original says" to passages that exist on /source/', () => {
    expect(links.length).toBeGreaterThan(0);
    expect(visibleText(aside.querySelector('dt')!)).toMatch(/^The original says \(read it in the source/);
    for (const [i, passage] of passages.entries()) expect(passage, ids[i]).not.toBeNull();
  });

  test('each linked passage is a passage of the document, as its file has it', () => {
    // A boolean, not toContain: a failure would print the whole document.
    for (const passage of passages) {
      const text = comparable(passageText(passage!));
      expect(sourceWithoutMarks.includes(text), text).toBe(true);
    }
  });

  test('what it quotes is what the linked passages say', () => {
    const original = aside.querySelector('dd')!;
    const said = passages.map((p) => comparable(passageText(p!))).join(' ');
    const saidTight = said.replace(/\s+/g, '');
    const quotes = quoted(original);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(/\s/.test(q) ? said : saidTight, q).toContain(comparable(q).replace(/^"|"$/g, ''));
  });

  test('each linked passage is marked on /source/, with a link back to this correction', () => {
    for (const passage of passages) {
      expect(passage!.hasAttribute('data-corrected')).toBe(true);
      const note = passage!.tagName === 'LI' ? passage!.querySelector('.corrected-note') : passage!.nextElementSibling;
      expect(note?.classList.contains('corrected-note')).toBe(true);
      const back = note!.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(back).toContain(`${page.path}#${anchor}`);
    }
  });
});

test('every corrected passage on /source/ links back to a correction that exists', () => {
  const marked = source.root.querySelectorAll('[data-corrected]');
  expect(marked.length).toBeGreaterThanOrEqual(8);
  const anchors = new Set(corrections.map((c) => `${c.page.path}#${c.anchor}`));
  for (const note of source.root.querySelectorAll('.corrected-note')) {
    for (const a of note.querySelectorAll('a')) expect(anchors).toContain(a.getAttribute('href'));
  }
});
