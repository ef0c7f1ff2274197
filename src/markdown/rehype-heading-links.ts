// Makes every chapter heading a link to itself (<h2 id="x"><a href="#x">…</a></h2>), so a
// reader can copy the address of a section, and search results can point into one. Runs after
// Astro's own slugger (rehypeHeadingIds, listed just before it in astro.config.mjs), so the ids
// exist before the links are made; Astro keeps ids already set, so the table of contents sees
// the same ones.
import type { Element, Root } from 'hast';
import type { HastNode } from './hast-nodes';

const LINKED = new Set(['h2', 'h3', 'h4']);

function walk(node: HastNode, visit: (node: HastNode) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

const link = (className: string[], href: string, extra: Element['properties'], children: Element['children']): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { className, href, ...extra },
  children,
});

export function rehypeHeadingLinks() {
  return (tree: Root) => {
    walk(tree, (node) => {
      if (node.type !== 'element' || !LINKED.has(node.tagName) || typeof node.properties.id !== 'string') return;
      const href = `#${node.properties.id}`;
      // A component in the heading (a focusable number) cannot sit inside a link: put a link after
      // it, its "#" drawn by CSS so the heading's text (the table of contents, search) stays clean.
      node.children = node.children.some((c) => c.type.startsWith('mdxJsx'))
        ? [...node.children, link(['heading-link', 'heading-anchor'], href, { ariaLabel: 'Link to this section' }, [])]
        : [link(['heading-link'], href, {}, node.children)];
    });
  };
}
