// The training chapter's learning-rate figures, read from the built HTML (drawn at build time,
// no JavaScript). The steps on the one-dimensional loss are checked against a hand calculation:
// p ← p + 2η(actual − p) with actual = 350 from p₀ = 300 gives, at η = 0.9, 300 + 1.8 × 50 = 390,
// 390 − 1.8 × 40 = 318, 318 + 1.8 × 32 = 375.6; at η = 1.5, 300 + 3 × 50 = 450, 450 − 3 × 100 = 150,
// 150 + 3 × 200 = 750.
import { expect, test } from 'vitest';
import { builtPage } from '../support/site-files';

const figures = () => builtPage('/training/').root.querySelectorAll('figure.tp-figure');
const label = (svg: { getAttribute(name: string): string | undefined }) => (svg.getAttribute('aria-label') ?? '').replaceAll('\u202F', ' ');

test('the one-dimensional loss shows the oscillating and the diverging steps, as calculated by hand', () => {
  const [oneD] = figures();
  const labels = oneD!.querySelectorAll('svg[role="img"]').map(label);
  expect(labels).toHaveLength(2);
  expect(labels[0]).toContain('η = 0.9: 300 → 390 → 318 → 375.6');
  expect(labels[1]).toContain('η = 1.5: 300 → 450 → 150 → 750');
});

test('on the houses, the diverging run stops before the last epoch and the other three run to it', () => {
  const [, rates] = figures();
  const paths = rates!.querySelectorAll('svg svg path').map((p) => (p.getAttribute('d') ?? '').split(/[ML]/).filter(Boolean).length);
  expect(paths).toHaveLength(4);
  const [small, right, large, far] = paths;
  expect(new Set([small, right, large]).size).toBe(1);
  expect(far).toBeLessThan(small!);
  expect(label(rates!.querySelector('svg[role="img"]')!)).toMatch(/η = 0\.01, diverges, overflows at step \d+/);
});
