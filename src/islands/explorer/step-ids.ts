/**
 * The names the chapter's step links (step-links.ts) and the explorer share: the step-through's
 * element id, the event that opens a step, the URL parameter, and an equation's anchor id.
 */
export const STEPS_ID = 'nn-steps';
export const OPEN_STEP_EVENT = 'nn-open-step';
export const STEP_PARAM = 'step';
export const equationAnchor = (quantity: string) => `eq-${quantity.replaceAll('.', '-')}`;
