/**
 * Every quantity the site shows, one module per chapter, and the registry built from their
 * exported objects (no module registers anything by being imported).
 */
import { registryOf, type Quantity } from '../quantity';
import { coreConcepts } from './core-concepts';
import { derivativeDeepDive } from './derivative-deep-dive';
import { exercises } from './exercises';
import { gradientExplanation } from './gradient-explanation';
import { numericalExample } from './numerical-example';
import { training } from './training';

const registry = registryOf(coreConcepts, numericalExample, gradientExplanation, derivativeDeepDive, training, exercises);

export function allQuantities(): Quantity[] {
  return [...registry.values()];
}

export function quantityById(id: string): Quantity | undefined {
  return registry.get(id);
}
