/**
 * Checks a reader's answer against a version: right (within the stated rounding), a known slip
 * (with its hint), or wrong (pointed to the equation). Works on the version's data alone, so
 * the island can check the page's fixed version without loading any exercise code.
 */
import { sameAnswer, type Slip, type Version } from './exercise';

export type Verdict = { readonly kind: 'right' } | { readonly kind: 'slip'; readonly slip: Slip } | { readonly kind: 'wrong' };

export function checkAnswer(version: Version, answer: number): Verdict {
  if (sameAnswer(answer, version.answer.value, version.decimals)) return { kind: 'right' };
  const slip = version.slips.find((s) => sameAnswer(answer, s.value, version.decimals));
  return slip ? { kind: 'slip', slip } : { kind: 'wrong' };
}
