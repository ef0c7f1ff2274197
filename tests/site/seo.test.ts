// What search engines and link previews read: unique titles and descriptions, Open Graph data,
// canonical links, a favicon, robots.txt and a sitemap listing every page meant to be found.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, siteDir } from '../support/site-files';

const SITE = 'https://nn-concepts.example';
const pages = builtPages();
const meta = (root: (typeof pages)[number]['root'], selector: string, attr = 'content') =>
  root.querySelector(selector)?.getAttribute(attr) ?? undefined;
const listed = pages.filter((p) => !meta(p.root, 'meta[name="robots"]')?.includes('noindex'));

describe('page metadata', () => {
  test.each(pages.map((p) => [p.path, p] as const))('%s has a title, description and Open Graph data', (path, page) => {
    const title = page.root.querySelector('title')?.textContent ?? '';
    const description = meta(page.root, 'meta[name="description"]') ?? '';
    expect(title.length).toBeGreaterThan(5);
    expect(description.length).toBeGreaterThan(30);
    expect(meta(page.root, 'meta[property="og:title"]')).toBe(title);
    expect(meta(page.root, 'meta[property="og:description"]')).toBe(description);
    expect(meta(page.root, 'meta[property="og:type"]')).toMatch(/^(website|article)$/);
    expect(meta(page.root, 'link[rel="icon"]', 'href')).toBe('/favicon.svg');
    if (listed.includes(page)) {
      expect(meta(page.root, 'link[rel="canonical"]', 'href')).toBe(SITE + path);
      expect(meta(page.root, 'meta[property="og:url"]')).toBe(SITE + path);
    }
  });

  test('titles and descriptions are unique', () => {
    const titles = pages.map((p) => p.root.querySelector('title')?.textContent);
    const descriptions = pages.map((p) => meta(p.root, 'meta[name="description"]'));
    expect(new Set(titles).size).toBe(pages.length);
    expect(new Set(descriptions).size).toBe(pages.length);
  });

  test('the 404 page exists and is kept out of search engines', () => {
    const notFound = pages.find((p) => p.path === '/404');
    expect(notFound).toBeDefined();
    expect(meta(notFound!.root, 'meta[name="robots"]')).toBe('noindex');
  });
});

describe('site files', () => {
  test('the sitemap lists every indexable page and only those', () => {
    const xml = readFileSync(join(siteDir(), 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    expect(locs).toEqual(listed.map((p) => SITE + p.path).sort());
  });

  test('robots.txt allows crawling and names the sitemap', () => {
    const robots = readFileSync(join(siteDir(), 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });

  test('the favicon is an SVG', () => {
    const file = join(siteDir(), 'favicon.svg');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg /);
  });
});
