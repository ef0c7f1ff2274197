/**
 * A small hand-written SVG chart: curves, an optional point with its tangent, axes through 0,
 * round ticks on both axes and a legend drawn with the curves' own strokes. Used for the
 * activation curve, the loss parabola and the explorer's loss over iterations; the point is moved
 * by the examples' fields and sliders. Scales, ticks and paths come from the drawing kit that the
 * build-time figures use (src/drawing/plot.ts). Tick values, axis titles and the legend are HTML
 * around the SVG rather than SVG text, so they keep the page's font size however narrow the chart
 * is drawn.
 */
import { linearScale, pointsPath, ticksWithin, type Domain, type Point } from '../../drawing/plot';
import { show } from './show';

interface Curve {
  readonly points: readonly Point[];
  readonly class: string;
  /** What the curve is, in the legend; a chart of one unnamed curve needs no legend. */
  readonly name?: string;
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
  /** The tangent's name in the legend. */
  tangentName?: string;
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
/** The most characters the x ticks may hold together, gaps included, on a chart a phone shows about 290 px wide. */
const X_TICK_CHARACTERS = 20;

/** Round values, short: 1,500,000 is 1.5 × 10⁶, so the labels fit a phone. */
const tickText = (v: number) => show(v, { significant: 3, scientificFrom: 1e5 });

/** The x ticks, fewer of them where their labels are long (450,000, 500,000, 550,000 would touch). */
function xTicksFor(x: Domain): number[] {
  for (let count = PLOT_TICKS; ; count--) {
    const ticks = ticksWithin(x, count);
    const characters = ticks.reduce((n, t) => n + tickText(t).length + 2, 0);
    if (characters <= X_TICK_CHARACTERS || ticks.length <= 1 || count === 1) return ticks;
  }
}

/** A tick label's position along its axis, as a percentage of the drawing (--at, read by islands.css). */
const along = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

export function Plot({
  label,
  x,
  y,
  curves,
  point,
  slope,
  tangentName,
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
  const xTicks = xTicksFor(x);
  const yTickTexts = yTicks.map((t) => tickText(yLog ? 10 ** t : t));
  const widest = yTickTexts.reduce((a, b) => (b.length > a.length ? b : a), '');

  const tangent =
    point && slope !== undefined && Number.isFinite(slope)
      ? path([x[0], x[1]].map((u): Point => [u, point[1] + slope * (u - point[0])]))
      : undefined;
  const legend = [
    ...curves.flatMap((c) => (c.name ? [{ class: c.class, name: c.name }] : [])),
    ...(tangent && tangentName ? [{ class: 'nn-plot-tangent', name: tangentName }] : []),
  ];

  return (
    <div class={wide ? 'nn-plot nn-plot-wide' : 'nn-plot'}>
      <p class="nn-plot-y" aria-hidden="true">
        ↑ {yLabel}
      </p>
      <div class="nn-plot-body">
        <div class="nn-plot-yticks" aria-hidden="true">
          {/* Invisible, in the flow: gives the column the width of its widest label. */}
          <span class="nn-plot-sizer">{widest}</span>
          {yTicks.map((t, i) => (
            <span style={{ '--at': along(sy(t) / H) }}>{yTickTexts[i]}</span>
          ))}
        </div>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
          <rect class="nn-plot-frame" x={PAD} y={PAD} width={W - 2 * PAD} height={H - 2 * PAD} />
          {yTicks.map((t) => (
            <line class="nn-plot-grid" x1={PAD} x2={W - PAD} y1={sy(t)} y2={sy(t)} />
          ))}
          {xTicks.map((t) => (
            <line class="nn-plot-grid" x1={sx(t)} x2={sx(t)} y1={H - PAD} y2={H - PAD - 6} />
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
        </svg>
        <p class="nn-plot-xticks" aria-hidden="true">
          {xTicks.map((t) => (
            <span style={{ '--at': along(sx(t) / W) }}>{tickText(t)}</span>
          ))}
        </p>
      </div>
      <p class="nn-plot-x nn-plot-caption" aria-hidden="true">
        {xLabel}
      </p>
      {legend.length > 0 && (
        <ul class="nn-plot-legend" aria-hidden="true">
          {legend.map((entry) => (
            <li>
              <svg viewBox="0 0 28 8" width="28" height="8">
                <path class={entry.class} d="M1 4H27" />
              </svg>
              {entry.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
