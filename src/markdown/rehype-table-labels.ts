// A table of five or more columns cannot fit a phone's column, so below 30rem it is shown as
// stacked rows (base.css, table.stacks): each cell on its own line, led by its column's heading.
// This plugin copies each column heading's text into its cells' data-label, formulas as plain
// text (formula-text.ts). It runs before KaTeX, on the chapters' Markdown tables.
import type { Element, ElementContent, Root } from 'hast';
import { formulaText } from './formula-text';
import { hasClass, type HastNode } from './hast-nodes';

/** Fewer columns fit at 360 px with the narrow-screen cell padding. */
const STACK_FROM_COLUMNS = 5;

const elements = (node: Element, tagName: string): Element[] =>
  node.children.filter((c): c is Element => c.type === 'element' && c.tagName === tagName);

function label(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'code' && hasClass(node, 'math-inline')) return formulaText(node.children.map(label).join(''));
  return node.children.map(label).join('');
}

function labelCells(table: Element): void {
  const [head] = elements(table, 'thead');
  const headings = head ? elements(elements(head, 'tr')[0] ?? head, 'th').map((th) => label(th).trim()) : [];
  if (headings.length < STACK_FROM_COLUMNS) return;
  table.properties.className = ['stacks'];
  for (const body of elements(table, 'tbody'))
    for (const row of elements(body, 'tr'))
      row.children
        .filter((c): c is Element => c.type === 'element')
        .forEach((cell, i) => {
          cell.properties.dataLabel = headings[i] ?? '';
        });
}

export function rehypeTableLabels() {
  return (tree: Root) => {
    const visit = (node: HastNode) => {
      if (node.type === 'element' && node.tagName === 'table') labelCells(node);
      else if ('children' in node) node.children.forEach(visit);
    };
    visit(tree);
  };
}
