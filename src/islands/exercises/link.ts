/**
 * Links to one version of an exercise: ?exercise-ID=SEED#exercise-ID. A query per exercise, so
 * that several on a page keep their own numbers; the hash scrolls to the exercise.
 */
const param = (id: string) => `exercise-${id}`;

/** The seed a link asks for, if it names one in digits (the engine refuses one it cannot draw). */
export function seedInLink(id: string): number | undefined {
  const text = new URLSearchParams(location.search).get(param(id));
  return text !== null && /^\d{1,10}$/.test(text) ? Number(text) : undefined;
}

/** The page's address with this exercise's seed set, every other part kept. */
export function linkTo(id: string, seed: number): string {
  const url = new URL(location.href);
  url.searchParams.set(param(id), String(seed));
  url.hash = param(id);
  return url.pathname + url.search + url.hash;
}
