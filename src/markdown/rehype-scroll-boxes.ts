// Wide display equations and tables scroll sideways inside their own box instead of widening
// the page on a phone. The box (a <figure>, so it has a role) is focusable and labelled, so a
// keyboard user can reach it and scroll it with the arrow keys; labels are numbered because a
// page holds several. (Equations from the Eq component need no box: their numbers are
// focusable, which scrolls them into view.)
import type { Element, Root } from 'hast';
import { hasClass, type HastNode } from './hast-nodes';

const isDisplayMath = (node: Element) =>
  node.tagName === 'span' &&
  hasClass(node, 'katex') &&
  node.children.some((c) => c.type === 'element' && c.tagName === 'math' && c.properties.display === 'block');

export function rehypeScrollBoxes() {
  return (tree: Root) => {
    const count = { Equation: 0, Table: 0 };
    const visit = (parent: HastNode) => {
      if (!('children' in parent)) return;
      for (const [i, node] of parent.children.entries()) {
        // Recurse through MDX component nodes too: math can sit in a component's slot.
        const kind =
          node.type !== 'element' ? undefined : isDisplayMath(node) ? 'Equation' : node.tagName === 'table' ? 'Table' : undefined;
        if (!kind || node.type !== 'element') {
          visit(node);
          continue;
        }
        parent.children[i] = {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['scroll-box'], tabIndex: 0, ariaLabel: `${kind} ${++count[kind]}` },
          children: [node],
        };
      }
    };
    visit(tree);
  };
}
