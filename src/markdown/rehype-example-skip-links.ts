// A keyboard route to each live example: every number in the prose is a tab stop (it shows its
// formula on focus), so a section can hold dozens of them before its example (/numerical-example/
// had 243 before the explorer's first field). Right after the heading of each section that holds
// a live example, a skip link (seen when focused, like the page's "Skip to content") leads to it;
// the example is wrapped in a box with the link's target id, focusable from script only
// (tabindex -1) so that following the link focuses it even while the example hydrates and
// replaces its own elements, and the next Tab reaches its first field. The numbers stay tab stops, so their tips stay reachable.
import type { Element, Root, RootContent } from 'hast';

const SECTION_HEADINGS = new Set(['h2', 'h3']);

/** The part of an MDX component node read here (hast's own types do not list MDX's nodes). */
interface JsxNode {
  type: string;
  attributes?: readonly { type: string; name?: string }[];
}

/** A component with a client: directive, i.e. a live example that hydrates in the browser. */
const isIsland = (node: RootContent) => {
  const { type, attributes = [] } = node as JsxNode;
  return type === 'mdxJsxFlowElement' && attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name?.startsWith('client:'));
};

const element = (tagName: string, properties: Element['properties'], children: Element['children']): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

export function rehypeExampleSkipLinks() {
  return (tree: Root) => {
    let count = 0;
    const children: RootContent[] = [];
    /** Where the skip link of the current section goes: just after its heading. */
    let afterHeading = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && SECTION_HEADINGS.has(node.tagName)) afterHeading = children.length + 1;
      if (!isIsland(node)) {
        children.push(node);
        continue;
      }
      const id = `live-example-${++count}`;
      const skip = element('p', { className: ['example-skip'], dataPagefindIgnore: '' }, [
        element('a', { href: `#${id}` }, [{ type: 'text', value: 'Skip to the live example' }]),
      ]);
      children.splice(afterHeading, 0, skip);
      children.push(element('div', { id, className: ['live-example'], tabIndex: -1 }, [node as Element]));
      afterHeading = children.length;
    }
    tree.children = children;
  };
}
