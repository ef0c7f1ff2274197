// The source document's passages, made linkable for /source/: every paragraph, list item, code
// block and table gets an id, its section's heading id and its place in that section
// ("backpropagation-p1" is the first passage under "Backpropagation"), which stays the same as
// long as the document does. A corrected passage is marked, with a note linking to each
// correction. The document's headings move one level down, under the page's own title.
// Runs after rehypeHeadingIds, which gives the headings their ids, and after rehypeCodeBlocks,
// which replaces each code block with a new one.
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Where a passage is corrected: a link's text and address. */
export interface PassageMark {
  text: string;
  href: string;
}

interface Options {
  /** Marks by passage id; an id that names no passage fails the build. */
  marks: ReadonlyMap<string, readonly PassageMark[]>;
}

const PASSAGES = new Set(['p', 'li', 'pre', 'table']);
const LISTS = new Set(['ul', 'ol']);
const HEADING = /^h([1-5])$/;

const element = (tagName: string, className: string[], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: { className },
  children,
});

function note(marks: readonly PassageMark[]): Element {
  const links = marks.flatMap((m, i): ElementContent[] => [
    ...(i > 0 ? [{ type: 'text' as const, value: '; ' }] : []),
    { type: 'element', tagName: 'a', properties: { href: m.href }, children: [{ type: 'text', value: m.text }] },
  ]);
  return element('p', ['corrected-note'], [{ type: 'text', value: 'Corrected in ' }, ...links]);
}

export function rehypeSourcePassages({ marks }: Options) {
  return (tree: Root) => {
    let section = '';
    let count = 0;
    const ids = new Set<string>();
    const mark = (node: Element): Element | undefined => {
      const id = `${section}-p${++count}`;
      if (ids.has(id)) throw new Error(`source document: two passages named ${id}`);
      ids.add(id);
      node.properties.id = id;
      const found = marks.get(id);
      if (!found) return undefined;
      // An attribute, not a class: a highlighted code block keeps its class apart from className.
      node.properties.dataCorrected = '';
      return note(found);
    };
    // A list item's note goes inside it; any other passage's note follows it.
    const walkList = (list: Element) => {
      for (const item of list.children) {
        if (item.type !== 'element' || item.tagName !== 'li') continue;
        const itemNote = mark(item);
        for (const child of item.children) if (child.type === 'element' && LISTS.has(child.tagName)) walkList(child);
        if (itemNote) item.children.push(itemNote);
      }
    };
    tree.children = tree.children.flatMap((node): RootContent[] => {
      if (node.type !== 'element') return [node];
      const level = HEADING.exec(node.tagName)?.[1];
      if (level) {
        section = String(node.properties.id);
        count = 0;
        node.tagName = `h${Number(level) + 1}`;
        return [node];
      }
      if (LISTS.has(node.tagName)) walkList(node);
      const after = PASSAGES.has(node.tagName) ? mark(node) : undefined;
      return after ? [node, after] : [node];
    });
    const missing = [...marks.keys()].filter((id) => !ids.has(id));
    if (missing.length) throw new Error(`source document: no passage named ${missing.join(', ')}`);
  };
}
