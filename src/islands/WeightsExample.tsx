/**
 * Live example for "Weights" (core concepts): the house-price weighted sum with size, location
 * score and their two weights editable, the output recomputed by the engine's forward pass, and
 * each input's contribution as a bar, so the effect of an input's scale on its weight shows.
 */
import { Component } from 'preact';
import { forward } from '../../engine/forward';
import { createNetwork } from '../../engine/network';
import { weightedSumExample } from '../../engine/scenarios';
import { ExampleFrame } from './shared/ExampleFrame';
import { guard } from './shared/guard';
import { NumberField } from './shared/NumberField';
import { show } from './shared/show';
import { StaleNote } from './shared/StaleNote';

interface Values {
  size: number;
  location: number;
  sizeWeight: number;
  locationWeight: number;
}

/** The document's output neuron: a weighted sum with no bias and no activation. */
function weightedSum(v: Values) {
  const net = createNetwork(2, [{ weights: [[v.sizeWeight, v.locationWeight]], activation: 'identity' }]);
  const output = forward(net, [v.size, v.location]).output[0]!;
  const contributions = [v.size * v.sizeWeight, v.location * v.locationWeight];
  return { result: { output, contributions }, check: [output, ...contributions] };
}

const FIELDS = [
  { key: 'size', label: 'House size (sq ft)', slider: { min: 0, max: 5000, step: 10 } },
  { key: 'location', label: 'Location score (of 10)', slider: { min: 0, max: weightedSumExample.locationScaleMax, step: 0.5 } },
  { key: 'sizeWeight', label: 'Weight w₁ on size', slider: { min: -5, max: 5, step: 0.1 } },
  { key: 'locationWeight', label: 'Weight w₂ on location', slider: { min: -200, max: 200, step: 1 } },
] as const;

const BARS = ['size × w₁', 'location × w₂'];

export default class WeightsExample extends Component<object, { values: Values; said: string }> {
  override state = { values: { ...weightedSumExample } as Values, said: '' };

  offer(key: keyof Values, value: number) {
    const values = { ...this.state.values, [key]: value };
    const computed = guard(() => weightedSum(values));
    if (!computed.ok) return computed.message;
    this.setState({ values, said: `Output ${show(computed.result.output)}.` });
    return undefined;
  }

  override render() {
    const { values: v, said } = this.state;
    const { output, contributions } = weightedSum(v).result;
    const largest = Math.max(...contributions.map(Math.abs)) || 1;
    return (
      <ExampleFrame title="Try it: weights decide each input’s influence" said={said}>
        <div class="nn-fields">
          {FIELDS.map((f) => (
            <NumberField id={`weights-${f.key}`} label={f.label} value={v[f.key]} onValue={(x) => this.offer(f.key, x)} slider={f.slider} />
          ))}
        </div>
        <StaleNote />
        <p class="nn-result" data-result="output">
          output = ({show(v.size)} × {show(v.sizeWeight)}) + ({show(v.location)} × {show(v.locationWeight)}) = {show(contributions[0]!)} +{' '}
          {show(contributions[1]!)} = <strong>{show(output)}</strong>
        </p>
        <div class="nn-bars">
          {contributions.map((c, i) => {
            const share = (Math.abs(c) / largest) * 100;
            return (
              <div>
                <div class="nn-bar-label">
                  {BARS[i]} = {show(c)} ({show(share, { decimals: 0 })}% of the larger)
                </div>
                {/* An SVG bar: its length is an attribute, so the markup needs no inline style. */}
                <svg class="nn-bar-track" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                  <rect class={c < 0 ? 'nn-bar nn-bar-negative' : 'nn-bar'} width={share} height="1" />
                </svg>
              </div>
            );
          })}
        </div>
      </ExampleFrame>
    );
  }
}
