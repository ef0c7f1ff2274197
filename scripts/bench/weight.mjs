// Page weight from a real load: each page opened in Debian's Chromium (playwright-core), scrolled
// to the bottom so every island hydrates, every response recorded. Bytes are counted per kind
// (HTML, CSS, JS, font, image, other), raw and as a gzip-enabled host sends them (text gzipped,
// fonts and images as they are), so only the fonts a page really requests are counted.
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';
import { isCompressible } from '../../tests/support/static-server.ts';

const KINDS = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image' };
const WEIGHT_KINDS = ['html', 'css', 'js', 'font', 'image', 'other'];

async function scrollThrough(page) {
  await page.evaluate(async () => {
    /* global document, window, requestAnimationFrame -- this function runs in the page (page.evaluate) */
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await frame();
    }
  });
  await page.waitForLoadState('networkidle');
}

async function weighPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const type = response.headers()['content-type'];
        return {
          path: new URL(response.url()).pathname,
          kind: KINDS[response.request().resourceType()] ?? 'other',
          raw: body.length,
          gzip: isCompressible(type) ? gzipSync(body).length : body.length,
        };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await scrollThrough(page);
  const responses = await Promise.all(pending);
  await context.close();
  const bytes = Object.fromEntries(WEIGHT_KINDS.map((k) => [k, { raw: 0, gzip: 0 }]));
  for (const r of responses) {
    bytes[r.kind].raw += r.raw;
    bytes[r.kind].gzip += r.gzip;
  }
  const total = { raw: responses.reduce((s, r) => s + r.raw, 0), gzip: responses.reduce((s, r) => s + r.gzip, 0) };
  return { bytes, total, requests: responses.length, files: responses };
}

export async function benchWeight(serverUrl, paths, log = console.log) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const results = [];
    for (const path of paths) {
      const result = { path, ...(await weighPage(browser, serverUrl + path)) };
      log(
        `  ${path}: ${result.requests} requests, ${(result.total.gzip / 1024).toFixed(1)} KiB gzip (${(result.total.raw / 1024).toFixed(1)} KiB raw)`,
      );
      results.push(result);
    }
    return results;
  } finally {
    await browser.close();
  }
}
