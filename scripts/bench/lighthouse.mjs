// Lighthouse 12.2.3 on every page, mobile (its default config: simulated slow 4G and a 4x slower
// CPU) and desktop presets, in Debian's Chromium through chrome-launcher (Lighthouse's own
// launcher). Each figure is the median of its runs, taken figure by figure. The audits that
// kept a category below 100 are listed, so a score can be acted on.
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { median } from './stats.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'bestPractices', seo: 'seo' };
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  transferBytes: 'total-byte-weight',
};
const PRESETS = { mobile: undefined, desktop: desktopConfig };

function figures(lhr) {
  const out = {};
  for (const [id, key] of Object.entries(CATEGORIES)) out[key] = Math.round((lhr.categories[id]?.score ?? 0) * 100);
  for (const [key, audit] of Object.entries(METRICS)) out[key] = lhr.audits[audit]?.numericValue ?? NaN;
  out.requests = lhr.audits['network-requests']?.details?.items?.length ?? NaN;
  return out;
}

/** Audits that cost points: scored below 1 with a weight in their category. */
function shortfalls(lhr) {
  return Object.entries(CATEGORIES).flatMap(([id]) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${id}: ${ref.id}${lhr.audits[ref.id].displayValue ? ` (${lhr.audits[ref.id].displayValue})` : ''}`),
  );
}

export async function benchLighthouse(serverUrl, paths, { runs, presets }, log = console.log) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f)),
  });
  try {
    const results = [];
    for (const path of paths) {
      for (const preset of presets) {
        const perRun = [];
        const missed = new Set();
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(serverUrl + path, { port: chrome.port, output: 'json', logLevel: 'error' }, PRESETS[preset]);
          if (!result) throw new Error(`lighthouse returned nothing for ${path}`);
          if (result.lhr.runtimeError) throw new Error(`lighthouse ${path}: ${result.lhr.runtimeError.message}`);
          perRun.push(figures(result.lhr));
          shortfalls(result.lhr).forEach((s) => missed.add(s));
        }
        const medianFigures = Object.fromEntries(Object.keys(perRun[0]).map((k) => [k, median(perRun.map((r) => r[k]))]));
        const m = medianFigures;
        log(
          `  ${path} ${preset}: ${m.performance}/${m.accessibility}/${m.bestPractices}/${m.seo}, FCP ${Math.round(m.fcpMs)} ms, LCP ${Math.round(m.lcpMs)} ms, TBT ${Math.round(m.tbtMs)} ms, CLS ${m.cls.toFixed(3)}, ${(m.transferBytes / 1024).toFixed(1)} KiB`,
        );
        results.push({ path, preset, runs, median: medianFigures, perRun, shortfalls: [...missed] });
      }
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
