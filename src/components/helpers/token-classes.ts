/**
 * Shiki writes both theme colours of every token inline, `style="color:#D73A49;--shiki-dark:#F97583"`,
 * about 40 bytes a token and half of a code listing's weight. github-light and github-dark colour
 * the site's code with a handful of pairs, so this transformer gives each pair a one-letter class
 * whose colours a stylesheet made from the same table declares (src/integrations/token-colours.ts),
 * leaves tokens in the block's own colours as bare text, and drops the `<span class="line">`
 * wrapper of each line, which nothing styles (the newlines between lines stay). A pair not in
 * the table keeps its inline style, which code.css switches to dark just the same. The pre keeps
 * one class and its tab stop; its colours are in code.css too.
 */
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki/core';
import { accessibleCodeColours } from './code-contrast';

/** "LIGHT DARK" (after the contrast swap, upper case) → class; the stylesheet made from it gives each class these colours. */
export const TOKEN_CLASSES: Readonly<Record<string, string>> = {
  '#D73A49 #F97583': 'k', // keywords, storage, operators
  '#005CC5 #79B8FF': 'c', // constants, numbers, property names
  '#032F62 #9ECBFF': 's', // strings
  '#6F42C1 #B392F0': 'f', // function and type names
  '#B35000 #FFAB70': 'p', // parameters
  '#6A737D #959DA5': 'm', // comments
};
/** The block's own text colours, written on the pre by code.css: a token in them needs no element. */
const PLAIN = '#24292E #E1E4E8';

/** A token's colour pair, or undefined when its style is anything but the two colours. */
function colourPair(style: string): string | undefined {
  const match = /^color:(#[0-9A-Fa-f]{6});--shiki-dark:(#[0-9A-Fa-f]{6})$/.exec(style);
  return match ? `${match[1]!.toUpperCase()} ${match[2]!.toUpperCase()}` : undefined;
}

/** What a token becomes: bare text, a span with a class, or a span with its (accessible) inline style. */
function restyle(token: ElementContent): ElementContent[] {
  if (token.type !== 'element') return [token];
  // A token with no colour at all: plain text (a block in a language without a grammar).
  if (Object.keys(token.properties).length === 0) return token.children;
  if (typeof token.properties['style'] !== 'string') return [token];
  const style = accessibleCodeColours(token.properties['style']);
  const pair = colourPair(style);
  if (pair === PLAIN) return token.children;
  const name = pair && TOKEN_CLASSES[pair];
  return [{ ...token, properties: name ? { class: name } : { style } }];
}

const classOf = (node: ElementContent | undefined) => (node?.type === 'element' ? node.properties['class'] : undefined);

/** Appends a node, merging it into the one before when both are text, or spans of one class. */
function append(nodes: ElementContent[], node: ElementContent): void {
  const last = nodes.at(-1);
  if (last?.type === 'text' && node.type === 'text') last.value += node.value;
  else if (last?.type === 'element' && classOf(last) !== undefined && classOf(last) === classOf(node)) {
    for (const child of (node as Element).children) append(last.children, child);
  } else nodes.push(node.type === 'element' ? { ...node, children: [...node.children] } : { ...node });
}

export const tokenClasses: ShikiTransformer = {
  name: 'token-classes',
  pre(pre) {
    pre.properties = { class: 'astro-code', tabindex: '0' };
  },
  code(code) {
    const content: ElementContent[] = [];
    for (const child of code.children) {
      const tokens = child.type === 'element' && child.properties['class'] === 'line' ? child.children : [child];
      for (const token of tokens) for (const node of restyle(token)) append(content, node);
    }
    code.children = content;
  },
};
