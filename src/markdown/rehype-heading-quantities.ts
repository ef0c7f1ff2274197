// A number in a chapter heading ("### What Does the Gradient <Q of={dOut} /> Mean?") is a
// component, which has no text until the page renders, so Astro made the heading's id, its
// anchor and the table of contents' entry (render()'s headings) without it: "What Does the
// Gradient  Mean?". Run just before rehypeHeadingIds, this gives each such <Q> the text it will
// show as a child, which Q.astro does not render: the id and the entry hold the number, and the
// page still shows the component's own markup (data-q, data-value).
// The quantity is read from the chapter's own code: of={a.b} or of={name}, where the chapter
// declares `export const name = a.b…` and imports a from engine/quantities/.
import type { Element, Root } from 'hast';
import type { Quantity } from '../../engine/quantity';
import { shownText } from '../components/helpers/quantity-markup';
import type { HastNode } from './hast-nodes';

/** The few estree shapes a chapter uses to name a quantity. */
interface EsNode {
  type: string;
  name?: string;
  value?: unknown;
  computed?: boolean;
  object?: EsNode;
  property?: EsNode;
  expression?: EsNode;
  declaration?: EsNode | null;
  declarations?: { id: EsNode; init?: EsNode | null }[];
  source?: EsNode;
  specifiers?: { type: string; imported?: EsNode; local: EsNode }[];
  body?: EsNode[];
}

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: { data?: { estree?: EsNode } } | string | null }[];
  data?: { estree?: EsNode };
  children?: MdxNode[];
}

// Loaded with the site's config, before any chapter compiles (its module runner is closed by
// then), so eagerly; but not the training chapter's module, which trains its networks when loaded
// (a second of CPU, paid again when the pages render), nor the index that imports it. None of
// their numbers is in a heading; a <Q> that named one would stop the build below.
const modules = import.meta.glob<Record<string, unknown>>(
  ['../../engine/quantities/*.ts', '!../../engine/quantities/training.ts', '!../../engine/quantities/index.ts'],
  { eager: true },
);
/** What engine/quantities/ exports, by name: each chapter's object of quantities. */
const quantityExports: Record<string, unknown> = Object.assign({}, ...Object.values(modules));

/** The chapter's names for values: its imports from engine/quantities/ and its exported constants. */
function bindingsOf(tree: Root): Map<string, () => unknown> {
  const bindings = new Map<string, () => unknown>();
  const visit = (node: MdxNode) => {
    for (const statement of node.type === 'mdxjsEsm' ? (node.data?.estree?.body ?? []) : []) {
      if (statement.type === 'ImportDeclaration' && /engine\/quantities\//.test(String(statement.source?.value))) {
        for (const s of statement.specifiers ?? []) {
          if (s.type === 'ImportSpecifier' && s.imported?.name) bindings.set(s.local.name!, () => quantityExports[s.imported!.name!]);
        }
      }
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
      for (const d of declaration?.type === 'VariableDeclaration' ? (declaration.declarations ?? []) : []) {
        if (d.id.type === 'Identifier' && d.init) bindings.set(d.id.name!, () => evaluate(d.init!, bindings));
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree as MdxNode);
  return bindings;
}

/** A name or a chain of property reads (a.b.c, a['b']); anything else is undefined. */
function evaluate(node: EsNode, bindings: Map<string, () => unknown>): unknown {
  if (node.type === 'Identifier') return bindings.get(node.name!)?.();
  if (node.type !== 'MemberExpression') return undefined;
  const object = evaluate(node.object!, bindings) as Record<string, unknown> | undefined;
  const key = node.computed ? node.property?.value : node.property?.name;
  return object !== undefined && typeof key === 'string' ? object[key] : undefined;
}

const isQuantity = (v: unknown): v is Quantity =>
  typeof v === 'object' && v !== null && typeof (v as Quantity).id === 'string' && typeof (v as Quantity).value === 'number';

export function rehypeHeadingQuantities() {
  return (tree: Root, file: { path: string }) => {
    let bindings: Map<string, () => unknown> | undefined;
    const inHeading = (node: MdxNode) => {
      if (node.type === 'mdxJsxTextElement' && node.name === 'Q') {
        const of = node.attributes?.find((a) => a.name === 'of')?.value;
        const expression = typeof of === 'object' ? of?.data?.estree?.body?.[0]?.expression : undefined;
        bindings ??= bindingsOf(tree);
        const quantity = expression && evaluate(expression, bindings);
        if (!isQuantity(quantity)) throw new Error(`${file.path}: a <Q> in a heading must name a quantity from engine/quantities/`);
        node.children = [{ type: 'text', value: shownText(quantity) } as MdxNode];
        return;
      }
      node.children?.forEach(inHeading);
    };
    const visit = (node: HastNode) => {
      if (node.type === 'element' && /^h[1-6]$/.test((node as Element).tagName)) (node as MdxNode).children?.forEach(inHeading);
      else if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}
