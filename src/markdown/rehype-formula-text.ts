// Runs first, on the chapters' $…$ and $$…$$ TeX: after each formula it puts the formula as
// plain text (formula-text.ts) in a span.formula-text, which no screen shows or reads (CSS
// display: none; the MathML is what readers get) but the search index does, so excerpts read
// "Then: Loss = error²." instead of "Then: ." The Eq component does the same for calculations.
import type { Element, Root } from 'hast';
import { formulaText } from './formula-text';
import { hasClass, type HastNode } from './hast-nodes';

const textOf = (node: HastNode): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/** The TeX of a math node: an inline <code class="math-inline"> or a display <pre><code class="math-display">. */
function texOf(node: Element): string | undefined {
  if (node.tagName === 'code' && hasClass(node, 'math-inline')) return textOf(node);
  const [code] = node.children;
  if (node.tagName === 'pre' && code?.type === 'element' && hasClass(code, 'math-display')) return textOf(code);
  return undefined;
}

const formulaTextSpan = (text: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['formula-text'] },
  children: [{ type: 'text', value: text }],
});

export function rehypeFormulaText() {
  return (tree: Root) => {
    const visit = (parent: HastNode) => {
      if (!('children' in parent)) return;
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i]!;
        if (node.type !== 'element') {
          visit(node);
          continue;
        }
        const tex = texOf(node);
        if (tex === undefined) visit(node);
        else parent.children.splice(++i, 0, formulaTextSpan(formulaText(tex)));
      }
    };
    visit(tree);
  };
}
