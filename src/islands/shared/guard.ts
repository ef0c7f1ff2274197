/**
 * Runs an island's computation on candidate values and turns failure into a short reason for
 * beside the field: an EngineInputError (a value the engine refuses) or a result shown on the
 * page that is not a finite number (it overflowed, or became NaN on the way). The island keeps
 * its last good state whenever a message comes back. island-cycle.ts runs every edit through it.
 */
import { EngineInputError } from '../../../engine/validate';

export type Guarded<T> = { readonly ok: true; readonly result: T } | { readonly ok: false; readonly message: string };

/**
 * The numbers shown from a result, each that must be finite, grouped under what a reader would
 * call them ("the loss"), so a refusal can say which one overflowed.
 */
export type Shown = { readonly [what: string]: number | readonly number[] };

/** `compute` returns its result and the numbers shown from it. */
export function guard<T>(compute: () => { result: T; check: Shown }): Guarded<T> {
  try {
    const { result, check } = compute();
    for (const [what, values] of Object.entries(check)) {
      const all = typeof values === 'number' ? [values] : values;
      if (!all.every(Number.isFinite)) return { ok: false, message: `Too large: ${what} would overflow.` };
    }
    return { ok: true, result };
  } catch (error) {
    if (error instanceof EngineInputError) return { ok: false, message: `This value ${error.reason}.` };
    throw error;
  }
}
