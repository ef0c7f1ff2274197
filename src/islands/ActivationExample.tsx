/**
 * Live example for "Activation Function" (core concepts): pick identity, ReLU, leaky ReLU,
 * sigmoid or tanh, move the input along the curve, and read f(x) and f′(x) from the engine's
 * activations, with the tangent of slope f′(x) drawn at the point.
 */
import { Component } from 'preact';
import { ACTIVATION_NAMES, ACTIVATIONS, type ActivationName } from '../../engine/activations';
import { reluNegativeInput } from '../../engine/scenarios';
import { ExampleFrame } from './shared/ExampleFrame';
import { guard } from './shared/guard';
import { NumberField } from './shared/NumberField';
import { extent, Plot, sample } from './shared/Plot';
import { show } from './shared/show';
import { StaleNote } from './shared/StaleNote';

/** The slider's reach; typed values may go beyond it, and the plot widens to keep the point in view. */
const X_REACH = 100;
const MIN_HALF_WIDTH = 5;

interface State {
  name: ActivationName;
  x: number;
  said: string;
}

export default class ActivationExample extends Component<object, State> {
  override state: State = { name: 'relu', x: reluNegativeInput, said: '' };

  change(name: ActivationName, x: number) {
    const act = ACTIVATIONS[name];
    const computed = guard(() => ({ result: [act.f(x), act.df(x)] as const, check: [act.f(x), act.df(x)] }));
    if (!computed.ok) return computed.message;
    const [fx, dfx] = computed.result;
    this.setState({ name, x, said: `${act.label} of ${show(x)} is ${show(fx)}; slope ${show(dfx)}.` });
    return undefined;
  }

  override render() {
    const { name, x } = this.state;
    // Wide enough to show x, and at least ±5, where sigmoid and tanh do their bending.
    const half = Math.max(MIN_HALF_WIDTH, Math.abs(x) * 1.25);
    const act = ACTIVATIONS[name];
    const fx = act.f(x);
    const dfx = act.df(x);
    const domain = [-half, half] as const;
    const curve = sample(act.f, domain);
    return (
      <ExampleFrame title="Try it: activation functions" said={this.state.said}>
        <div class="nn-fields">
          <div class="nn-field">
            <label for="activation-name">Activation function</label>
            <select id="activation-name" value={name} onChange={(e) => this.change(e.currentTarget.value as ActivationName, x)}>
              {ACTIVATION_NAMES.map((n) => (
                <option value={n}>{ACTIVATIONS[n].label}</option>
              ))}
            </select>
          </div>
          <NumberField
            id="activation-x"
            label="Input x (the weighted sum)"
            value={x}
            onValue={(v) => this.change(name, v)}
            slider={{ min: -X_REACH, max: X_REACH, step: 0.5 }}
          />
        </div>
        <StaleNote />
        <p class="nn-result" data-result="f">
          f(x) = {act.label}({show(x)}) = <strong>{show(fx)}</strong>
        </p>
        <p class="nn-result" data-result="df">
          f′(x) = <strong>{show(dfx)}</strong> (the slope of the curve at x)
        </p>
        <Plot
          label={`${act.label} from ${show(-half)} to ${show(half)}, with the point at x = ${show(x)}`}
          x={domain}
          y={extent(curve.map((p) => p[1]))}
          curves={[{ points: curve, class: 'nn-curve' }]}
          point={[x, fx]}
          slope={dfx}
          xLabel="x"
          yLabel="f(x)"
        />
      </ExampleFrame>
    );
  }
}
