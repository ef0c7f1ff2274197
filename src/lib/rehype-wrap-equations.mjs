// Runs before rehype-katex: a $$ … $$ equation with several "=" becomes a div.eq of inline
// parts that wrap on a narrow screen (src/lib/equation-parts.mjs says why), instead of one
// MathML line cut off at the edge of a phone.
import { equationParts, splitAtEquals } from './equation-parts.mjs';

const isDisplayMath = (node) =>
  node.type === 'element' &&
  node.tagName === 'pre' &&
  node.children?.length === 1 &&
  node.children[0].tagName === 'code' &&
  node.children[0].properties?.className?.includes('math-display');

const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''));

const part = (tex) => ({
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
  return (tree) => {
    const visit = (parent) => {
      for (const [i, node] of (parent.children ?? []).entries()) {
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
