// Runs a call that must be rejected and returns the EngineInputError it threw, so a test can
// check which field the error names (toThrow alone would accept any error).
import { expect } from 'vitest';
import { EngineInputError } from '../../../engine';

export function rejection(call: () => unknown): EngineInputError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineInputError);
    return error as EngineInputError;
  }
  throw new Error('expected an EngineInputError, but the call returned normally');
}
