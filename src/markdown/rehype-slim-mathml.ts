// Runs after rehype-katex. KaTeX wraps every formula as <math xmlns=…><semantics>…<annotation
// encoding="application/x-tex">TeX</annotation></semantics></math>. In HTML the parser puts <math>
// in the MathML namespace by itself, no browser or screen reader here reads the TeX annotation,
// and <semantics> only exists to hold it: all three go, about 0.85 KB gzip on the worked example,
// the chapter with the least room. The Eq component's formulas get the same cut as strings
// (decorateQuantities in src/components/helpers/quantity-markup.ts), since they never pass through here.
import type { Element, ElementContent, Root } from 'hast';
import type { HastNode } from './hast-nodes';

const isAnnotation = (node: ElementContent) => node.type === 'element' && node.tagName === 'annotation';

/** A <semantics> element's content without its annotation: what takes its place. */
const unwrapped = (node: ElementContent): ElementContent[] =>
  node.type === 'element' && node.tagName === 'semantics' ? node.children.filter((c) => !isAnnotation(c)) : [node];

export function rehypeSlimMathml() {
  return (tree: Root) => {
    const visit = (node: HastNode) => {
      if (node.type === 'element' && node.tagName === 'math') return slim(node);
      if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}

function slim(math: Element) {
  delete math.properties.xmlns;
  math.children = math.children.flatMap(unwrapped);
}
