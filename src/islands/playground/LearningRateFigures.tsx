/**
 * The training chapter's two pictures of the learning rate, drawn at build time (the chapter
 * renders them without a client directive, so they ship no JavaScript): the one-dimensional
 * loss (actual − p)² with the first steps of gradient descent at a rate that oscillates and one
 * that diverges, and the training loss on the houses over the epochs at the chapter's four rates.
 * Every point comes from the engine: the steps from the chapter's quantities, the losses from a
 * playground Session trained as the chapter's section on the data set trains it.
 */
import type { ComponentChildren } from 'preact';
import { squaredError } from '../../../engine/loss';
import { training } from '../../../engine/quantities/training';
import { dataSetRates, RATE_EPOCHS } from '../../../engine/training-scenarios';
import { extent, sample, type Point } from '../../drawing/plot';
import { Plot } from '../shared/Plot';
import { show } from '../shared/show';
import { housesSource, Session } from './session';
import { DEFAULT_SETTINGS } from './settings';
import './playground.css';

const { oneDimension: oneD } = training;

/** The live examples' frame (and with it their colours, which islands.css sets on .nn-example), for a still picture. */
const Figure = ({ children }: { children: ComponentChildren }) => <figure class="nn-example tp-figure">{children}</figure>;
const shown = (q: { value: number }) => show(q.value, { significant: 4 });

/** The prediction before each of the first three steps and after the third, with its loss. */
function steps(run: typeof oneD.large): Point[] {
  const ps = [oneD.start.value, ...run.predictions.slice(0, 3).map((q) => q.value)];
  return ps.map((p): Point => [p, squaredError.f(oneD.actual.value, p)]);
}

/** One run's steps on the loss parabola, over just the predictions it visits. */
function StepsPlot({ run, curve, behaviour }: { run: typeof oneD.large; curve: string; behaviour: string }) {
  const visited = steps(run);
  const x = extent(visited.map((p) => p[0]));
  const loss = (p: number) => squaredError.f(oneD.actual.value, p);
  const path = visited.map(([p]) => shown({ value: p })).join(' → ');
  return (
    <Plot
      label={`The loss (${shown(oneD.actual)} − p)² over the prediction p, a parabola with its minimum at ${shown(oneD.actual)}, and the steps at η = ${shown(run.eta)}: ${path}, ${behaviour}.`}
      x={x}
      y={[0, Math.max(...visited.map((p) => p[1])) * 1.1]}
      curves={[
        { points: sample(loss, x), class: 'nn-curve-alt' },
        { points: visited, class: `${curve} tp-steps` },
      ]}
      xLabel={`prediction p; η = ${shown(run.eta)}: ${path}, ${behaviour}`}
      yLabel={`loss (${shown(oneD.actual)} − p)²`}
    />
  );
}

export function OneDimensionSteps() {
  return (
    <Figure>
      <div class="tp-figure-pair">
        <StepsPlot run={oneD.large} curve="nn-curve" behaviour="each landing lower: it converges" />
        <StepsPlot run={oneD.farTooLarge} curve="tp-curve-bad" behaviour="each landing higher: it diverges" />
      </div>
    </Figure>
  );
}

const RATE_CURVES = [
  { key: 'small', class: 'nn-curve-alt', says: 'dashed', behaviour: 'too small' },
  { key: 'right', class: 'nn-curve', says: 'blue', behaviour: 'about right' },
  { key: 'large', class: 'tp-curve-warn', says: 'orange', behaviour: 'oscillates' },
  { key: 'farTooLarge', class: 'tp-curve-bad', says: 'red', behaviour: 'diverges' },
] as const;

export function RateLosses() {
  const runs = RATE_CURVES.map((c) => {
    const session = new Session({ ...DEFAULT_SETTINGS, learningRate: dataSetRates[c.key] }, housesSource());
    // The session records the losses after every epoch, as the playground does; a diverged run's
    // record ends at its last finite epoch.
    for (let e = 0; e < RATE_EPOCHS && session.status === 'training'; e++) session.epoch();
    return { ...c, diverged: session.status === 'diverged', points: session.history.map((h): Point => [h.epoch, Math.log10(h.train)]) };
  });
  // The axis stops one decade above the untrained loss: the diverging run leaves it at the top.
  const top = runs[0]!.points[0]![1] + 1;
  const bottom = Math.min(...runs.flatMap((r) => r.points.map((p) => p[1])));
  const legend = runs
    .map(
      (r) =>
        `${r.says}: η = ${show(dataSetRates[r.key])}, ${r.behaviour}${r.diverged ? `, overflows at step ${show(training.learningRate.farTooLarge.step.value)}` : ''}`,
    )
    .join('; ');
  return (
    <Figure>
      <Plot
        wide
        noAxes
        label={`Training loss on the houses over ${RATE_EPOCHS} epochs, log scale, at four learning rates: ${legend}.`}
        x={[0, RATE_EPOCHS]}
        y={[Math.floor(bottom), top]}
        curves={runs.map((r) => ({ points: r.points, class: r.class }))}
        xLabel={`epoch (${legend})`}
        yLabel="log₁₀ training MSE"
      />
    </Figure>
  );
}
