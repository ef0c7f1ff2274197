// The HTML files of a built site and the URL paths they are served at, shared by the tests
// (site-files.ts) and the benchmark (scripts/bench.mjs, run by Node, which strips the types).
// pagefind's own files are left out: they are not pages.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The URL path a file of the site is served at: dist/a/index.html is /a/, dist/404.html is /404. */
export function urlPathOf(siteDir: string, file: string): string {
  const rel = relative(siteDir, file).replaceAll('\\', '/');
  return '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
}
