// Makes every chapter heading a link to itself (<h2 id="x"><a href="#x">…</a></h2>), so a
// reader can copy the address of a section, and search results can point into one. The ids
// come from Astro's own slugger, run here first so they exist before the links are made
// (Astro keeps ids that are already set, so the table of contents sees the same ones).
import { rehypeHeadingIds } from '@astrojs/markdown-remark';

const LINKED = new Set(['h2', 'h3', 'h4']);

function walk(node, visit) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

export function rehypeHeadingLinks() {
  const assignIds = rehypeHeadingIds();
  return (tree, file) => {
    assignIds(tree, file);
    walk(tree, (node) => {
      if (node.type !== 'element' || !LINKED.has(node.tagName) || typeof node.properties?.id !== 'string') return;
      const href = `#${node.properties.id}`;
      // A component in the heading (a focusable number) cannot sit inside a link: put a link after
      // it, its "#" drawn by CSS so the heading's text (the table of contents, search) stays clean.
      node.children = node.children.some((c) => c.type.startsWith('mdxJsx'))
        ? [
            ...node.children,
            {
              type: 'element',
              tagName: 'a',
              properties: { className: ['heading-link', 'heading-anchor'], href, ariaLabel: 'Link to this section' },
              children: [],
            },
          ]
        : [{ type: 'element', tagName: 'a', properties: { className: ['heading-link'], href }, children: node.children }];
    });
  };
}
