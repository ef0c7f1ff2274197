/**
 * A small hand-written SVG chart: curves, an optional point with its tangent, axes through 0 and
 * round ticks on both axes. Used for the activation curve, the loss parabola and the explorer's
 * loss over iterations; the point is moved by the examples' fields and sliders. The caller names
 * the strokes in xLabel: a curve is thick and solid, a second one (.nn-curve-alt) dashed, the
 * tangent thin and solid. Scales, ticks and paths come from the drawing kit that the build-time
 * figures use (src/drawing/plot.ts). Tick values and axis titles are HTML around the SVG rather
 * than SVG text, so they keep the page's font size however narrow the chart is drawn.
 */
import type { ComponentChildren } from 'preact';
import { linearScale, pointsPath, ticksWithin, type Domain, type Point } from '../../drawing/plot';
import { show } from './show';

interface Curve {
  readonly points: readonly Point[];
  readonly class: string;
}

interface Props {
  /** What the chart shows, for screen readers (the numbers are beside it as text). */
  label: string;
  x: Domain;
  y: Domain;
  curves: readonly Curve[];
  point?: Point;
  /** Slope of the tangent drawn through `point`. */
  slope?: number;
  xLabel: string;
  yLabel: string;
  /** The y values are base-10 logarithms (a loss over many orders of magnitude): ticks are labelled with the values themselves. */
  yLog?: boolean;
  /** Where the y ticks go, where round values of y are not the right ones (a log axis). */
  yTicks?: readonly number[];
  /** As wide as the example (a wider drawing, so it is not also taller); otherwise at most 32rem. */
  wide?: boolean;
  /** Leaves out the axes through 0, which mean nothing on a log scale. */
  noAxes?: boolean;
}

const H = 200;
const PAD = 8;
/** About this many ticks on each axis: enough to read a value off, few enough for a phone. */
export const PLOT_TICKS = 4;
/** Round values, short: 1,500,000 is 1.5 × 10⁶, so the labels fit a phone. */
const tickText = (v: number) => show(v, { significant: 3, scientificFrom: 1e5 });

/** The x ticks: one only where their labels are long (450,000 and 550,000 would touch on a phone). */
export function xTicksFor(x: Domain): number[] {
  const ticks = ticksWithin(x, PLOT_TICKS);
  return ticks.some((t) => tickText(t).length > 5) ? ticksWithin(x, 1) : ticks;
}

/** A tick label's position along its axis, as a percentage of the drawing (--at, read by islands.css). */
const along = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

interface BodyProps {
  /** What the drawing shows, for screen readers. */
  label: string;
  /** The drawing's viewBox size, and where a value lands in it along each axis. */
  width: number;
  height: number;
  sx: (v: number) => number;
  sy: (v: number) => number;
  xTicks: readonly number[];
  yTicks: readonly number[];
  /** The y values are base-10 logarithms: the labels give the values themselves. */
  yLog?: boolean | undefined;
  children: ComponentChildren;
}

/**
 * The drawing between its tick labels: y values in a column on its left, x values in a row
 * under it, each label placed where its tick falls. Plot and the playground's fit chart share it.
 */
export function PlotBody({ label, width, height, sx, sy, xTicks, yTicks, yLog, children }: BodyProps) {
  return (
    <div class="nn-plot-body">
      <div class="nn-plot-yticks" aria-hidden="true">
        {yTicks.map((t) => (
          <span style={{ '--at': along(sy(t) / height) }}>{tickText(yLog ? 10 ** t : t)}</span>
        ))}
      </div>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {children}
      </svg>
      <p class="nn-plot-xticks" aria-hidden="true">
        {xTicks.map((t) => (
          <span style={{ '--at': along(sx(t) / width) }}>{tickText(t)}</span>
        ))}
      </p>
    </div>
  );
}

export function Plot({
  label,
  x,
  y,
  curves,
  point,
  slope,
  xLabel,
  yLabel,
  yLog,
  yTicks = ticksWithin(y, PLOT_TICKS),
  wide,
  noAxes,
}: Props) {
  const W = wide ? 440 : 320;
  const sx = linearScale(x, [PAD, W - PAD]);
  const sy = linearScale(y, [H - PAD, PAD]);
  const path = (pts: readonly Point[]) =>
    pointsPath(
      pts.filter(([, v]) => Number.isFinite(v)),
      sx,
      sy,
    );

  const tangent =
    point && slope !== undefined && Number.isFinite(slope)
      ? path([x[0], x[1]].map((u): Point => [u, point[1] + slope * (u - point[0])]))
      : undefined;

  return (
    <div class={wide ? 'nn-plot nn-plot-wide' : 'nn-plot'}>
      <p class="nn-plot-y" aria-hidden="true">
        ↑ {yLabel}
      </p>
      <PlotBody label={label} width={W} height={H} sx={sx} sy={sy} xTicks={xTicksFor(x)} yTicks={yTicks} yLog={yLog}>
        <rect class="nn-plot-frame" x={PAD} y={PAD} width={W - 2 * PAD} height={H - 2 * PAD} />
        {yTicks.map((t) => (
          <line class="nn-plot-grid" x1={PAD} x2={W - PAD} y1={sy(t)} y2={sy(t)} />
        ))}
        {!noAxes && y[0] < 0 && y[1] > 0 && <line class="nn-plot-axis" x1={PAD} x2={W - PAD} y1={sy(0)} y2={sy(0)} />}
        {!noAxes && x[0] < 0 && x[1] > 0 && <line class="nn-plot-axis" y1={PAD} y2={H - PAD} x1={sx(0)} x2={sx(0)} />}
        {/* A nested svg clips the curves to the frame without a page-wide clipPath id. */}
        <svg x={PAD} y={PAD} width={W - 2 * PAD} height={H - 2 * PAD} viewBox={`${PAD} ${PAD} ${W - 2 * PAD} ${H - 2 * PAD}`}>
          {curves.map((c) => (
            <path class={c.class} d={path(c.points)} />
          ))}
          {tangent && <path class="nn-plot-tangent" d={tangent} />}
        </svg>
        {point && Number.isFinite(point[1]) && <circle class="nn-plot-point" cx={sx(point[0])} cy={sy(point[1])} r="5" />}
      </PlotBody>
      <p class="nn-plot-x nn-plot-caption" aria-hidden="true">
        {xLabel}
      </p>
    </div>
  );
}
