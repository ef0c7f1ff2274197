// The compact markup of highlighted code: tokens carry one-letter classes whose colours the
// site's stylesheet declares, in the block's own colours they are bare text, lines have no
// wrapper, and Markdown code blocks get the same markup from the same highlighter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { highlightToHtml } from '../../src/components/helpers/highlight';
import { TOKEN_CLASSES, tokenClasses } from '../../src/components/helpers/token-classes';
import { rehypeCodeBlocks } from '../../src/markdown/rehype-code-blocks';
import { builtPage, siteDir } from '../support/site-files';

describe('the stylesheet of a page with code', () => {
  test('gives each token class its light colour and, in --shiki-dark, its dark one, and declares no other', () => {
    const page = builtPage('/numerical-example/');
    const hrefs = page.root.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!);
    const inline = page.root.querySelectorAll('style').map((s) => s.textContent);
    const css = [...hrefs.map((href) => readFileSync(join(siteDir(), href), 'utf8')), ...inline].join('\n');
    const rules = [...css.matchAll(/\.astro-code \.(\w+)\{color:(#\w{6});--shiki-dark:(#\w{6})\}/g)];
    const declared = Object.fromEntries(rules.map(([, name, light, dark]) => [`${light!.toUpperCase()} ${dark!.toUpperCase()}`, name]));
    expect(declared).toEqual(TOKEN_CLASSES);
    expect(rules).toHaveLength(Object.keys(TOKEN_CLASSES).length);
  });
});

describe('highlightToHtml', () => {
  const source = 'function area(width: number): string {\n  return "m²"; // square metres\n}';

  test('keeps the text exactly, with no line wrappers and no inline style', async () => {
    const pre = parse(await highlightToHtml(source, 'ts'), { blockTextElements: {} }).querySelector('pre')!;
    expect(pre.outerHTML.startsWith('<pre class="astro-code" tabindex="0"><code>')).toBe(true);
    expect(pre.textContent).toBe(source);
    expect(pre.querySelectorAll('.line, [style]')).toHaveLength(0);
  });

  test('colours tokens by their classes: keyword, function name, parameter, type, string, comment', async () => {
    const pre = parse(await highlightToHtml(source, 'ts'), { blockTextElements: {} }).querySelector('pre')!;
    const text = (cls: string) => pre.querySelectorAll(`span.${cls}`).map((s) => s.textContent.trim());
    expect(text('k')).toEqual(expect.arrayContaining(['function', 'return']));
    expect(text('f')).toContain('area');
    // github-light's parameter orange, swapped for its accessible #B35000 before taking a class.
    expect(text('p')).toContain('width');
    expect(text('c')).toEqual(expect.arrayContaining(['number', 'string']));
    expect(text('s').join('')).toBe('"m²"');
    expect(text('m').join('')).toBe('// square metres');
  });
});

describe('tokenClasses', () => {
  const span = (style: string, value: string): Element => ({
    type: 'element',
    tagName: 'span',
    properties: { style },
    children: [{ type: 'text', value }],
  });
  const run = (...tokens: Element[]) => {
    const code: Element = {
      type: 'element',
      tagName: 'code',
      properties: {},
      children: [{ type: 'element', tagName: 'span', properties: { class: 'line' }, children: tokens }],
    };
    tokenClasses.code!.call({} as never, code);
    return code.children;
  };

  test('merges neighbours of one class and joins plain text', () => {
    const keyword = 'color:#D73A49;--shiki-dark:#F97583';
    const plain = 'color:#24292E;--shiki-dark:#E1E4E8';
    expect(run(span(keyword, 'export'), span(keyword, ' const'), span(plain, ' x '), span(plain, '='))).toEqual([
      { type: 'element', tagName: 'span', properties: { class: 'k' }, children: [{ type: 'text', value: 'export const' }] },
      { type: 'text', value: ' x =' },
    ]);
  });

  test('a pair without a class keeps its colours inline, the failing one swapped', () => {
    const [token] = run(span('color:#22863A;--shiki-dark:#6A737D', '<a>'));
    expect(token).toMatchObject({ properties: { style: 'color:#22863A;--shiki-dark:#959DA5' } });
  });
});

describe('rehypeCodeBlocks', () => {
  const block = (className: string[], value: string): Element => ({
    type: 'element',
    tagName: 'pre',
    properties: {},
    children: [{ type: 'element', tagName: 'code', properties: { className }, children: [{ type: 'text', value }] }],
  });

  test('highlights a fenced block with the listings’ markup, and one in an unknown language as plain text', async () => {
    const tree: Root = { type: 'root', children: [block(['language-ts'], 'const a = 1;\n'), block(['language-sh'], 'ls -l\n')] };
    await rehypeCodeBlocks()(tree);
    const [ts, sh] = tree.children as Element[];
    expect(ts).toMatchObject({ tagName: 'pre', properties: { class: 'astro-code' } });
    expect(JSON.stringify(ts)).toContain('"class":"k"');
    expect(sh).toMatchObject({ tagName: 'pre', properties: { class: 'astro-code' } });
    expect((sh!.children[0] as Element).children).toEqual([{ type: 'text', value: 'ls -l' }]);
  });
});
