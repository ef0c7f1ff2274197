/**
 * Seeded shuffling and mini-batches. Each epoch visits every training row once, in an order
 * drawn from the seeded generator, cut into batches of batchSize rows (the last one may be
 * smaller): batchSize = all rows is full-batch gradient descent, 1 is stochastic.
 */
import type { Random } from './random';
import { requireCount } from './validate';

/** 0 … count − 1 in a random order (Fisher–Yates: each of the count! orders equally likely). */
export function shuffledIndices(count: number, random: Random): number[] {
  requireCount('count', count, 0);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** One epoch's batches: the shuffled row numbers cut into runs of batchSize. */
export function miniBatches(count: number, batchSize: number, random: Random): number[][] {
  requireCount('count', count);
  requireCount('batchSize', batchSize);
  const order = shuffledIndices(count, random);
  const batches: number[][] = [];
  for (let start = 0; start < count; start += batchSize) batches.push(order.slice(start, start + batchSize));
  return batches;
}
