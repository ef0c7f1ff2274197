/**
 * Every trainable parameter of the explorer's network beside its gradient and its value after
 * the next update (new = value − η × gradient, as the engine's training step computes it). On a
 * narrow screen each parameter's row stacks its columns, each cell named by its column.
 */
import { paramGradient } from '../../../engine/backprop';
import { HOUSE_PARAMETERS, type ParamName } from '../../../engine/parameters';
import { show } from '../shared/show';
import type { Evaluation } from './evaluate';
import { keysOf, LABELS, type Setup } from './setup';

interface Props {
  setup: Setup;
  evaluation: Evaluation;
  /** The set-up after one update by the engine. */
  next: Setup;
}

const COLUMNS = ['Value', '∂Loss/∂parameter', 'After the update'] as const;

export function ParameterTable({ setup, evaluation, next }: Props) {
  return (
    <table class="nn-params">
      <caption>Parameters, their gradients and the next update (η = {show(setup.values.lr)})</caption>
      <thead>
        <tr>
          <th scope="col">Parameter</th>
          {COLUMNS.map((c) => (
            <th scope="col">{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {keysOf(setup.biases)
          .filter((key): key is ParamName => Object.hasOwn(HOUSE_PARAMETERS, key))
          .map((key) => (
            <tr data-param={key}>
              <th scope="row">{LABELS[key]}</th>
              <td data-column={COLUMNS[0]}>{show(setup.values[key])}</td>
              <td data-column={COLUMNS[1]}>{show(paramGradient(evaluation.grads, HOUSE_PARAMETERS[key].ref))}</td>
              <td data-column={COLUMNS[2]}>{show(next.values[key])}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
