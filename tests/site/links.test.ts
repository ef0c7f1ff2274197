// Every internal reference in the built site resolves, read from the HTML files alone (no browser):
// links and resources point at a built file, and every #fragment names an id on its target page.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { expect, test } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { builtPages, siteDir, type BuiltPage } from '../support/site-files';

const site = new URL(astroConfig.site ?? 'http://localhost/');

/** Attributes that make the browser navigate to, or fetch, another URL. */
const REFERENCES: readonly (readonly [selector: string, attribute: string])[] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['form[action]', 'action'],
  // Astro islands fetch their component and renderer when they hydrate.
  ['astro-island[component-url]', 'component-url'],
  ['astro-island[renderer-url]', 'renderer-url'],
];

/** The URL path a built file is served at: /x/ for x/index.html, /404.html for 404.html. */
const servedAt = (p: BuiltPage) => (p.file.endsWith('index.html') ? p.path : `${p.path}.html`);
const pages = builtPages();
const idsByPath = new Map(pages.map((p) => [servedAt(p), idsOf(p.root)]));

function idsOf(root: HTMLElement): Set<string> {
  const ids = root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!);
  const names = root.querySelectorAll('a[name]').map((el) => el.getAttribute('name')!);
  return new Set([...ids, ...names]);
}

/** Why a reference from `page` does not resolve, or undefined when it does (or is external). */
function problem(page: BuiltPage, ref: string): string | undefined {
  if (ref.trim() === '' || ref === '#') return 'goes nowhere';
  if (/^javascript:/i.test(ref)) return 'is a javascript: URL';
  const url = new URL(ref, new URL(servedAt(page), site));
  if (url.origin !== site.origin) return undefined;
  const path = decodeURIComponent(url.pathname);
  const file = join(siteDir(), path);
  if (path.endsWith('/')) {
    if (!existsSync(join(file, 'index.html'))) return `no page at ${path}`;
  } else if (!existsSync(file)) {
    return `no file at ${path}`;
  } else if (statSync(file).isDirectory()) {
    return `${path} is a directory: the site uses trailing slashes (astro.config.mjs trailingSlash)`;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!fragment) return undefined;
  const ids = idsByPath.get(path);
  if (!ids) return `#${fragment} points into ${path}, which is not an HTML page`;
  return ids.has(fragment) ? undefined : `no element with id "${fragment}" on ${path}`;
}

test.each(pages.map((p) => [p.path, p] as const))('every internal link and anchor on %s resolves', (_path, page) => {
  const broken = REFERENCES.flatMap(([selector, attribute]) =>
    page.root.querySelectorAll(selector).flatMap((el) => {
      const ref = el.getAttribute(attribute)!;
      const why = problem(page, ref);
      return why ? [`<${el.rawTagName} ${attribute}="${ref}"> ${why}`] : [];
    }),
  );
  expect(broken).toEqual([]);
});
