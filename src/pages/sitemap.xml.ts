// sitemap.xml for search engines: the home page, every chapter, the source document and the ledger.
import type { APIRoute } from 'astro';
import { chaptersInOrder, chapterHref } from '../components/helpers/chapters';

export const GET: APIRoute = async ({ site }) => {
  const paths = ['/', ...(await chaptersInOrder()).map(chapterHref), '/source/', '/ledger/'];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
