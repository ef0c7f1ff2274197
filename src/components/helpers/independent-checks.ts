/**
 * The values that check the engine from outside it, as the tests use them and the ledger shows
 * them: what each PyTorch script in pytorch/ prints (committed beside it in pytorch/output/),
 * and the comparison rule. Pure: parsed JSON in, maps and verdicts out.
 */

/** What one script prints: each quantity's value, keyed by its id (data-q). */
export interface ScriptOutput {
  readonly values: Readonly<Record<string, number>>;
  /** Gradients measured by a central finite difference instead of autograd. */
  readonly finiteDifferences?: Readonly<Record<string, number>>;
  /**
   * Quantities that are rounding noise (a loss of 10⁻²⁴ left when the prediction equals the
   * target to the last bits), with the absolute bound both sides must stay within.
   */
  readonly absoluteTolerance?: Readonly<Record<string, number>>;
}

export interface IndependentValue {
  readonly value: number;
  /** The script that printed it, e.g. "numerical-example". */
  readonly script: string;
  readonly absoluteTolerance?: number;
}

export interface IndependentValues {
  readonly pytorch: ReadonlyMap<string, IndependentValue>;
  readonly finiteDifferences: ReadonlyMap<string, IndependentValue>;
}

/** Relative tolerance for every non-integer value; integers must be equal. */
export const RELATIVE_TOLERANCE = 1e-12;
/** A finite difference's own error (of order h²) is far above rounding, so it gets its own bound. */
export const FINITE_DIFFERENCE_TOLERANCE = 1e-6;

function numbersIn(x: unknown, where: string): Record<string, number> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new Error(`${where}: expected an object of id → number`);
  for (const [id, v] of Object.entries(x)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${where}: ${id} is ${JSON.stringify(v)}, not a finite number`);
  }
  return x as Record<string, number>;
}

/** Checks the shape of a script's printed JSON, naming the script when it is wrong. */
export function scriptOutput(json: unknown, script: string): ScriptOutput {
  const o = (json ?? {}) as Record<string, unknown>;
  return {
    values: numbersIn(o['values'], `${script}: values`),
    ...(o['finiteDifferences'] !== undefined && { finiteDifferences: numbersIn(o['finiteDifferences'], `${script}: finiteDifferences`) }),
    ...(o['absoluteTolerance'] !== undefined && { absoluteTolerance: numbersIn(o['absoluteTolerance'], `${script}: absoluteTolerance`) }),
  };
}

/** Every script's values in one map per kind; an id printed by two scripts is refused. */
export function mergeOutputs(outputs: Readonly<Record<string, ScriptOutput>>): IndependentValues {
  const pytorch = new Map<string, IndependentValue>();
  const finiteDifferences = new Map<string, IndependentValue>();
  const add = (into: Map<string, IndependentValue>, script: string, values: Readonly<Record<string, number>>, tolerance = {}) => {
    for (const [id, value] of Object.entries(values)) {
      const other = into.get(id);
      if (other) throw new Error(`${id} is printed by both pytorch/${other.script}.py and pytorch/${script}.py`);
      const absoluteTolerance = (tolerance as Record<string, number>)[id];
      into.set(id, { value, script, ...(absoluteTolerance !== undefined && { absoluteTolerance }) });
    }
  };
  for (const [script, out] of Object.entries(outputs)) {
    add(pytorch, script, out.values, out.absoluteTolerance);
    add(finiteDifferences, script, out.finiteDifferences ?? {});
  }
  return { pytorch, finiteDifferences };
}

/**
 * Whether a value on the page agrees with the independent one: exactly when both are safe
 * integers (a count, or 46,000,000; a double beyond 2⁵³ is whole without being a count), else within the relative tolerance (or the quantity's declared
 * absolute bound). One side may miss an integer by rounding: 2000 × −4.599 is −9197.999999999998
 * in the engine and −9198 in PyTorch, both correct to a double's precision.
 */
export function agrees(site: number, independent: number, relative: number, absolute = 0): boolean {
  if (Number.isSafeInteger(site) && Number.isSafeInteger(independent)) return site === independent;
  return Math.abs(site - independent) <= Math.max(relative * Math.max(Math.abs(site), Math.abs(independent)), absolute);
}
