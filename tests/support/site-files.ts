// Reading the built site from tests: its HTML pages, parsed.
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { inject } from 'vitest';
import { htmlFiles, urlPathOf } from './html-files';

export const siteDir = (): string => inject('siteDir');

export interface BuiltPage {
  /** URL path, e.g. /numerical-example/ */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

export function builtPages(): BuiltPage[] {
  const dir = siteDir();
  return htmlFiles(dir).map((file) => {
    const html = readFileSync(file, 'utf8');
    return { path: urlPathOf(dir, file), file, html, root: parse(html) };
  });
}

export function builtPage(path: string): BuiltPage {
  const page = builtPages().find((p) => p.path === path);
  if (!page) throw new Error(`no built page at ${path}`);
  return page;
}

/** Text a reader sees in an element, whitespace folded: no scripts, styles or TeX annotations. */
export function visibleText(el: HTMLElement): string {
  const clone = parse(el.outerHTML);
  clone.querySelectorAll('script, style, annotation').forEach((n) => n.remove());
  return clone.textContent.replace(/\s+/g, ' ').trim();
}
