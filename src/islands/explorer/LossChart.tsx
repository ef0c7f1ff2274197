/**
 * The explorer's loss over iterations, as a line on the shared Plot. The scale is logarithmic:
 * within one run the loss falls from 330,625 to 10⁻²⁰ and less, and on a linear scale everything
 * after the first steps would lie flat on the bottom of the frame.
 */
import { extent, ticksWithin, type Domain, type Point } from '../../drawing/plot';
import { Plot, PLOT_TICKS } from '../shared/Plot';
import { show, showShort } from '../shared/show';

/** Enough points for a smooth line at any width the chart is drawn. */
const MAX_POINTS = 400;
/**
 * A loss of 0 has no logarithm: the bottom of the scale is the smallest loss of the run, but no
 * more than 30 orders of magnitude below the largest, and anything lower is drawn there.
 */
const FLOOR_RATIO = 1e-30;

/**
 * Ticks of a log axis, as exponents: whole powers of ten where the axis spans two or more, or
 * else round values (150,000, 200,000 …) placed at their logarithms.
 */
function logTicks(y: Domain): number[] {
  const decades = ticksWithin(y, PLOT_TICKS).filter(Number.isInteger);
  const ticks =
    decades.length >= 2
      ? decades
      : ticksWithin([10 ** y[0], Math.min(10 ** y[1], Number.MAX_VALUE)], PLOT_TICKS)
          .filter((t) => t > 0)
          .map(Math.log10);
  // The frame's margin can reach past 10³⁰⁸, which no double holds: no tick there.
  return ticks.filter((t) => Number.isFinite(10 ** t));
}

export function LossChart({ losses }: { losses: readonly number[] }) {
  const last = losses.length - 1;
  const every = Math.max(1, Math.ceil(losses.length / MAX_POINTS));
  const positive = losses.filter((l) => l > 0 && l < Infinity);
  const top = positive.length ? Math.max(...positive) : 1;
  const bottom = Math.max(Math.min(top, ...positive), top * FLOOR_RATIO);
  const points: Point[] = losses.flatMap((loss, i): Point[] =>
    i % every === 0 || i === last ? [[i, Math.log10(Math.max(loss, bottom))]] : [],
  );
  const y = extent([Math.log10(bottom), Math.log10(top)]);
  return (
    <Plot
      label={`Loss over ${show(last)} iterations, on a log scale: from ${showShort(losses[0]!)} to ${showShort(losses[last]!)}`}
      x={[0, Math.max(1, last)]}
      y={y}
      curves={[{ points, class: 'nn-curve' }]}
      point={points[points.length - 1]!}
      xLabel="iteration"
      yLog
      yTicks={logTicks(y)}
      yLabel={`loss, log scale: ${bottom < top ? `${showShort(bottom, 3)} to ` : ''}${showShort(top, 3)}${losses.some((l) => l < bottom) ? ' (smaller losses drawn at the bottom)' : ''}`}
      wide
      noAxes
    />
  );
}
