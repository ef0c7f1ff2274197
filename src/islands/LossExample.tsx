/**
 * Live example for "Loss Function" (core concepts, variant "core": the $500,000 house) and for
 * the gradient chapter (variant "gradient": actual 350, prediction 925 from the worked example's
 * forward pass). Shows squared error, half squared error, their gradients, and the parabola
 * with its tangent at the prediction, all from engine/loss.
 */
import { Component } from 'preact';
import { forward } from '../../engine/forward';
import { halfSquaredError, squaredError } from '../../engine/loss';
import { housePrice, houseNetwork, lossExample } from '../../engine/scenarios';
import { ExampleFrame } from './shared/ExampleFrame';
import { guard } from './shared/guard';
import { NumberField, type SliderRange } from './shared/NumberField';
import { extent, Plot, sample } from './shared/Plot';
import { show } from './shared/show';
import { StaleNote } from './shared/StaleNote';

export type LossVariant = 'core' | 'gradient';

interface Pair {
  actual: number;
  predicted: number;
}

const VARIANTS: Record<LossVariant, { title: string; start: () => Pair; slider: SliderRange }> = {
  core: {
    title: 'Try it: how wrong is a prediction?',
    start: () => ({ ...lossExample }),
    slider: { min: 0, max: 1_000_000, step: 1000 },
  },
  gradient: {
    title: 'Try it: the gradient is the slope of the loss',
    start: () => ({
      actual: housePrice.target,
      predicted: forward(houseNetwork(housePrice), housePrice.input).output[0]!,
    }),
    slider: { min: 0, max: 1500, step: 1 },
  },
};

function losses({ actual, predicted }: Pair) {
  const result = {
    error: actual - predicted,
    squared: squaredError.f(actual, predicted),
    half: halfSquaredError.f(actual, predicted),
    gradient: squaredError.df(actual, predicted),
    halfGradient: halfSquaredError.df(actual, predicted),
  };
  return { result, check: Object.values(result) };
}

interface Props {
  variant?: LossVariant;
}

export default class LossExample extends Component<Props, { pair: Pair; said: string }> {
  override state = { pair: VARIANTS[this.props.variant ?? 'core'].start(), said: '' };

  offer(key: keyof Pair, value: number) {
    const pair = { ...this.state.pair, [key]: value };
    const computed = guard(() => losses(pair));
    if (!computed.ok) return computed.message;
    const r = computed.result;
    this.setState({ pair, said: `Loss ${show(r.squared)}; gradient ${show(r.gradient)}.` });
    return undefined;
  }

  override render({ variant = 'core' }: Props) {
    const spec = VARIANTS[variant];
    const { actual, predicted } = this.state.pair;
    const { error, squared, half, gradient, halfGradient } = losses(this.state.pair).result;
    // The parabola around its minimum at `actual`, wide enough to show the prediction.
    const reach = Math.max(Math.abs(predicted - actual) * 1.5, Math.abs(actual) * 0.1, 1);
    const domain = [actual - reach, actual + reach] as const;
    const curve = sample((p) => squaredError.f(actual, p), domain);
    const halfCurve = sample((p) => halfSquaredError.f(actual, p), domain);
    const id = `loss-${variant}`;
    return (
      <ExampleFrame title={spec.title} said={this.state.said}>
        <div class="nn-fields">
          <NumberField
            id={`${id}-actual`}
            label="Actual value"
            value={actual}
            onValue={(v) => this.offer('actual', v)}
            slider={spec.slider}
          />
          <NumberField
            id={`${id}-predicted`}
            label="Predicted value"
            value={predicted}
            onValue={(v) => this.offer('predicted', v)}
            slider={spec.slider}
          />
        </div>
        <StaleNote />
        <p class="nn-result" data-result="error">
          error = actual − predicted = {show(actual)} − {show(predicted)} = {show(error)}
        </p>
        <p class="nn-result" data-result="squared">
          Loss = (actual − predicted)² = ({show(error)})² = <strong>{show(squared)}</strong>
        </p>
        <p class="nn-result" data-result="half">
          ½ Loss = ½(actual − predicted)² = {show(half)}
        </p>
        <p class="nn-result" data-result="gradient">
          dLoss/dpredicted = 2 × (predicted − actual) = 2 × {show(-error)} = <strong>{show(gradient)}</strong>
        </p>
        <p class="nn-result" data-result="half-gradient">
          d(½ Loss)/dpredicted = predicted − actual = {show(halfGradient)}
        </p>
        <p class="nn-result">
          {gradient > 0
            ? 'The gradient is positive: lowering the prediction lowers the loss.'
            : gradient < 0
              ? 'The gradient is negative: raising the prediction lowers the loss.'
              : 'The gradient is 0: the prediction sits at the bottom of the parabola.'}
        </p>
        <Plot
          label={`Loss against the prediction: a parabola with its minimum at ${show(actual)}; the tangent at ${show(predicted)} has slope ${show(gradient)}`}
          x={domain}
          y={extent([...curve, ...halfCurve].map((p) => p[1]))}
          curves={[
            { points: curve, class: 'nn-curve' },
            { points: halfCurve, class: 'nn-curve-alt' },
          ]}
          point={[predicted, squared]}
          slope={gradient}
          xLabel="predicted (solid: loss, dashed: ½ loss)"
          yLabel="loss"
        />
      </ExampleFrame>
    );
  }
}
