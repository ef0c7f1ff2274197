// The benchmark's results as a short markdown document: machine, build, page weight,
// Lighthouse and engine tables. The same text goes to bench-results/latest.md and the README.
/** Issue 6's targets, set by peer builds of the same document on these machines, and issue 11's page weight. */
const TARGETS = {
  numericalExamplePage: '/numerical-example/',
  maxTransferKiB: 56,
  maxLighthouseTransferKiB: 35,
  starlightBuildS: 4.3,
  maxStepNs: 200,
};

const kib = (bytes) => (bytes / 1024).toFixed(1);
const pair = ({ gzip, raw }) => `${kib(gzip)} / ${kib(raw)}`;
const ms = (x) => `${Math.round(x)} ms`;

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function targets(r) {
  const lines = [];
  const page = r.pages.find((p) => p.path === TARGETS.numericalExamplePage);
  const lhPage = r.lighthouse?.find((l) => l.path === TARGETS.numericalExamplePage && l.preset === 'mobile');
  if (page) {
    const lh = lhPage
      ? `; Lighthouse mobile counts ${kib(lhPage.median.transferBytes)} KiB in ${lhPage.median.requests} requests (target ≤ ${TARGETS.maxLighthouseTransferKiB} KiB)`
      : '';
    lines.push(
      `${TARGETS.numericalExamplePage} transfers ${kib(page.total.gzip)} KiB in ${page.requests} requests, islands hydrated (target ≤ ${TARGETS.maxTransferKiB} KiB)${lh}.`,
    );
  }
  lines.push(`Cold build ${(r.build.medianMs / 1000).toFixed(2)} s (target: no slower than Starlight's ${TARGETS.starlightBuildS} s).`);
  const step = r.engine.find((e) => e.path.startsWith('kernel') && e.network.startsWith('worked example'));
  const reference = r.engine.find((e) => e.path.startsWith('forward') && e.network.startsWith('worked example'));
  if (step)
    lines.push(
      `Worked example's training step as train() runs it: ${Math.round(step.median)} ns CPU time (target ≤ ${TARGETS.maxStepNs} ns); through forward + backward + sgdStep: ${Math.round(reference.median)} ns.`,
    );
  if (r.lighthouse) {
    const below = r.lighthouse.filter((l) =>
      [l.median.performance, l.median.accessibility, l.median.bestPractices, l.median.seo].some((s) => s < 100),
    );
    lines.push(
      below.length
        ? `Lighthouse below 100 somewhere on ${below.length} of ${r.lighthouse.length} page × preset pairs (target: 100 everywhere).`
        : 'Lighthouse 100 in all four categories on every page and preset measured.',
    );
  }
  return lines.map((l) => `- ${l}`).join('\n');
}

export function markdown(r) {
  const m = r.machine;
  const shownFlags = r.flags.filter((f) => f !== '--readme');
  const parts = [
    `Measured ${r.date} on ${m.cpu} (${m.cores} cores), ${m.ramGiB} GiB RAM, ${m.os}, Node ${m.node}; ` +
      `load average ${m.loadAverage.map((x) => x.toFixed(2)).join(', ')} at the start. Command: \`npm run bench${shownFlags.length ? ' -- ' + shownFlags.join(' ') : ''}\`.`,
    `**Against the targets** (issue 6):\n\n${targets(r)}`,
    `**Cold build** (whole site, output and cache deleted first; median of ${r.build.runsMs.length}): ` +
      `${(r.build.medianMs / 1000).toFixed(2)} s (runs: ${r.build.runsMs.map((x) => (x / 1000).toFixed(2)).join(', ')} s); ` +
      `peak memory ${Math.round(r.build.peakRssMiB)} MiB (${r.build.memoryVia}).`,
    `**Page weight**, from a Chromium load of each page scrolled to the bottom (all islands hydrated), served with gzip. KiB, gzip / raw:`,
    table(
      ['page', 'requests', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'other', 'total'],
      r.pages.map((p) => [
        p.path,
        p.requests,
        pair(p.bytes.html),
        pair(p.bytes.css),
        pair(p.bytes.js),
        pair(p.bytes.font),
        pair(p.bytes.image),
        pair(p.bytes.other),
        `**${pair(p.total)}**`,
      ]),
    ),
  ];
  if (r.lighthouse) {
    parts.push(
      `**Lighthouse ${r.lighthouseVersion}** (median of ${r.lighthouse[0]?.runs ?? 0} run(s) per figure; scores performance / accessibility / best practices / SEO):`,
      table(
        ['page', 'preset', 'scores', 'FCP', 'LCP', 'TBT', 'CLS', 'transferred', 'requests'],
        r.lighthouse.map((l) => {
          const x = l.median;
          return [
            l.path,
            l.preset,
            `${x.performance} / ${x.accessibility} / ${x.bestPractices} / ${x.seo}`,
            ms(x.fcpMs),
            ms(x.lcpMs),
            ms(x.tbtMs),
            x.cls.toFixed(3),
            `${kib(x.transferBytes)} KiB`,
            x.requests,
          ];
        }),
      ),
    );
    const missed = r.lighthouse.filter((l) => l.shortfalls.length);
    if (missed.length)
      parts.push(`Audits below full marks: ${missed.map((l) => `${l.path} ${l.preset}: ${l.shortfalls.join(', ')}`).join('; ')}.`);
  } else {
    parts.push('Lighthouse: not run (`--no-lighthouse`).');
  }
  parts.push(
    `**Engine**, Node ${m.node}, median of timed batches after a warm-up, each case in its own worker; thread CPU time, and wall-clock time beside it:`,
    table(
      ['network', 'what is timed', 'CPU time', 'wall time'],
      r.engine.map((e) => {
        const show = (x) => (e.unit === 'ms' ? `${x.toFixed(2)} ms` : `${Math.round(x)} ns/step`);
        return [e.network, e.path, show(e.median), show(e.medianWall)];
      }),
    ),
  );
  return parts.join('\n\n') + '\n';
}
