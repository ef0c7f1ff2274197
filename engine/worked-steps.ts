/**
 * Where the numerical-example chapter shows the number a step of the worked example's graph
 * computes: step id → quantity id. The explorer links each step to that place in the text and
 * back; tests/engine/graph.test.ts proves that at the document's set-up each pair is one value.
 * Ids only, so the explorer does not load the chapter's quantities.
 */
import { WEIGHT_NAMES } from './parameters';

export const STEP_QUANTITIES: Readonly<Record<string, string>> = {
  p11: 'house.p11',
  p12: 'house.p12',
  z1: 'house.z1',
  a1: 'house.a1',
  p21: 'house.p21',
  p22: 'house.p22',
  z2: 'house.z2',
  a2: 'house.a2',
  p31: 'house.a1w31',
  p32: 'house.a2w32',
  zout: 'house.zOut',
  prediction: 'house.prediction',
  error: 'house.error',
  loss: 'house.loss',
  // The chapter's ∂L/∂z_out is the same 1150 as ∂L/∂ŷ: the output has no activation.
  'd-zout': 'house.dOut',
  'd-a1': 'house.da1',
  'd-a2': 'house.da2',
  'd-z1': 'house.dz1',
  'd-z2': 'house.dz2',
  ...Object.fromEntries(
    WEIGHT_NAMES.flatMap((w) => [[`d-${w}`, `house.dW${w.slice(1)}`] as const, [`new-${w}`, `house.new.${w}`] as const]),
  ),
};

/**
 * Steps whose number the chapter shows inside another quantity's equation rather than in one of
 * its own (z₁ = 2 + 30 = 32 shows w₁₁x₁ and w₁₂x₂): the equation a step's back link returns to.
 */
const SHOWN_INSIDE: Readonly<Record<string, string>> = {
  p11: 'house.z1',
  p12: 'house.z1',
  p21: 'house.z2',
  p22: 'house.z2',
  p31: 'house.zOut',
  p32: 'house.zOut',
  prediction: 'house.zOut',
  error: 'house.loss',
};

/** The quantity whose equation in the chapter shows this step's number, if one does. */
export const stepEquation = (step: string): string | undefined => SHOWN_INSIDE[step] ?? STEP_QUANTITIES[step];
