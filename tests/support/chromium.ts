// Which Chromium the browser tests and the benchmark drive (Debian's, or CHROMIUM_PATH), and the
// flags it needs on these machines (see /work/shared/TOOLCHAIN.md): headless, no sandbox, and no
// background traffic. Plain Node, so the benchmark (scripts/bench/, run by Node, which strips
// the types) imports it as well as tests/support/browser.ts.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
