/**
 * Live example for "Loss Function" (core concepts, variant "core": the $500,000 house) and for
 * the gradient chapter (variant "gradient": actual 350, prediction 925 from the worked example's
 * forward pass). Shows squared error, half squared error, their gradients, and the parabola
 * with its tangent at the prediction, all from engine/loss.
 */
import { forward } from '../../engine/forward';
import { halfSquaredError, squaredError } from '../../engine/loss';
import { housePrice, houseNetwork, lossExample } from '../../engine/scenarios';
import { ExampleFrame } from './shared/ExampleFrame';
import { IslandCycle, liveQuantities, plotCoordinates, type PlotData } from './shared/island-cycle';
import { NumberField, type SliderRange } from './shared/NumberField';
import { niceDomain, sample } from '../drawing/plot';
import { Plot } from './shared/Plot';
import { showFactor, showShort } from './shared/show';

export type LossVariant = 'core' | 'gradient';

interface Pair {
  actual: number;
  predicted: number;
}

/** The quantity each shown number is at the variant's starting values; overshoot is predicted − actual. */
type Ids = Record<keyof Pair | Exclude<keyof Losses, 'plot'> | 'overshoot', string>;

const VARIANTS: Record<LossVariant, { title: string; start: () => Pair; slider: SliderRange; ids: Ids }> = {
  core: {
    title: 'Try it: how wrong is a prediction?',
    start: () => ({ ...lossExample }),
    slider: { min: 0, max: 1_000_000, step: 1000 },
    ids: {
      actual: 'overview.actualPrice',
      predicted: 'overview.predictedPrice',
      error: 'overview.priceError',
      squared: 'overview.priceLoss',
      half: 'overview.halfPriceLoss',
      overshoot: 'overview.priceOvershoot',
      gradient: 'overview.priceGradient',
      halfGradient: 'overview.halfPriceGradient',
    },
  },
  gradient: {
    title: 'Try it: the gradient is the slope of the loss',
    start: () => ({
      actual: housePrice.target,
      predicted: forward(houseNetwork(housePrice), housePrice.input).output[0]!,
    }),
    slider: { min: 0, max: 1500, step: 1 },
    ids: {
      actual: 'house.actual',
      predicted: 'house.prediction',
      error: 'house.error',
      squared: 'house.loss',
      half: 'gradient.halfLoss',
      overshoot: 'house.overshoot',
      gradient: 'house.dOut',
      halfGradient: 'gradient.halfGradient',
    },
  },
};

const FIELDS = [
  ['actual', 'Actual value'],
  ['predicted', 'Predicted value'],
] as const;

interface Losses {
  error: number;
  squared: number;
  half: number;
  gradient: number;
  halfGradient: number;
  plot: PlotData;
}

interface Props {
  variant?: LossVariant;
}

export default class LossExample extends IslandCycle<Pair, Losses, Props> {
  /** The variant's starting values, where the numbers are the chapter's quantities. */
  private readonly start = VARIANTS[this.props.variant ?? 'core'].start();
  override state = { values: this.start };

  derive({ actual, predicted }: Pair): Losses {
    // The parabola around its minimum at `actual`, wide enough to show the prediction.
    const reach = Math.max(Math.abs(predicted - actual) * 1.5, Math.abs(actual) * 0.1, 1);
    // No negative prices where both prices are positive: the axis starts at 0 at the lowest.
    const lowest = Math.min(actual, predicted) >= 0 ? Math.max(0, actual - reach) : actual - reach;
    const domain = niceDomain([lowest, actual + reach], 4);
    const curve = sample((p) => squaredError.f(actual, p), domain);
    const halfCurve = sample((p) => halfSquaredError.f(actual, p), domain);
    const squared = squaredError.f(actual, predicted);
    const gradient = squaredError.df(actual, predicted);
    return {
      error: actual - predicted,
      squared,
      half: halfSquaredError.f(actual, predicted),
      gradient,
      halfGradient: halfSquaredError.df(actual, predicted),
      plot: {
        x: domain,
        // A loss is never negative: its axis starts at 0 and ends at a round value above the curve.
        y: niceDomain([0, Math.max(...curve.map((p) => p[1]))], 4),
        curves: [
          { points: curve, class: 'nn-curve' },
          { points: halfCurve, class: 'nn-curve-alt' },
        ],
        point: [predicted, squared],
        slope: gradient,
      },
    };
  }

  shown({ plot, ...r }: Losses) {
    return {
      'the error': r.error,
      'the loss': [r.squared, r.half],
      'the gradient': [r.gradient, r.halfGradient],
      'the plot of the loss': plotCoordinates(plot),
    };
  }

  summary(r: Losses) {
    return `Loss ${showShort(r.squared)}; gradient ${showShort(r.gradient)}.`;
  }

  override render({ variant = 'core' }: Props) {
    const spec = VARIANTS[variant];
    const values = this.state.values;
    const { actual, predicted } = values;
    const r = this.result();
    const { error, squared, half, gradient, halfGradient } = r;
    const id = `loss-${variant}`;
    const fields = FIELDS.map(([key, label]) => (
      <NumberField id={`${id}-${key}`} label={label} value={values[key]} onValue={(v) => this.offer({ [key]: v })} slider={spec.slider} />
    ));
    // At the starting values the numbers are the chapter's quantities, checked like the prose.
    const tag = liveQuantities(values, this.start);
    const plain = (key: keyof Ids, value: number) => <span {...tag(spec.ids[key], value)}>{showShort(value)}</span>;
    const strong = (key: keyof Ids, value: number) => <strong {...tag(spec.ids[key], value)}>{showShort(value)}</strong>;
    return (
      <ExampleFrame title={spec.title} summary={this.summary(r)} fields={fields}>
        <p class="nn-result" data-result="error">
          error = actual − predicted = {plain('actual', actual)} − {plain('predicted', predicted)} = {plain('error', error)}
        </p>
        <p class="nn-result" data-result="squared">
          Loss = (actual − predicted)² = ({plain('error', error)})² = {strong('squared', squared)}
        </p>
        <p class="nn-result" data-result="half">
          ½ Loss = ½(actual − predicted)² = {plain('half', half)}
        </p>
        <p class="nn-result" data-result="gradient">
          dLoss/dpredicted = 2 × (predicted − actual) = 2 × <span {...tag(spec.ids.overshoot, -error)}>{showFactor(-error)}</span> ={' '}
          {strong('gradient', gradient)}
        </p>
        <p class="nn-result" data-result="half-gradient">
          d(½ Loss)/dpredicted = predicted − actual = {plain('halfGradient', halfGradient)}
        </p>
        <p class="nn-result">
          {gradient > 0
            ? 'The gradient is positive: lowering the prediction lowers the loss.'
            : gradient < 0
              ? 'The gradient is negative: raising the prediction lowers the loss.'
              : 'The gradient is 0: the prediction sits at the bottom of the parabola.'}
        </p>
        <Plot
          label={`Loss against the prediction: a parabola with its minimum at ${showShort(actual)}; the tangent at ${showShort(predicted)} has slope ${showShort(gradient)}`}
          {...r.plot}
          xLabel="predicted (thick: loss, dashed: ½ loss, thin: the tangent, its slope the gradient)"
          yLabel="loss"
        />
      </ExampleFrame>
    );
  }
}
