// The benchmark's static server for a built site, on 127.0.0.1 and a free port. Unlike the
// tests' server it compresses text with gzip when the browser asks for it, as any real host
// does, so the bytes Lighthouse and Chromium see transferred are the bytes a reader would.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

/** Whether a host would gzip a response of this content type (fonts and images are compressed already). */
export const isCompressible = (contentType) => COMPRESSIBLE.test(contentType ?? '');

function fileFor(root, urlPath) {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function serveSite(root) {
  const server = createServer((req, res) => {
    const file = fileFor(root, req.url ?? '/');
    const target = file ?? join(root, '404.html');
    if (!existsSync(target)) return void res.writeHead(404).end('not found');
    const type = CONTENT_TYPES[extname(target)] ?? 'application/octet-stream';
    let body = readFileSync(target);
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (isCompressible(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(file ? 200 : 404, { ...headers, 'content-length': body.length }).end(body);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      done({ url, close: () => new Promise((closed) => server.close(() => closed())) });
    });
  });
}
