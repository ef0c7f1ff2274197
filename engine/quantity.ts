/**
 * A number as the pages show it: a named reference to an engine value, with its formula and
 * display precision. Chapters cite quantities (never literals); the Q and Eq components render
 * them; the verification tests and the ledger page read the registry that quantities/index.ts
 * builds from the chapters' exported objects.
 */
import type { DisplayFormat } from './format';
import { EngineInputError, requireFinite } from './validate';

/**
 * Where a value comes from:
 * - given: an input the source document gives;
 * - site: an input the site chooses, which the document does not have (the scaled set-up);
 * - computed: an engine call (forward, backward, a loss, train…);
 * - arithmetic: a step of plain arithmetic that the chapter teaches (a product, a difference, a ratio);
 * - printed: the source document's own printed value, shown beside the computed one where it is wrong.
 */
export type Origin = 'given' | 'site' | 'computed' | 'arithmetic' | 'printed';

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

interface QuantitySpec {
  label: string;
  /** Left out for a number that has no symbol of its own (most inputs and intermediate steps). */
  symbol?: string;
  formula: string;
  value: number;
  format?: DisplayFormat;
  steps?: readonly Tex[];
}
type InputSpec = Omit<QuantitySpec, 'steps'>;

function define(id: string, origin: Origin, spec: QuantitySpec): Quantity {
  requireFinite(id, spec.value);
  return { id, origin, ...spec, symbol: spec.symbol ?? '', format: spec.format ?? {}, steps: spec.steps ?? [] };
}

/** A value the source document gives as an input of the example. */
export const given = (id: string, spec: InputSpec) => define(id, 'given', spec);
/** A value the site chooses where the document has none (the scaled set-up's inputs). */
export const chosen = (id: string, spec: InputSpec) => define(id, 'site', spec);
/** A value an engine call computes. */
export const computed = (id: string, spec: QuantitySpec) => define(id, 'computed', spec);
/** A step of plain arithmetic the chapter teaches, on other quantities' values. */
export const arithmetic = (id: string, spec: QuantitySpec) => define(id, 'arithmetic', spec);
/** A value as the source document prints it, shown beside the computed one where they differ. */
export const printed = (id: string, spec: InputSpec) => define(id, 'printed', spec);

function isQuantity(x: unknown): x is Quantity {
  const q = x as Partial<Quantity> | null;
  return typeof q?.id === 'string' && typeof q.value === 'number' && typeof q.origin === 'string' && Array.isArray(q.steps);
}

/** Plain objects and arrays are walked; class instances (engine results such as a run's records) are not. */
function isWalkable(x: unknown): x is object {
  if (Array.isArray(x)) return true;
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

/**
 * Every quantity reachable from the given objects (the chapters' exports), each once, keyed by id.
 * Two different quantities with one id are refused: an id must name one number on the whole site.
 */
export function registryOf(...roots: readonly object[]): ReadonlyMap<string, Quantity> {
  const registry = new Map<string, Quantity>();
  const seen = new Set<object>();
  const visit = (x: unknown): void => {
    if (isQuantity(x)) {
      const known = registry.get(x.id);
      if (known && known !== x) throw new EngineInputError('id', x.id, 'is defined twice; quantity names must be unique');
      registry.set(x.id, x);
    } else if (isWalkable(x) && !seen.has(x)) {
      seen.add(x);
      Object.values(x).forEach(visit);
    }
  };
  roots.forEach(visit);
  return registry;
}
