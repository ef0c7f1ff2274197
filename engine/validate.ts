/**
 * Input checks shared by every public engine function. A bad value never turns into a silent NaN:
 * it stops at the boundary with an EngineInputError that names the field and the value, so the
 * live examples can put the message beside the field that caused it.
 */
export class EngineInputError extends Error {
  override readonly name = 'EngineInputError';
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`${field}: ${reason} (got ${describe(value)})`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null) {
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value;
}

export function requireFinite(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new EngineInputError(field, value, 'must be a finite number');
  }
  return value;
}

export function requirePositive(field: string, value: unknown): number {
  const n = requireFinite(field, value);
  if (n <= 0) throw new EngineInputError(field, value, 'must be greater than 0');
  return n;
}

export function requireCount(field: string, value: unknown, min = 1): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new EngineInputError(field, value, `must be a whole number of at least ${min}`);
  }
  return value;
}

export function requireVector(field: string, value: unknown, length?: number): number[] {
  if (!Array.isArray(value)) throw new EngineInputError(field, value, 'must be an array of numbers');
  if (length !== undefined && value.length !== length) {
    throw new EngineInputError(field, value, `must have ${length} entries`);
  }
  if (value.length === 0) throw new EngineInputError(field, value, 'must not be empty');
  // A plain loop that names the field only on failure: this runs on every training step.
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'number' || !Number.isFinite(value[i])) requireFinite(`${field}[${i}]`, value[i]);
  }
  return value as number[];
}
