// Frame times of the training playground (issue 14): /training/ opened in Debian's Chromium
// (headless, playwright-core), Play pressed, and every animation frame's time recorded while it
// trains with the fitted function redrawn each frame. The frame time is the difference between
// consecutive requestAnimationFrame timestamps in the page: it is what a reader sees (a frame
// that took too long shows as a 33 ms gap), and it counts every frame, where the
// long-animation-frame entries of PerformanceObserver report only frames over 50 ms. On a shared
// 2-core machine that delta also counts the time other processes held the CPU, so a trace of the
// same window (category "benchmark") gives each frame's main-thread CPU time as well: the thread
// time of Chromium's ProxyMain::BeginMainFrame, which holds the page's requestAnimationFrame
// callback, the Preact render it schedules, style, layout and paint. That says whether the page
// fits a 16.7 ms frame when it has a core, whatever the load; an idle run of the same page is the
// control for the pacing the machine gives. Chromium's counters (CDP Performance.getMetrics)
// split the work into script, style and layout. Headless Chromium draws at 60 Hz without a
// display or GPU, so its pacing is not a visible browser's; these are its figures, on this machine.
/* global document, requestAnimationFrame -- the functions given to page.evaluate and waitForFunction run in the page */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';

/** The default set-up and a larger one: the same page with two hidden layers of 8 units. */
const SETUPS = [
  { name: 'default 2-8-1 ReLU', query: '', play: true },
  { name: '2-8-8-1 ReLU', query: '?layers=8,8', play: true },
  // The same page left idle: how this machine paces frames when the page does no work at all.
  { name: 'idle page (control)', query: '', play: false },
];
/** One frame at 60 Hz: issue 14 asks for the 95th percentile at or below it. */
const BUDGET_MS = 1000 / 60;
/**
 * Chromium coarsens performance timestamps to 0.1 ms on a page that is not cross-origin
 * isolated, so a frame on time reads 16.6 to 16.8 ms: the target is checked to that resolution.
 */
const TIMER_RESOLUTION_MS = 0.1;
const METRICS = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value * 1000]));
}

/** Thread (CPU) time of each ProxyMain::BeginMainFrame on the renderer's main thread, in ms. */
function mainFrameCpu(trace) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return events
    .filter((e) => e.name === 'ProxyMain::BeginMainFrame' && e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid)
    .map((e) => (e.tdur ?? e.dur) / 1000);
}

async function measure(browser, url, seconds, play) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const playground = page.locator('section.tp');
    await playground.locator('svg').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('section.tp')?.closest('astro-island')?.hasAttribute('ssr') === false);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const progress = () => playground.locator('[data-result="progress"]').textContent();
    const startText = await progress();
    if (play) {
      await playground.getByRole('button', { name: 'Play' }).click();
      // The first frames after Play load the training code; the recording starts once it trains.
      await page.waitForFunction(
        (before) => document.querySelector('section.tp [data-result="progress"]')?.textContent !== before,
        startText,
      );
    }
    const before = await metrics(cdp);
    await browser.startTracing(page, { categories: ['benchmark'] });
    const frames = await page.evaluate(
      (ms) =>
        new Promise((done) => {
          const deltas = [];
          let last;
          const end = performance.now() + ms;
          const loop = (t) => {
            if (last !== undefined) deltas.push(t - last);
            last = t;
            if (t < end) requestAnimationFrame(loop);
            else done(deltas);
          };
          requestAnimationFrame(loop);
        }),
      seconds * 1000,
    );
    const after = await metrics(cdp);
    const cpu = mainFrameCpu(JSON.parse((await browser.stopTracing()).toString()));
    const epochs = Number(/Epoch (\d+)/.exec((await progress()) ?? '')?.[1]);
    const training = (await playground.getByRole('button', { name: 'Pause' }).count()) === 1;
    const busy = Object.fromEntries(METRICS.map((m) => [m, (after[m] - before[m]) / frames.length]));
    return { frames, cpu, epochs, training, busy };
  } finally {
    await context.close();
  }
}

export async function benchFrames(serverUrl, { seconds = 5 } = {}, log = console.log) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const results = [];
    for (const { name, query, play } of SETUPS) {
      const { frames, cpu, epochs, training, busy } = await measure(browser, `${serverUrl}/training/${query}`, seconds, play);
      const result = {
        setup: name,
        seconds,
        frames: frames.length,
        played: play,
        epochs,
        training,
        medianMs: percentile(frames, 50),
        p95Ms: percentile(frames, 95),
        maxMs: Math.max(...frames),
        /** Frames that took at least twice the 60 Hz interval: a missed frame. */
        missed: frames.filter((d) => d > 1.5 * BUDGET_MS).length,
        meetsTarget: percentile(frames, 95) <= BUDGET_MS + TIMER_RESOLUTION_MS,
        cpu: { frames: cpu.length, medianMs: percentile(cpu, 50), p95Ms: percentile(cpu, 95), maxMs: Math.max(0, ...cpu) },
        busyMsPerFrame: {
          script: busy.ScriptDuration,
          style: busy.RecalcStyleDuration,
          layout: busy.LayoutDuration,
        },
      };
      const f = (x) => x.toFixed(1);
      const { cpu: c, busyMsPerFrame: b } = result;
      log(
        `  ${name}: ${result.frames} frames in ${seconds} s (${result.missed} missed), frame time median ${f(result.medianMs)} ms, ` +
          `p95 ${f(result.p95Ms)} ms (target ≤ ${f(BUDGET_MS)}: ${result.meetsTarget ? 'met' : 'missed'}), max ${f(result.maxMs)} ms; main-thread CPU per frame median ` +
          `${f(c.medianMs)} ms, p95 ${f(c.p95Ms)} ms, max ${f(c.maxMs)} ms (script ${f(b.script)}, style ${f(b.style)}, layout ${f(b.layout)} ms per frame); ` +
          (play ? `epoch ${epochs} at the end${training ? ', still training' : ', stopped before the end'}` : 'not training'),
      );
      results.push(result);
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** The frame times as Markdown for latest.md. */
export function framesMarkdown(results) {
  if (!results?.length) return '';
  const f = (x) => x.toFixed(1);
  return [
    '',
    `**Training playground frame times**, /training/ in headless Chromium at 1280 × 900 while it trains, the fitted function redrawn every frame, over ${results[0].seconds} s: the frame time as requestAnimationFrame deltas (target: 95th percentile ≤ ${f(BUDGET_MS)} ms, to the 0.1 ms the page's clock resolves; missed: over 1.5 frames), and each frame's main-thread CPU time from a trace (ProxyMain::BeginMainFrame thread time), which the machine's load does not inflate:`,
    '',
    '| set-up | frames (missed) | frame time median / p95 / max | main-thread CPU per frame median / p95 / max | script / style / layout per frame | epochs |',
    '| ------ | --------------- | ----------------------------- | -------------------------------------------- | --------------------------------- | ------ |',
    ...results.map(
      (r) =>
        `| ${r.setup} | ${r.frames} (${r.missed}) | ${f(r.medianMs)} / **${f(r.p95Ms)}** / ${f(r.maxMs)} ms (${r.meetsTarget ? 'met' : 'missed'}) | ${f(r.cpu.medianMs)} / **${f(r.cpu.p95Ms)}** / ${f(r.cpu.maxMs)} ms | ${f(r.busyMsPerFrame.script)} / ${f(r.busyMsPerFrame.style)} / ${f(r.busyMsPerFrame.layout)} ms | ${r.played ? `${r.epochs}${r.training ? '' : ' (stopped)'}` : 'idle'} |`,
    ),
    '',
  ].join('\n');
}
