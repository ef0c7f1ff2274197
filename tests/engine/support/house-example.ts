// The document's worked example run through the engine once: step 1 (forward), step 3 (backward)
// and step 4 (one SGD update). Several test files check different parts of the same run.
import { backward, forward, houseNetwork, housePrice, sgdStep } from '../../../engine';

export const houseNet = houseNetwork(housePrice);
export const houseTrace = forward(houseNet, housePrice.input);
export const houseGrads = backward(houseNet, houseTrace, [housePrice.target], housePrice.loss);
export const houseUpdate = sgdStep(houseNet, houseGrads, housePrice.learningRate);
