/**
 * Live example for "Activation Function" (core concepts): pick identity, ReLU, leaky ReLU,
 * sigmoid or tanh, move the input along the curve, and read f(x) and f′(x) from the engine's
 * activations, with the tangent of slope f′(x) drawn at the point.
 */
import { ACTIVATION_NAMES, ACTIVATIONS, type ActivationName } from '../../engine/activations';
import { reluNegativeInput } from '../../engine/scenarios';
import { ExampleFrame } from './shared/ExampleFrame';
import { IslandCycle, liveQuantities, plotCoordinates, type PlotData } from './shared/island-cycle';
import { NumberField } from './shared/NumberField';
import { SelectField } from './shared/SelectField';
import { extent, sample } from '../drawing/plot';
import { Plot } from './shared/Plot';
import { showShort } from './shared/show';

/** The slider's reach; typed values may go beyond it, and the plot widens to keep the point in view. */
const X_REACH = 100;
const MIN_HALF_WIDTH = 5;
/**
 * The largest |x| taken: the plot spans ±1.25|x|, and beyond this the span of the identity's
 * y-axis would overflow, so switching function could not be refused after an x was accepted.
 */
const MAX_X = 1e300;

interface Values {
  name: ActivationName;
  x: number;
}

/** The chapter's example: ReLU of a negative weighted sum. */
const DOCUMENT: Values = { name: 'relu', x: reluNegativeInput };

interface Result {
  fx: number;
  dfx: number;
  plot: PlotData;
}

export default class ActivationExample extends IslandCycle<Values, Result> {
  override state = { values: DOCUMENT };

  derive({ name, x }: Values): Result {
    const act = ACTIVATIONS[name];
    const [fx, dfx] = [act.f(x), act.df(x)];
    // Wide enough to show x, and at least ±5, where sigmoid and tanh do their bending.
    const half = Math.max(MIN_HALF_WIDTH, Math.abs(x) * 1.25);
    const points = sample(act.f, [-half, half]);
    const plot = {
      x: [-half, half] as const,
      y: extent(points.map((p) => p[1])),
      curves: [{ points, class: 'nn-curve' }],
      point: [x, fx] as const,
      slope: dfx,
    };
    return { fx, dfx, plot };
  }

  override rule({ x }: Values) {
    return Math.abs(x) > MAX_X ? 'Too large: the plot reaches at most ±10³⁰⁰.' : undefined;
  }

  shown(r: Result) {
    return { 'f(x)': r.fx, 'the slope': r.dfx, 'the plot': plotCoordinates(r.plot) };
  }

  summary({ fx, dfx }: Result) {
    const { name, x } = this.state.values;
    return `${ACTIVATIONS[name].label} of ${showShort(x)} is ${showShort(fx)}; slope ${showShort(dfx)}.`;
  }

  override render() {
    const { name, x } = this.state.values;
    const r = this.result();
    const { label } = ACTIVATIONS[name];
    const fields = [
      <SelectField
        id="activation-name"
        label="Activation function"
        value={name}
        choices={ACTIVATION_NAMES}
        labelOf={(n) => ACTIVATIONS[n].label}
        onChoose={(n) => this.offer({ name: n })}
      />,
      <NumberField
        id="activation-x"
        label="Input x (the weighted sum)"
        value={x}
        onValue={(v) => this.offer({ x: v })}
        slider={{ min: -X_REACH, max: X_REACH, step: 0.5 }}
      />,
    ];
    const [lo, hi] = r.plot.x;
    // At the document's values the numbers are the chapter's quantities, checked like the prose.
    const q = liveQuantities(this.state.values, DOCUMENT);
    return (
      <ExampleFrame title="Try it: activation functions" summary={this.summary(r)} fields={fields}>
        <p class="nn-result" data-result="f">
          f(x) = {label}(<span {...q('overview.negative', x)}>{showShort(x)}</span>) ={' '}
          <strong {...q('overview.reluOfNegative', r.fx)}>{showShort(r.fx)}</strong>
        </p>
        <p class="nn-result" data-result="df">
          f′(x) = <strong {...q('overview.reluSlopeOfNegative', r.dfx)}>{showShort(r.dfx)}</strong> (the slope of the curve at x)
        </p>
        <Plot
          label={`${label} from ${showShort(lo)} to ${showShort(hi)}, with the point at x = ${showShort(x)}`}
          {...r.plot}
          xLabel="x (thin line: the tangent, its slope f′(x))"
          yLabel="f(x)"
        />
      </ExampleFrame>
    );
  }
}
