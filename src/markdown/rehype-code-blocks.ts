// Markdown code blocks (```ts … ```) highlighted by the same highlighter and transformer as the
// EngineCode and PyTorchCode listings (src/components/helpers/highlight.ts), in place of Astro's
// own shiki step (markdown.syntaxHighlight is off): one highlighter for the whole build, created
// only when a page has a code block, and one compact markup for every block.
import type { Element, ElementContent, Root } from 'hast';
import { highlightToHast } from '../components/helpers/highlight';
import type { HastNode } from './hast-nodes';

/** The fence's language from `<code class="language-ts">`, or "text" without one. */
function fenceLanguage(code: Element): string {
  const classes = code.properties.className;
  const name = Array.isArray(classes) ? classes.find((c) => String(c).startsWith('language-')) : undefined;
  return name === undefined ? 'text' : String(name).slice('language-'.length);
}

/** A `<pre>` holding only a `<code>`: what a fenced block becomes. */
function fencedCode(node: ElementContent): Element | undefined {
  const [code] = node.type === 'element' && node.tagName === 'pre' && node.children.length === 1 ? node.children : [];
  return code?.type === 'element' && code.tagName === 'code' ? code : undefined;
}

const textOf = (code: Element) => code.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

export function rehypeCodeBlocks() {
  return async (tree: Root) => {
    const blocks: { siblings: HastNode[]; index: number; code: Element }[] = [];
    // Through MDX component nodes too: a code block can sit in a component's slot.
    const visit = (parent: HastNode) => {
      if (!('children' in parent)) return;
      for (const [index, node] of parent.children.entries()) {
        const code = fencedCode(node as ElementContent);
        if (code) blocks.push({ siblings: parent.children, index, code });
        else visit(node);
      }
    };
    visit(tree);
    for (const { siblings, index, code } of blocks) {
      const highlighted = await highlightToHast(textOf(code).replace(/\n$/, ''), fenceLanguage(code));
      siblings[index] = highlighted.children[0] as Element;
    }
  };
}
