// A minimal static file server for the built site, on 127.0.0.1 and a free port, with the
// site's 404 page for unknown paths. Tests start and stop it themselves; the benchmark
// (scripts/bench.mjs, run by Node, which strips the types) serves the site with it too, with
// `gzip` on: a real host compresses text, so the bytes Lighthouse and Chromium see transferred
// are then the bytes a reader would.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
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
export const isCompressible = (contentType: string | undefined): boolean => COMPRESSIBLE.test(contentType ?? '');

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function serveStatic(root: string, { gzip = false } = {}): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const file = resolveFile(root, req.url ?? '/');
    const notFound = join(root, '404.html');
    const target = file ?? (existsSync(notFound) ? notFound : undefined);
    if (!target) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    let body = readFileSync(target);
    if (gzip && isCompressible(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(file ? 200 : 404, { ...headers, 'content-length': String(body.length) }).end(body);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((c) => server.close(() => c())) });
    });
  });
}
