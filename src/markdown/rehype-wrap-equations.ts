// Runs before rehype-katex: a $$ … $$ equation with several "=" becomes a div.eq of inline
// parts that wrap on a narrow screen (src/markdown/equation-parts.ts says why), instead of one
// MathML line cut off at the edge of a phone.
import type { Element, Root } from 'hast';
import { equationParts, splitAtEquals } from './equation-parts';
import { hasClass, type HastNode } from './hast-nodes';

const isDisplayMath = (node: HastNode): node is Element =>
  node.type === 'element' &&
  node.tagName === 'pre' &&
  node.children.length === 1 &&
  node.children[0]!.type === 'element' &&
  node.children[0]!.tagName === 'code' &&
  hasClass(node.children[0]!, 'math-display');

const textOf = (node: HastNode): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

const part = (tex: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['eq-part'] },
  children: [
    {
      type: 'element',
      tagName: 'code',
      properties: { className: ['language-math', 'math-inline'] },
      children: [{ type: 'text', value: tex }],
    },
  ],
});

export function rehypeWrapEquations() {
  return (tree: Root) => {
    const visit = (parent: HastNode) => {
      if (!('children' in parent)) return;
      for (const [i, node] of parent.children.entries()) {
        if (!isDisplayMath(node)) {
          visit(node);
          continue;
        }
        const sides = splitAtEquals(textOf(node));
        if (sides.length < 2) continue;
        parent.children[i] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['eq'] },
          children: equationParts(sides).map(part),
        };
      }
    };
    visit(tree);
  };
}
