// Keeps a formula's symbol, its "=" and its number on one line: prose writes "$w_{12}$ = <Q …/>",
// and a narrow screen broke that at either space, leaving "w₁₂" at the end of one line and
// "= 10" at the start of the next. The spaces of an "=" that stands alone between two elements
// (a formula, a number) become no-break spaces. A network's shape such as 2-2-1 gets
// no-break hyphens, so it never splits after a hyphen either. Code is left as it is.
import type { Root } from 'hast';
import type { HastNode } from './hast-nodes';

const NO_BREAK_SPACE = '\u00A0';
const NO_BREAK_HYPHEN = '\u2011';
const LONE_EQUALS = /^\s+=\s+$/;
const DIGIT_HYPHEN_DIGIT = /(?<=\d)-(?=\d)/g;
const ELEMENT_TYPES = new Set(['element', 'mdxJsxTextElement']);
const VERBATIM = new Set(['code', 'pre', 'script', 'style']);

/** The text, with the glue that keeps its symbol, "=" and number together (see the header). */
export function glued(text: string, betweenElements: boolean): string {
  const equals = betweenElements && LONE_EQUALS.test(text) ? `${NO_BREAK_SPACE}=${NO_BREAK_SPACE}` : text;
  return equals.replace(DIGIT_HYPHEN_DIGIT, NO_BREAK_HYPHEN);
}

export function rehypeNoBreak() {
  return (tree: Root) => {
    const visit = (parent: HastNode) => {
      if (!('children' in parent) || (parent.type === 'element' && VERBATIM.has(parent.tagName))) return;
      const children: HastNode[] = parent.children;
      children.forEach((node, i) => {
        if (node.type !== 'text') return visit(node);
        const between = ELEMENT_TYPES.has(children[i - 1]?.type ?? '') && ELEMENT_TYPES.has(children[i + 1]?.type ?? '');
        node.value = glued(node.value, between);
      });
    };
    visit(tree);
  };
}
