/**
 * Every trainable parameter of the explorer's network beside its gradient and its value after
 * the next update (new = value − η × gradient, as the engine's training step computes it).
 */
import { ScrollBox } from '../shared/ScrollBox';
import { show } from '../shared/show';
import type { Evaluation } from './evaluate';
import { keysOf, LABELS, type NumberKey, type Setup } from './setup';

interface Props {
  setup: Setup;
  evaluation: Evaluation;
  /** The set-up after one update by the engine. */
  next: Setup;
}

/**
 * A parameter's gradient, found from its name: w₃ⱼ and b₃ belong to the output layer, the rest
 * to the hidden layer; wⱼᵢ is neuron j's weight on input i.
 */
function gradientOf({ grads }: Evaluation, key: NumberKey): number {
  const layer = key[1] === '3' ? 1 : 0;
  const neuron = layer ? 0 : Number(key[1]) - 1;
  const g = grads.layers[layer]!;
  return key[0] === 'b' ? g.db[neuron]! : g.dW[neuron]![Number(key[2]) - 1]!;
}

export function ParameterTable({ setup, evaluation, next }: Props) {
  return (
    <ScrollBox class="nn-table-wrap" label="Parameter table">
      <table class="nn-params">
        <caption>Parameters, their gradients and the next update (η = {show(setup.values.lr)})</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Value</th>
            <th scope="col" class="nn-bwd">
              ∂Loss/∂parameter
            </th>
            <th scope="col">After the update</th>
          </tr>
        </thead>
        <tbody>
          {keysOf(setup.biases)
            .filter((key) => /^[wb]/.test(key))
            .map((key) => (
              <tr data-param={key}>
                <th scope="row">{LABELS[key]}</th>
                <td>{show(setup.values[key])}</td>
                <td class="nn-bwd">{show(gradientOf(evaluation, key))}</td>
                <td>{show(next.values[key])}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
