/**
 * Every trainable parameter of the explorer's network beside its gradient and its value after
 * the next update (new = value − η × gradient, as the engine's training step computes it).
 */
import { paramGradient } from '../../../engine/backprop';
import { HOUSE_PARAMETERS, type ParamName } from '../../../engine/parameters';
import { ScrollBox } from '../shared/ScrollBox';
import { show } from '../shared/show';
import type { Evaluation } from './evaluate';
import { keysOf, LABELS, type Setup } from './setup';

interface Props {
  setup: Setup;
  evaluation: Evaluation;
  /** The set-up after one update by the engine. */
  next: Setup;
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
            .filter((key): key is ParamName => Object.hasOwn(HOUSE_PARAMETERS, key))
            .map((key) => (
              <tr data-param={key}>
                <th scope="row">{LABELS[key]}</th>
                <td>{show(setup.values[key])}</td>
                <td class="nn-bwd">{show(paramGradient(evaluation.grads, HOUSE_PARAMETERS[key].ref))}</td>
                <td>{show(next.values[key])}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
