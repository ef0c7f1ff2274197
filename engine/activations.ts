/**
 * Activation functions, each beside its derivative. Used by forward (f) and backprop (df);
 * the live activation example plots both.
 */
import { EngineInputError } from './validate';

export type ActivationName = 'identity' | 'relu' | 'leaky-relu' | 'sigmoid' | 'tanh';

export interface Activation {
  readonly name: ActivationName;
  readonly label: string;
  readonly f: (z: number) => number;
  /** df/dz at z. */
  readonly df: (z: number) => number;
  /** The input where the function has a kink (a point without a derivative), which gradient checks must avoid; absent for smooth functions. */
  readonly kinkAt?: number;
}

/** Leaky ReLU's slope for negative inputs; 0.01 is the common default (PyTorch, Keras). */
export const LEAKY_RELU_SLOPE = 0.01;

export const identity: Activation = { name: 'identity', label: 'identity', f: (z) => z, df: () => 1 };

/**
 * ReLU's derivative at exactly 0 is taken as 0, the choice PyTorch and TensorFlow make:
 * a unit whose weighted sum is exactly 0 passes no gradient back.
 */
export const relu: Activation = {
  name: 'relu',
  label: 'ReLU',
  f: (z) => (z > 0 ? z : 0),
  df: (z) => (z > 0 ? 1 : 0),
  kinkAt: 0,
};

export const leakyRelu: Activation = {
  name: 'leaky-relu',
  label: 'leaky ReLU',
  f: (z) => (z > 0 ? z : LEAKY_RELU_SLOPE * z),
  df: (z) => (z > 0 ? 1 : LEAKY_RELU_SLOPE),
  kinkAt: 0,
};

export const sigmoid: Activation = {
  name: 'sigmoid',
  label: 'sigmoid',
  f: (z) => 1 / (1 + Math.exp(-z)),
  df: (z) => {
    const s = 1 / (1 + Math.exp(-z));
    return s * (1 - s);
  },
};

export const tanh: Activation = {
  name: 'tanh',
  label: 'tanh',
  f: (z) => Math.tanh(z),
  df: (z) => {
    const t = Math.tanh(z);
    return 1 - t * t;
  },
};

export const ACTIVATIONS: Readonly<Record<ActivationName, Activation>> = {
  identity,
  relu,
  'leaky-relu': leakyRelu,
  sigmoid,
  tanh,
};

export const ACTIVATION_NAMES = Object.keys(ACTIVATIONS) as ActivationName[];

export function activationByName(name: unknown, field = 'activation'): Activation {
  if (typeof name === 'string' && Object.hasOwn(ACTIVATIONS, name)) return ACTIVATIONS[name as ActivationName];
  throw new EngineInputError(field, name, `must be one of ${ACTIVATION_NAMES.join(', ')}`);
}
