/**
 * Live example for "Weights" (core concepts): the house-price weighted sum with size, location
 * score and their two weights editable, the output recomputed by the engine's forward pass, and
 * each input's contribution as a bar, so the effect of an input's scale on its weight shows.
 */
import { forward } from '../../engine/forward';
import { createNetwork } from '../../engine/network';
import { weightedSumExample } from '../../engine/scenarios';
import { ExampleFrame } from './shared/ExampleFrame';
import { IslandCycle, liveQuantities } from './shared/island-cycle';
import { NumberField } from './shared/NumberField';
import { show, showFactor, showShort } from './shared/show';

interface Values {
  size: number;
  location: number;
  sizeWeight: number;
  locationWeight: number;
}

interface Result {
  output: number;
  contributions: readonly [number, number];
  /** Each bar's length, as a percentage of the longer one. */
  shares: readonly number[];
}

const FIELDS = [
  { key: 'size', label: 'House size (sq ft)', slider: { min: 0, max: 5000, step: 10 } },
  { key: 'location', label: 'Location score (of 10)', slider: { min: 0, max: weightedSumExample.locationScaleMax, step: 0.5 } },
  { key: 'sizeWeight', label: 'Weight w₁ on size', slider: { min: -5, max: 5, step: 0.1 } },
  { key: 'locationWeight', label: 'Weight w₂ on location', slider: { min: -200, max: 200, step: 1 } },
] as const;

const BARS = ['size × w₁', 'location × w₂'];
/** The quantities the bars show at the document's values. */
const CONTRIBUTIONS = ['overview.sizeContribution', 'overview.locationContribution'] as const;
const SHARES = ['overview.sizeShare', 'overview.locationShare'];

export default class WeightsExample extends IslandCycle<Values, Result> {
  override state = { values: { ...weightedSumExample } as Values };

  /** The document's output neuron: a weighted sum with no bias and no activation. */
  derive(v: Values): Result {
    const net = createNetwork(2, [{ weights: [[v.sizeWeight, v.locationWeight]], activation: 'identity' }]);
    const output = forward(net, [v.size, v.location]).output[0]!;
    const contributions = [v.size * v.sizeWeight, v.location * v.locationWeight] as const;
    const largest = Math.max(...contributions.map(Math.abs)) || 1;
    return { output, contributions, shares: contributions.map((c) => (Math.abs(c) / largest) * 100) };
  }

  shown(r: Result) {
    return { 'the output': r.output, 'a contribution': [...r.contributions, ...r.shares] };
  }

  summary(r: Result) {
    return `Output ${showShort(r.output)}.`;
  }

  override render() {
    const v = this.state.values;
    const r = this.result();
    const { output, contributions, shares } = r;
    // At the document's values the numbers are the chapter's quantities, checked like the prose.
    const q = liveQuantities(v, weightedSumExample);
    const fields = FIELDS.map((f) => (
      <NumberField id={`weights-${f.key}`} label={f.label} value={v[f.key]} onValue={(x) => this.offer({ [f.key]: x })} slider={f.slider} />
    ));
    return (
      <ExampleFrame title="Try it: weights decide each input’s influence" summary={this.summary(r)} fields={fields}>
        <p class="nn-result" data-result="output">
          output = (<span {...q('overview.size', v.size)}>{showShort(v.size)}</span> ×{' '}
          <span {...q('overview.w1', v.sizeWeight)}>{showFactor(v.sizeWeight)}</span>) + (
          <span {...q('overview.location', v.location)}>{showShort(v.location)}</span> ×{' '}
          <span {...q('overview.w2', v.locationWeight)}>{showFactor(v.locationWeight)}</span>) ={' '}
          <span {...q(CONTRIBUTIONS[0], contributions[0])}>{showShort(contributions[0])}</span> +{' '}
          <span {...q(CONTRIBUTIONS[1], contributions[1])}>{showShort(contributions[1])}</span> ={' '}
          <strong {...q('overview.output', output)}>{showShort(output)}</strong>
        </p>
        <div class="nn-bars">
          {contributions.map((c, i) => (
            <div>
              <div class="nn-bar-label">
                {BARS[i]} = <span {...q(CONTRIBUTIONS[i]!, c)}>{showShort(c)}</span> (
                <span {...q(SHARES[i]!, shares[i]!)}>{show(shares[i]!, { decimals: 0 })}</span>% of the larger)
              </div>
              {/* An SVG bar: its length is an attribute, so the markup needs no inline style. */}
              <svg class="nn-bar-track" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                <rect class={c < 0 ? 'nn-bar nn-bar-negative' : 'nn-bar'} width={shares[i]} height="1" />
              </svg>
            </div>
          ))}
        </div>
      </ExampleFrame>
    );
  }
}
