// Small questions the markdown plugins ask of hast nodes (the HTML tree rehype plugins walk).
import type { Element, Root, RootContent } from 'hast';

export type HastNode = Root | RootContent;

/** Whether an element's class list holds `name` exactly (hast keeps it as an array of names). */
export function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}
