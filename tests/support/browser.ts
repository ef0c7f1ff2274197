// Browser tests drive Debian's Chromium through playwright-core against the built site, served
// on 127.0.0.1 by the tests themselves. Without a Chromium they are skipped with the reason,
// except in CI, where a missing browser is a failure.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { siteDir } from './site-files';
import { serveStatic, type StaticServer } from './static-server';

const available = existsSync(CHROMIUM_PATH);
if (!available && process.env.CI) {
  throw new Error(`Chromium not found at ${CHROMIUM_PATH}; .ci/run installs it with apt-get install chromium`);
}
if (!available) console.warn(`[browser tests skipped] no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);

/** `describe` when a browser is available, `describe.skip` (with the reason printed above) when not. */
export const describeInBrowser = available ? describe : describe.skip;

export interface BrowserSession {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

async function startSession(siteDir: string): Promise<BrowserSession> {
  const server = await serveStatic(siteDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One session for the enclosing describe block, started before its tests and closed after them;
 * call the returned function inside a test to get it.
 */
export function useBrowserSession(): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await startSession(siteDir());
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the browser session has not started');
    return session;
  };
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions and console errors seen since the page opened. */
  errors: string[];
}

export async function openPage(
  session: BrowserSession,
  path: string,
  options: { colorScheme?: 'light' | 'dark'; width?: number; javaScriptEnabled?: boolean } = {},
): Promise<OpenedPage> {
  const context = await session.browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(session.server.url + path, { waitUntil: 'load' });
  return { page, context, errors };
}

/**
 * Waits until no island matching `selector` waits to hydrate. One still waiting is brought into
 * view every half second: an island scrolled past before its page's island script had started
 * watching it (a busy machine) would otherwise wait for ever. It is the island's first child that
 * is scrolled to: an astro-island is display: contents, has no box, and does not scroll.
 */
export async function hydrateIslands(page: Page, selector: string, timeout: number): Promise<void> {
  await page.waitForFunction(
    (pending) => {
      const waiting = document.querySelector(pending);
      (waiting?.firstElementChild ?? waiting)?.scrollIntoView();
      return !waiting;
    },
    selector,
    { timeout, polling: 500 },
  );
}
