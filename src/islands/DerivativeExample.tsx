/**
 * Live example for the derivative deep dive: actual value and a starting prediction, the table
 * of neighbouring predictions with their errors, and the finite-difference slopes (engine
 * gradcheck's central difference) beside the analytic ones, for the error and for the loss.
 */
import { centralDifference } from '../../engine/gradcheck';
import { squaredError } from '../../engine/loss';
import { derivativeTable } from '../../engine/scenarios';
import { ExampleFrame } from './shared/ExampleFrame';
import { IslandCycle, liveQuantities } from './shared/island-cycle';
import { NumberField } from './shared/NumberField';
import { ScrollBox } from './shared/ScrollBox';
import { show, showShort } from './shared/show';

interface Table {
  actual: number;
  /** The first prediction of the table; the rows then go up by `step`. */
  start: number;
  step: number;
}

const [first, second] = derivativeTable.predictions;
const ROWS = derivativeTable.predictions.length;
/** d(actual − predicted)/dpredicted = 0 − 1, as the chapter derives it. */
const ANALYTIC_ERROR_SLOPE = -1;

/** The chapter's table: predictions of 300, 301 and 302 against 350. */
const DOCUMENT: Table = { actual: derivativeTable.actual, start: first, step: second - first };

interface Slopes {
  rows: { predicted: number; error: number; change: number | undefined }[];
  errorSlope: number;
  lossSlope: number;
  lossAnalytic: number;
}

export default class DerivativeExample extends IslandCycle<Table, Slopes> {
  override state = { values: DOCUMENT };

  override rule({ start, step }: Table) {
    if (step === 0) return 'The step must not be 0: the slope divides by it.';
    // Below this a step is lost in rounding (start + step = start) and every slope would read 0.
    if (start + step === start || start - step === start) return 'Too small: next to the first prediction this step rounds away.';
    return undefined;
  }

  derive({ actual, start, step }: Table): Slopes {
    const error = (p: number) => actual - p;
    const predictions = Array.from({ length: ROWS }, (_, i) => start + i * step);
    const rows = predictions.map((p, i) => ({
      predicted: p,
      error: error(p),
      change: i === 0 ? undefined : error(p) - error(predictions[i - 1]!),
    }));
    return {
      rows,
      errorSlope: centralDifference(error, start, Math.abs(step)),
      lossSlope: centralDifference((p) => squaredError.f(actual, p), start, Math.abs(step)),
      lossAnalytic: squaredError.df(actual, start),
    };
  }

  shown(r: Slopes) {
    return {
      'a prediction': r.rows.flatMap((row) => [row.predicted, row.error, row.change ?? 0]),
      'the slope': [r.errorSlope, r.lossSlope, r.lossAnalytic],
    };
  }

  summary(r: Slopes) {
    return `Error slope ${showShort(r.errorSlope)}; loss slope ${showShort(r.lossSlope)}, analytic ${showShort(r.lossAnalytic)}.`;
  }

  override render() {
    const table = this.state.values;
    const r = this.result();
    const { rows, errorSlope, lossSlope, lossAnalytic } = r;
    const field = (key: keyof Table, label: string) => (
      <NumberField id={`derivative-${key}`} label={label} value={table[key]} onValue={(v) => this.offer({ [key]: v })} />
    );
    const fields = [field('actual', 'Actual value'), field('start', 'First prediction'), field('step', 'Step between predictions')];
    // At the document's values the numbers are the chapter's quantities, checked like the prose.
    const q = liveQuantities(table, DOCUMENT);
    const cell = (id: string, value: number, text = showShort(value)) => <td {...q(id, value)}>{text}</td>;
    return (
      <ExampleFrame title="Try it: the slope of the error is always −1" summary={this.summary(r)} fields={fields}>
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
              {rows.map((r, i) => (
                <tr>
                  {cell(`derivative.prediction${i}`, r.predicted)}
                  {cell(`derivative.error${i}`, r.error)}
                  {r.change === undefined ? <td>–</td> : cell(`derivative.change${i}`, r.change)}
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
                <th scope="row">
                  d(error)/
                  <wbr />
                  dpredicted
                </th>
                {cell('derivative.tableErrorSlope', errorSlope, show(errorSlope, { decimals: 6 }))}
                {cell('derivative.analyticErrorSlope', ANALYTIC_ERROR_SLOPE, show(ANALYTIC_ERROR_SLOPE))}
              </tr>
              <tr data-result="loss-slope">
                <th scope="row">
                  dLoss/
                  <wbr />
                  dpredicted
                </th>
                {cell('derivative.tableLossSlope', lossSlope, show(lossSlope, { decimals: 6 }))}
                {cell('derivative.tableLossGradient', lossAnalytic)}
              </tr>
            </tbody>
          </table>
        </ScrollBox>
      </ExampleFrame>
    );
  }
}
