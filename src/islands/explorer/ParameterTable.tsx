/**
 * Every trainable parameter of the explorer's network beside its gradient and its value after
 * the next update (new = value − η × gradient, as the engine's training step computes it). On a
 * narrow screen each parameter's row stacks its columns, each cell named by its column.
 */
import { paramGradient } from '../../../engine/backprop';
import { HOUSE_PARAMETERS, type ParamName } from '../../../engine/parameters';
import { liveQuantities } from '../shared/island-cycle';
import { show } from '../shared/show';
import type { Evaluation } from './evaluate';
import { documentSetup, keysOf, LABELS, type Setup } from './setup';

interface Props {
  setup: Setup;
  evaluation: Evaluation;
  /** The set-up after one update by the engine. */
  next: Setup;
}

const COLUMNS = ['Value', '∂Loss/∂parameter', 'After the update'] as const;
const DOCUMENT = documentSetup();
/** Flat, so that one comparison tells whether the set-up is still the document's. */
const flat = ({ values, biases }: Setup) => ({ ...values, biases });

export function ParameterTable({ setup, evaluation, next }: Props) {
  // At the document's set-up the numbers are the worked example's quantities, checked like the prose.
  const q = liveQuantities(flat(setup), flat(DOCUMENT));
  const cell = (column: number, id: string, value: number) => (
    <td data-column={COLUMNS[column]} {...q(id, value)}>
      {show(value)}
    </td>
  );
  return (
    <table class="nn-params">
      <caption>
        Parameters, their gradients and the next update (η ={' '}
        <span {...q('house.learningRate', setup.values.lr)}>{show(setup.values.lr)}</span>)
      </caption>
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
              {cell(0, `house.${key}`, setup.values[key])}
              {cell(1, `house.dW${key.slice(1)}`, paramGradient(evaluation.grads, HOUSE_PARAMETERS[key].ref))}
              {cell(2, `house.new.${key}`, next.values[key])}
            </tr>
          ))}
      </tbody>
    </table>
  );
}
