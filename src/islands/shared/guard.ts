/**
 * Runs an island's computation on candidate values and turns failure into a message for the
 * reader: an EngineInputError (a value the engine refuses) or a result that overflowed to a
 * non-finite number. The island keeps its last good state whenever a message comes back.
 */
import { EngineInputError } from '../../../engine/validate';

export type Guarded<T> = { readonly ok: true; readonly result: T } | { readonly ok: false; readonly message: string };

const OVERFLOW_MESSAGE = 'The result is too large to compute (it overflows); try a smaller value.';

/** `compute` returns its result and the numbers in it that must stay finite. */
export function guard<T>(compute: () => { result: T; check: readonly number[] }): Guarded<T> {
  try {
    const { result, check } = compute();
    if (!check.every(Number.isFinite)) return { ok: false, message: OVERFLOW_MESSAGE };
    return { ok: true, result };
  } catch (error) {
    if (error instanceof EngineInputError) return { ok: false, message: `This value ${error.reason}.` };
    throw error;
  }
}
