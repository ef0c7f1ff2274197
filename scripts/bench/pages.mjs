// The pages of a built site, as the URL paths they are served at (pagefind's own files and the
// 404 page left out: they are not pages a reader opens).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

export function sitePages(siteDir) {
  return htmlFiles(siteDir)
    .map((file) => '/' + relative(siteDir, file).replaceAll('\\', '/'))
    .filter((path) => path !== '/404.html')
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}
