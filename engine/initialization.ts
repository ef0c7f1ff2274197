/**
 * Starting weights for a network of a given shape. "random" draws each weight from a normal
 * distribution with the seeded generator, scaled by the layer's fan-in (He et al. 2015 for the
 * ReLU family, LeCun 1998 for tanh, sigmoid and the linear output), so a unit's weighted sum
 * starts with a spread near 1 whatever the layer's width. "zeros" sets every weight to 0: every
 * hidden unit then computes the same thing and receives the same gradient, so they stay equal
 * for ever (the symmetry the chapter shows). Biases, where present, start at 0 in both.
 */
import { activationByName, type ActivationName } from './activations';
import { createNetwork, type LayerSpec, type Network } from './network';
import { createRandom } from './random';
import { EngineInputError, requireCount } from './validate';

export type InitScheme = 'random' | 'zeros';
const INIT_SCHEMES: readonly InitScheme[] = ['random', 'zeros'];

export interface Architecture {
  readonly inputSize: number;
  /** Units in each hidden layer, first to last. */
  readonly hidden: readonly number[];
  /** The hidden layers' activation; the single output unit is linear (a price, not a probability). */
  readonly activation: ActivationName;
  readonly biases: boolean;
}

/** The standard deviation of a random initial weight for a layer with this many inputs. */
function initialSpread(activation: ActivationName, fanIn: number): number {
  const gain = activation === 'relu' || activation === 'leaky-relu' ? 2 : 1;
  return Math.sqrt(gain / fanIn);
}

export function initializeNetwork(arch: Architecture, scheme: InitScheme, seed: number): Network {
  requireCount('inputSize', arch.inputSize);
  if (!Array.isArray(arch.hidden)) throw new EngineInputError('hidden', arch.hidden, 'must list the hidden layer sizes');
  arch.hidden.forEach((size, k) => requireCount(`hidden[${k}]`, size));
  activationByName(arch.activation);
  if (!INIT_SCHEMES.includes(scheme)) throw new EngineInputError('scheme', scheme, `must be one of ${INIT_SCHEMES.join(', ')}`);
  const random = createRandom(seed);
  const sizes = [...arch.hidden, 1];
  let fanIn = arch.inputSize;
  const layers = sizes.map((size, k): LayerSpec => {
    const activation = k < arch.hidden.length ? arch.activation : 'identity';
    const spread = initialSpread(activation, fanIn);
    const row = () => Array.from({ length: fanIn }, () => (scheme === 'zeros' ? 0 : spread * random.normal()));
    const weights = Array.from({ length: size }, row);
    fanIn = size;
    return arch.biases ? { weights, activation, biases: weights.map(() => 0) } : { weights, activation };
  });
  return createNetwork(arch.inputSize, layers);
}
