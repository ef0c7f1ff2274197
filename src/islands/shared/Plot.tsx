/**
 * A small hand-written SVG chart: curves, an optional point with its tangent, axes through 0
 * and the end values of each axis. Used for the activation curve, the loss parabola and the
 * explorer's loss over iterations. The point is moved by the examples' fields and sliders.
 * The axis labels are HTML around the SVG rather than SVG text, so they keep the page's font
 * size however narrow the chart is drawn, and wrap instead of running into each other.
 */
import { show } from './show';

export type Point = readonly [x: number, y: number];
export type Domain = readonly [min: number, max: number];

interface Props {
  /** What the chart shows, for screen readers (the numbers are beside it as text). */
  label: string;
  x: Domain;
  y: Domain;
  curves: readonly { readonly points: readonly Point[]; readonly class: string }[];
  point?: Point;
  /** Slope of the tangent drawn through `point`. */
  slope?: number;
  xLabel: string;
  yLabel: string;
  /** As wide as the example (a wider drawing, so it is not also taller); otherwise at most 32rem. */
  wide?: boolean;
  /** Leaves out the axes through 0, which mean nothing on a log scale. */
  noAxes?: boolean;
}

const H = 200;
const PAD = 8;
const innerH = H - 2 * PAD;

export function Plot({ label, x, y, curves, point, slope, xLabel, yLabel, wide, noAxes }: Props) {
  const W = wide ? 440 : 320;
  const innerW = W - 2 * PAD;
  const sx = (v: number) => PAD + ((v - x[0]) / (x[1] - x[0] || 1)) * innerW;
  const sy = (v: number) => H - PAD - ((v - y[0]) / (y[1] - y[0] || 1)) * innerH;
  const path = (pts: readonly Point[]) =>
    pts
      .filter(([, v]) => Number.isFinite(v))
      .map(([u, v], i) => `${i ? 'L' : 'M'}${sx(u).toFixed(1)} ${sy(v).toFixed(1)}`)
      .join('');

  const tangent =
    point && slope !== undefined && Number.isFinite(slope)
      ? path([x[0], x[1]].map((u): Point => [u, point[1] + slope * (u - point[0])]))
      : undefined;

  return (
    <div class={wide ? 'nn-plot nn-plot-wide' : 'nn-plot'}>
      <p class="nn-plot-y" aria-hidden="true">
        ↑ {yLabel}
      </p>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <rect class="nn-plot-frame" x={PAD} y={PAD} width={innerW} height={innerH} />
        {!noAxes && y[0] < 0 && y[1] > 0 && <line class="nn-plot-axis" x1={PAD} x2={W - PAD} y1={sy(0)} y2={sy(0)} />}
        {!noAxes && x[0] < 0 && x[1] > 0 && <line class="nn-plot-axis" y1={PAD} y2={H - PAD} x1={sx(0)} x2={sx(0)} />}
        {/* A nested svg clips the curves to the frame without a page-wide clipPath id. */}
        <svg x={PAD} y={PAD} width={innerW} height={innerH} viewBox={`${PAD} ${PAD} ${innerW} ${innerH}`}>
          {curves.map((c) => (
            <path class={c.class} d={path(c.points)} />
          ))}
          {tangent && <path class="nn-plot-tangent" d={tangent} />}
        </svg>
        {point && Number.isFinite(point[1]) && <circle class="nn-plot-point" cx={sx(point[0])} cy={sy(point[1])} r="5" />}
      </svg>
      <p class="nn-plot-x" aria-hidden="true">
        <span>{show(x[0], { decimals: 2 })}</span>
        <span>{show(x[1], { decimals: 2 })}</span>
      </p>
      <p class="nn-plot-x nn-plot-caption" aria-hidden="true">
        {xLabel}
      </p>
    </div>
  );
}

/** `count` + 1 evenly spaced samples of f over the domain. */
export function sample(f: (x: number) => number, [min, max]: Domain, count = 120): Point[] {
  return Array.from({ length: count + 1 }, (_, i) => {
    const u = min + ((max - min) * i) / count;
    return [u, f(u)];
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
