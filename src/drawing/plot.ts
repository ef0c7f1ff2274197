/**
 * The one drawing kit: scales from data to SVG user units, tick values, sampling, SVG path data
 * and tick labels written by the engine's formatter. Plain TypeScript, no Astro or Preact, so the
 * build-time figures (src/components/figures) and the live examples' Plot
 * (src/islands/shared/Plot.tsx) draw with the same functions.
 */
import { formatNumber } from '../../engine/format';

/** A data point (x, y), or a point in SVG user units. */
export type Point = readonly [x: number, y: number];
/** The two ends of an axis, in data units. */
export type Domain = readonly [min: number, max: number];

export interface Scale {
  /** Data value → SVG coordinate. */
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function linearScale(domain: Domain, range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // An axis of no width (a live example at a single value) maps everything to its start, never to NaN.
  const scale = (v: number) => r0 + ((v - d0) / (d1 - d0 || 1)) * (r1 - r0);
  return Object.assign(scale, { domain, range });
}

/** Base-10 logarithmic scale, for values spanning many orders of magnitude (a loss falling towards 0). */
export function logScale(domain: Domain, range: readonly [number, number]): Scale {
  const inner = linearScale([Math.log10(domain[0]), Math.log10(domain[1])], range);
  return Object.assign((v: number) => inner(Math.log10(v)), { domain, range });
}

/** The plotting rectangle inside a figure of the given size, after margins for ticks and labels. */
export interface PlotBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export function plotBox(width: number, height: number, margin: { top: number; right: number; bottom: number; left: number }): PlotBox {
  return { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
}

/** About `count` round tick values (steps of 1, 2 or 5 × 10ⁿ) covering [lo, hi]; the first and last enclose it. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  const rough = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  // Integer multiples of the step, so 0.1 + 0.2 style drift never accumulates.
  return Array.from({ length: last - first + 1 }, (_, i) => (first + i) * step);
}

/** Powers of ten from 10^lowExp to 10^highExp, every `every` decades, for a log axis. */
export function decadeTicks(lowExp: number, highExp: number, every: number): number[] {
  const ticks: number[] = [];
  for (let e = lowExp; e <= highExp; e += every) ticks.push(Number(`1e${e}`));
  return ticks;
}

/** Coordinates kept to 0.1 user unit: finer than any screen shows, and far fewer bytes. */
export const coord = (v: number): number => Math.round(v * 10) / 10;

/** A point farther than this (in user units) from the segment that would replace it is kept. */
const COLLINEAR_TOLERANCE = 0.1;

/**
 * SVG path data joining the data points with straight segments. Points that lie on the segment
 * between their kept neighbours are dropped: a flat loss over 200 iterations is one segment, not 200.
 */
export function linePath(points: readonly Point[], x: Scale, y: Scale): string {
  const screen = points.map(([px, py]): Point => [coord(x(px)), coord(y(py))]);
  const kept = screen.slice(0, 1);
  let anchor = 0;
  for (let i = 1; i < screen.length - 1; i++) {
    // Drop point i if every point since the last kept one lies on the segment from it to point i + 1.
    const between = screen.slice(anchor + 1, i + 1);
    if (between.every((p) => distanceToLine(p, screen[anchor]!, screen[i + 1]!) <= COLLINEAR_TOLERANCE)) continue;
    kept.push(screen[i]!);
    anchor = i;
  }
  if (screen.length > 1) kept.push(screen[screen.length - 1]!);
  return pathThrough(kept);
}

/**
 * SVG path data through every point, without dropping any: the live plots, redrawn on every edit,
 * use it, since the simplification above would cost each of their pages bytes for no visible gain.
 */
export function pointsPath(points: readonly Point[], x: Scale, y: Scale): string {
  return pathThrough(points.map(([px, py]): Point => [coord(x(px)), coord(y(py))]));
}

const pathThrough = (screen: readonly Point[]): string => screen.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${px} ${py}`).join('');

/** Distance of p from the line through a and b: |cross(b − a, p − a)| / |b − a|. */
function distanceToLine(p: Point, a: Point, b: Point): number {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) / length;
}

/** A number as the site shows it anywhere: through the engine's one formatter. */
export const numberText = (v: number): string => formatNumber(v).text;

/** Samples f at n + 1 evenly spaced points of [lo, hi]; kinks should be added as extra points by the caller. */
export function sample(f: (x: number) => number, [lo, hi]: Domain, n = 120): Point[] {
  return Array.from({ length: n + 1 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / n;
    return [x, f(x)] as const;
  });
}

/** The smallest and largest finite value, widened a little so a curve never touches the frame. */
export function extent(values: readonly number[]): Domain {
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const margin = (hi - lo || Math.abs(hi) || 1) * 0.08;
  return [lo - margin, hi + margin];
}

/** The domain widened to the round ticks that enclose it (0 to 1500 rather than 0 to 1212.5). */
export function niceDomain([lo, hi]: Domain, count: number): Domain {
  const ticks = niceTicks(lo, hi, count);
  return [ticks[0]!, ticks[ticks.length - 1]!];
}

/** About `count` round tick values inside the domain (a log axis passes its exponents). */
export function ticksWithin([lo, hi]: Domain, count: number): number[] {
  if (!(hi > lo)) return [lo];
  return niceTicks(lo, hi, count).filter((t) => t >= lo && t <= hi);
}
