// The benchmark's results as a short markdown document: machine, build, page weight,
// Lighthouse and engine tables. The same text goes to bench-results/latest.md and the README.
const kib = (bytes) => (bytes / 1024).toFixed(1);
const pair = ({ gzip, raw }) => `${kib(gzip)} / ${kib(raw)}`;
const ms = (x) => `${Math.round(x)} ms`;

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function markdown(r) {
  const m = r.machine;
  const parts = [
    `Measured ${r.date} on ${m.cpu} (${m.cores} cores), ${m.ramGiB} GiB RAM, ${m.os}, Node ${m.node}; ` +
      `load average ${m.loadAverage.map((x) => x.toFixed(2)).join(', ')} at the start. Command: \`npm run bench${r.flags.length ? ' -- ' + r.flags.join(' ') : ''}\`.`,
    `**Cold build** (whole site, output and cache deleted first; median of ${r.build.runsMs.length}): ` +
      `${(r.build.medianMs / 1000).toFixed(2)} s (runs: ${r.build.runsMs.map((x) => (x / 1000).toFixed(2)).join(', ')} s); ` +
      `peak memory ${Math.round(r.build.peakRssMiB)} MiB (${r.build.memoryVia}).`,
    `**Page weight**, from a Chromium load of each page scrolled to the bottom (all islands hydrated), served with gzip. KiB, gzip / raw:`,
    table(
      ['page', 'requests', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'other', 'total'],
      r.pages.map((p) => [p.path, p.requests, pair(p.bytes.html), pair(p.bytes.css), pair(p.bytes.js), pair(p.bytes.font), pair(p.bytes.image), pair(p.bytes.other), `**${pair(p.total)}**`]),
    ),
  ];
  if (r.lighthouse) {
    parts.push(
      `**Lighthouse ${r.lighthouseVersion}** (median of ${r.lighthouse[0]?.runs ?? 0} run(s) per figure; scores performance / accessibility / best practices / SEO):`,
      table(
        ['page', 'preset', 'scores', 'FCP', 'LCP', 'TBT', 'CLS', 'transferred', 'requests'],
        r.lighthouse.map((l) => {
          const x = l.median;
          return [l.path, l.preset, `${x.performance} / ${x.accessibility} / ${x.bestPractices} / ${x.seo}`, ms(x.fcpMs), ms(x.lcpMs), ms(x.tbtMs), x.cls.toFixed(3), `${kib(x.transferBytes)} KiB`, x.requests];
        }),
      ),
    );
    const missed = r.lighthouse.filter((l) => l.shortfalls.length);
    if (missed.length) parts.push(`Audits below full marks: ${missed.map((l) => `${l.path} ${l.preset}: ${l.shortfalls.join(', ')}`).join('; ')}.`);
  } else {
    parts.push('Lighthouse: not run (`--no-lighthouse`).');
  }
  parts.push(
    `**Engine**, Node ${m.node}, median of timed batches after a warm-up, each case in its own worker:`,
    table(['network', 'what is timed', 'time'], r.engine.map((e) => [e.network, e.path, e.unit === 'ms' ? `${e.median.toFixed(2)} ms` : `${Math.round(e.median)} ns/step`])),
  );
  return parts.join('\n\n') + '\n';
}
