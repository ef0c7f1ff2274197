/**
 * The engine's public surface in one import, for the tests. The site's components and islands
 * import the engine files they need directly, so a page's script carries only those and
 * astro.config's manualChunks can keep the training code (train, kernel) in a chunk of its own.
 */
export * from './activations';
export * from './backprop';
export * from './batches';
export * from './csv';
export * from './dataset';
export * from './format';
export * from './forward';
export * from './gradcheck';
export * from './houses';
export * from './initialization';
export * from './loss';
export * from './network';
export * from './random';
export * from './scaling';
export * from './scenarios';
export * from './sgd';
export * from './split';
export * from './train';
export * from './trainer';
export * from './validate';
