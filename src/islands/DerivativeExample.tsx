/**
 * Live example for the derivative deep dive: actual value and a starting prediction, the table
 * of neighbouring predictions with their errors, and the finite-difference slopes (engine
 * gradcheck's central difference) beside the analytic ones, for the error and for the loss.
 */
import { Component } from 'preact';
import { centralDifference } from '../../engine/gradcheck';
import { squaredError } from '../../engine/loss';
import { derivativeTable } from '../../engine/scenarios';
import { ExampleFrame } from './shared/ExampleFrame';
import { guard } from './shared/guard';
import { NumberField } from './shared/NumberField';
import { ScrollBox } from './shared/ScrollBox';
import { show } from './shared/show';
import { StaleNote } from './shared/StaleNote';

interface Setup {
  actual: number;
  /** The first prediction of the table; the rows then go up by `step`. */
  start: number;
  step: number;
}

const [first, second] = derivativeTable.predictions;
const ROWS = derivativeTable.predictions.length;
/** d(actual − predicted)/dpredicted = 0 − 1, as the chapter derives it. */
const ANALYTIC_ERROR_SLOPE = -1;

function derive({ actual, start, step }: Setup) {
  const error = (p: number) => actual - p;
  const predictions = Array.from({ length: ROWS }, (_, i) => start + i * step);
  const rows = predictions.map((p, i) => ({
    predicted: p,
    error: error(p),
    change: i === 0 ? undefined : error(p) - error(predictions[i - 1]!),
  }));
  const result = {
    rows,
    errorSlope: centralDifference(error, start, Math.abs(step)),
    lossSlope: centralDifference((p) => squaredError.f(actual, p), start, Math.abs(step)),
    lossAnalytic: squaredError.df(actual, start),
  };
  return { result, check: [result.errorSlope, result.lossSlope, result.lossAnalytic, ...rows.map((r) => r.error)] };
}

export default class DerivativeExample extends Component<object, { setup: Setup; said: string }> {
  override state = { setup: { actual: derivativeTable.actual, start: first, step: second - first }, said: '' };

  offer(key: keyof Setup, value: number) {
    if (key === 'step' && value === 0) return 'The step must not be 0: the slope divides by it.';
    const setup = { ...this.state.setup, [key]: value };
    const computed = guard(() => derive(setup));
    if (!computed.ok) return computed.message;
    const r = computed.result;
    this.setState({ setup, said: `Error slope ${show(r.errorSlope)}; loss slope ${show(r.lossSlope)}, analytic ${show(r.lossAnalytic)}.` });
    return undefined;
  }

  override render() {
    const { setup, said } = this.state;
    const { rows, errorSlope, lossSlope, lossAnalytic } = derive(setup).result;
    const field = (key: keyof Setup, label: string) => (
      <NumberField id={`derivative-${key}`} label={label} value={setup[key]} onValue={(v) => this.offer(key, v)} />
    );
    return (
      <ExampleFrame title="Try it: the slope of the error is always −1" said={said}>
        <div class="nn-fields">
          {field('actual', 'Actual value')}
          {field('start', 'First prediction')}
          {field('step', 'Step between predictions')}
        </div>
        <StaleNote />
        <ScrollBox class="nn-table-wrap" label="Neighbouring predictions table">
          <table>
            <thead>
              <tr>
                <th scope="col">Prediction</th>
                <th scope="col">Error = actual − predicted</th>
                <th scope="col">Change in error</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>{show(r.predicted)}</td>
                  <td>{show(r.error)}</td>
                  <td>{r.change === undefined ? '–' : show(r.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <ScrollBox class="nn-table-wrap" label="Slopes table">
          <table>
            <thead>
              <tr>
                <th scope="col">Slope at the first prediction</th>
                <th scope="col">Finite difference</th>
                <th scope="col">Analytic</th>
              </tr>
            </thead>
            <tbody>
              <tr data-result="error-slope">
                <th scope="row">d(error)/dpredicted</th>
                <td>{show(errorSlope, { decimals: 6 })}</td>
                <td>{show(ANALYTIC_ERROR_SLOPE)}</td>
              </tr>
              <tr data-result="loss-slope">
                <th scope="row">dLoss/dpredicted</th>
                <td>{show(lossSlope, { decimals: 6 })}</td>
                <td>{show(lossAnalytic)}</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
      </ExampleFrame>
    );
  }
}
