/**
 * The training chapter's set-ups, which the source document does not have: the networks,
 * learning rates, batch sizes and run lengths whose results engine/quantities/training.ts
 * computes on the house data set (engine/houses.ts). The values were chosen to show each
 * behaviour clearly; change one and the chapter's numbers follow on the next build.
 */
import type { Architecture } from './initialization';

/** Seeds both the random initial weights and each epoch's shuffle. */
export const TRAINING_SEED = 1;

/** The chapter's main network: 2 inputs, 8 ReLU units, a linear output, with biases. */
export const chapterArchitecture: Architecture = { inputSize: 2, hidden: [8], activation: 'relu', biases: true };
export const CHAPTER_LEARNING_RATE = 0.001;
export const CHAPTER_EPOCHS = 200;

/** The mean squared error is shown term by term for this many training houses. */
export const MSE_SHOWN_ROWS = 3;

/** Full-batch, mini-batch and stochastic gradient descent, at one learning rate small enough for all three. */
export const batchComparison = { learningRate: 0.0003, miniBatch: 8, epochs: [10, 40] } as const;

/** The document's network shape (2-2-1 ReLU, no biases), on unscaled and on standardized inputs. */
export const documentArchitecture: Architecture = { inputSize: 2, hidden: [2], activation: 'relu', biases: false };
export const UNSCALED_LEARNING_RATE = 0.000001;
export const SCALING_EPOCHS = 200;

/** The learning rate on the one-dimensional loss (actual − p)², p the prediction itself. */
export const oneDimensional = {
  actual: 350,
  start: 300,
  rates: { small: 0.05, right: 0.4, large: 0.9, farTooLarge: 1.5 },
  steps: 10,
} as const;

/** The same four behaviours on the data set, full batch, with the chapter's network. */
export const dataSetRates = { small: 0.0001, right: 0.001, large: 0.002, farTooLarge: 0.01 } as const;
export const RATE_EPOCHS = 40;
/** The oscillation is shown as the lowest and highest loss over the last this-many epochs. */
export const OSCILLATION_WINDOW = 10;

/** Initialization: the chapter's set-up with tanh units, which all-zero weights leave identical. */
export const initArchitecture: Architecture = { inputSize: 2, hidden: [8], activation: 'tanh', biases: true };
