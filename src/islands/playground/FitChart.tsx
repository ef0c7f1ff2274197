/**
 * The fitted function: the network's price against the first input (size) at the chosen second
 * input (bedrooms), with the data points and, for the houses, the true rule. Drawn from a
 * Snapshot on every frame while the playground trains, so it is plain SVG paths, no library.
 */
import { extent, ticksWithin, type Domain } from '../../drawing/plot';
import { PLOT_TICKS, PlotBody, xTicksFor } from '../shared/Plot';
import { show } from '../shared/show';
import { Memo } from './Memo';
import type { Point, Snapshot } from './session';

const W = 440;
const H = 240;
const PAD = 10;

/**
 * The domain widened to whole steps of half a power of ten (0 to 600 rather than 137 to 561): as
 * the fit moves, the price axis changes only when the fit crosses a step, so the data points stay
 * where they are on most frames and are not redrawn.
 */
function steady([lo, hi]: Domain): Domain {
  const step = 10 ** Math.floor(Math.log10(hi - lo || Math.abs(hi) || 1)) / 2;
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

export function FitChart({ snapshot, sliceLabel }: { snapshot: Snapshot; sliceLabel: string }) {
  const { fit, truth, points, names } = snapshot;
  const xs = extent(points.map((p) => p.x));
  const known = [...points.map((p) => p.y), ...(truth ?? []).map((p) => p[1])];
  // The price axis reaches at most one data range beyond the data: a fit that goes further (a
  // run about to diverge) leaves the frame, clipped, while the data stay readable.
  const [lo, hi] = extent(known);
  const reach = hi - lo;
  const ys = steady(extent([...known, ...fit.map((p) => Math.min(hi + reach, Math.max(lo - reach, p[1])))]));
  const yTicks = ticksWithin(ys, PLOT_TICKS);
  const offChart = fit.some(([, v]) => !(v >= ys[0] && v <= ys[1]));
  const sx = (v: number) => PAD + ((v - xs[0]) / (xs[1] - xs[0] || 1)) * (W - 2 * PAD);
  // Clamped a frame's height beyond the edges, so a huge value still makes a valid path.
  const sy = (v: number) => Math.min(2 * H, Math.max(-H, H - PAD - ((v - ys[0]) / (ys[1] - ys[0] || 1)) * (H - 2 * PAD)));
  const path = (pts: readonly Point[]) =>
    pts
      .filter(([, v]) => Number.isFinite(v))
      .map(([u, v], i) => `${i ? 'L' : 'M'}${sx(u).toFixed(1)} ${sy(v).toFixed(1)}`)
      .join('');
  const label = `${names.y} against ${names.x}${names.slice ? ` at ${sliceLabel}` : ''}: the network's fit${truth ? ', the true rule (dashed)' : ''} and the data points (hollow: test rows)`;
  return (
    <div class="nn-plot nn-plot-wide">
      <p class="nn-plot-y" aria-hidden="true">
        ↑ {names.y} ({show(ys[0], { significant: 3 })} to {show(ys[1], { significant: 3 })}){offChart && '; the fit runs off the chart'}
      </p>
      <PlotBody label={label} width={W} height={H} sx={sx} sy={sy} xTicks={xTicksFor(xs)} yTicks={yTicks}>
        <clipPath id="tp-fit-frame">
          <rect x={PAD} y={PAD} width={W - 2 * PAD} height={H - 2 * PAD} />
        </clipPath>
        <rect class="nn-plot-frame" x={PAD} y={PAD} width={W - 2 * PAD} height={H - 2 * PAD} />
        {yTicks.map((t) => (
          <line class="nn-plot-grid" x1={PAD} x2={W - PAD} y1={sy(t)} y2={sy(t)} />
        ))}
        <Memo
          deps={[points, ...xs, ...ys]}
          render={() =>
            points.map((p) => (
              <circle
                class={`tp-point${p.test ? ' tp-test' : ''}${p.near ? '' : ' tp-far'}`}
                cx={sx(p.x).toFixed(1)}
                cy={sy(p.y).toFixed(1)}
                r="4"
              />
            ))
          }
        />
        {truth && <path class="nn-curve-alt" d={path(truth)} />}
        <path class="nn-curve" d={path(fit)} clip-path="url(#tp-fit-frame)" />
      </PlotBody>
      <p class="nn-plot-x nn-plot-caption" aria-hidden="true">
        {names.x} → (solid: network{truth ? ', dashed: true rule' : ''}; dots: data, hollow: test
        {names.slice ? `, faint: other ${names.slice}` : ''})
      </p>
    </div>
  );
}
