/** The engine's public surface, for the live examples and anything else outside engine/. */
export * from './activations';
export * from './backprop';
export * from './format';
export * from './forward';
export * from './gradcheck';
export * from './loss';
export * from './network';
export * from './random';
export * from './scenarios';
export * from './sgd';
export * from './train';
export * from './validate';
