/**
 * A number as the pages show it: a named reference to an engine value, with its formula and
 * display precision. Chapters cite quantities (never literals); the Q and Eq components render
 * them; the verification tests and the ledger page read the same registry.
 */
import type { DisplayFormat } from './format';
import { EngineInputError, requireFinite } from './validate';

/** Where a value comes from: given by the source document, computed by the engine, or printed by the document (and wrong). */
export type Origin = 'given' | 'computed' | 'printed';

/** TeX with quantities in its holes, substituted by the Eq component as formatted numbers. */
export interface Tex {
  readonly parts: readonly (string | Quantity)[];
}

export interface Quantity {
  /** Stable name, unique on the site; the HTML carries it as data-q. */
  readonly id: string;
  /** Symbol in Unicode, for prose and tooltips: z₁. */
  readonly label: string;
  /** Symbol in TeX, for equations: z_1. */
  readonly symbol: string;
  /** How the value is obtained, in words or symbols, for tooltips and the ledger. */
  readonly formula: string;
  readonly value: number;
  readonly format: DisplayFormat;
  readonly origin: Origin;
  /** The calculation with numbers substituted, step by step, ending before the value itself. */
  readonly steps: readonly Tex[];
}

export function tex(strings: TemplateStringsArray, ...holes: Quantity[]): Tex {
  const parts: (string | Quantity)[] = [];
  strings.forEach((s, i) => {
    if (s) parts.push(s);
    if (i < holes.length) parts.push(holes[i]!);
  });
  return { parts };
}

const registry = new Map<string, Quantity>();

interface QuantitySpec {
  label: string;
  symbol: string;
  formula: string;
  value: number;
  format?: DisplayFormat;
  steps?: readonly Tex[];
}

function define(id: string, origin: Origin, spec: QuantitySpec): Quantity {
  if (registry.has(id)) throw new EngineInputError('id', id, 'is already defined; quantity names must be unique');
  requireFinite(id, spec.value);
  const q: Quantity = { id, origin, format: spec.format ?? {}, steps: spec.steps ?? [], ...spec };
  registry.set(id, q);
  return q;
}

/** A value the source document gives as an input of the example. */
export const given = (id: string, spec: Omit<QuantitySpec, 'steps'>) => define(id, 'given', spec);
/** A value the engine computes. */
export const computed = (id: string, spec: QuantitySpec) => define(id, 'computed', spec);
/** A value as the source document prints it, shown beside the computed one where they differ. */
export const printed = (id: string, spec: Omit<QuantitySpec, 'steps'>) => define(id, 'printed', spec);

export function allQuantities(): Quantity[] {
  return [...registry.values()];
}

export function quantityById(id: string): Quantity | undefined {
  return registry.get(id);
}
