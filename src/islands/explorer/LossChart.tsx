/** The explorer's loss over iterations, as a line on the shared Plot. */
import { Plot, type Point } from '../shared/Plot';
import { show, showShort } from '../shared/show';

/** Enough points for a smooth line at any width the chart is drawn. */
const MAX_POINTS = 400;

export function LossChart({ losses }: { losses: readonly number[] }) {
  const last = losses.length - 1;
  const every = Math.max(1, Math.ceil(losses.length / MAX_POINTS));
  const points: Point[] = losses.flatMap((loss, i): Point[] => (i % every === 0 || i === last ? [[i, loss]] : []));
  const finite = losses.filter(Number.isFinite);
  return (
    <Plot
      label={`Loss over ${show(last)} iterations: from ${showShort(losses[0]!)} to ${showShort(losses[last]!)}`}
      x={[0, Math.max(1, last)]}
      y={[Math.min(0, ...finite), Math.max(...finite) * 1.05]}
      curves={[{ points, class: 'nn-curve' }]}
      point={points[points.length - 1]!}
      xLabel="iteration"
      yLabel="loss"
    />
  );
}
