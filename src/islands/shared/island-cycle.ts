/**
 * The live examples' one edit cycle, written once: edit → check → recompute → announce.
 *
 *  1. edit:      a field offers changed values (`this.offer({ size: 1000 })`);
 *  2. check:     the island's own rule, if any, then the engine's refusals and, through guard.ts,
 *                every number the result shows or plots must be finite: else the offer is
 *                refused with a short reason for beside the field ("Too large: the loss would
 *                overflow.") and the last good values stay;
 *  3. recompute: accepted values become the state, and the result is derived from them;
 *  4. announce:  the island's summary is derived from the result in render and handed to
 *                ExampleFrame, whose polite status line speaks it once the reader pauses.
 * The state is the values alone: results and summaries are derived from them, never stored
 * (the one cached result is dropped as soon as the values change).
 *
 * An island states only what differs (see WeightsExample.tsx, the shortest):
 *
 *   class MyExample extends IslandCycle<Values, Result> {
 *     override state = { values: DOCUMENT_VALUES };
 *     derive(v: Values): Result { … }                      // from the engine, every result the render shows
 *     shown(r: Result): Shown { return { 'the output': r.output, 'the plot': plotCoordinates(r.plot) }; }
 *     summary(r: Result) { return `Output ${showShort(r.output)}.`; }
 *     rule(v: Values) { return v.step === 0 ? 'The step must not be 0.' : undefined; }  // optional
 *     override render() {
 *       const r = this.result();
 *       return <ExampleFrame title="…" summary={this.summary(r)} fields={<NumberField … onValue={(x) => this.offer({ size: x })} />}>…</ExampleFrame>;
 *     }
 *   }
 *
 * A class rather than a hook, like every island here: Preact's hooks module would cost each
 * page 1 KB (see Polite.tsx).
 */
import { Component, type ComponentProps } from 'preact';
import { guard, type Shown } from './guard';
import type { Plot } from './Plot';

export abstract class IslandCycle<V extends object, R, P = object> extends Component<P, { values: V }> {
  /** The last accepted values and their result, so an accepted edit is derived once. */
  private derived: { readonly values: V; readonly result: R } | undefined;

  /** Every result the island shows, computed by the engine from the values. Pure. */
  abstract derive(values: V): R;
  /** The numbers shown or plotted from a result: each must be finite for the values to be accepted. */
  abstract shown(result: R): Shown;
  /** What the polite status line says about a result. */
  abstract summary(result: R): string;
  /** A refusal of the island's own, checked before anything is computed. */
  rule?(values: V): string | undefined;

  /** Offers changed values; returns why they were refused, or nothing when they were taken. */
  offer(change: Partial<V>): string | undefined {
    const values = { ...this.state.values, ...change };
    const refusal = this.rule?.(values);
    if (refusal) return refusal;
    const checked = guard(() => {
      const result = this.derive(values);
      return { result, check: this.shown(result) };
    });
    if (!checked.ok) return checked.message;
    this.derived = { values, result: checked.result };
    this.setState({ values });
    return undefined;
  }

  /** The result of the current values. */
  result(): R {
    const { values } = this.state;
    if (this.derived?.values !== values) this.derived = { values, result: this.derive(values) };
    return this.derived.result;
  }
}

/** The numbers a Plot is drawn from: an island derives them and passes them on with `{...plot}`. */
export type PlotData = Pick<ComponentProps<typeof Plot>, 'x' | 'y' | 'curves' | 'point' | 'slope'>;

/**
 * Every coordinate Plot.tsx computes, as a fraction of its axes: the axes' spans, each point of
 * each curve, the marked point and the ends of its tangent. All finite means no path of the plot
 * ever holds NaN or Infinity (1e308 on a ±1.25e308 axis has a span that overflows).
 */
export function plotCoordinates({ x, y, curves, point, slope }: PlotData): number[] {
  const across = (u: number) => (u - x[0]) / (x[1] - x[0] || 1);
  const up = (v: number) => (v - y[0]) / (y[1] - y[0] || 1);
  const marked = point ? [across(point[0]), up(point[1])] : [];
  const tangent = point && slope !== undefined ? x.map((u) => up(point[1] + slope * (u - point[0]))) : [];
  return [x[1] - x[0], y[1] - y[0], ...curves.flatMap((c) => c.points.flatMap(([u, v]) => [across(u), up(v)])), ...marked, ...tangent];
}

/**
 * The attributes that let a live example's numbers, as rendered at build time, be checked like
 * the prose's (components/helpers/quantity-markup.ts), against the engine and against PyTorch:
 * each one's quantity id and the unrounded value the island computed, plus data-live, since the
 * island writes the digits in its own format. Only while every field still holds the document's value; once a reader edits
 * one, the numbers are no longer those quantities, and the attributes go.
 * Use: const q = liveQuantities(values, documentValues); <strong {...q('overview.output', output)}>…</strong>
 */
export function liveQuantities<T extends object>(values: T, documentValues: T) {
  const atDocument = (Object.keys(documentValues) as (keyof T)[]).every((k) => values[k] === documentValues[k]);
  // Preact writes a number attribute as String(value), the unrounded value the prose carries too.
  return (id: string, value: number): Record<string, string | number> =>
    atDocument ? { 'data-q': id, 'data-value': value, 'data-live': '' } : {};
}
