/**
 * The explorer's set-up in the page's query string, so a reader can share exactly what they
 * see: ?x1=2000&x2=3&y=350&w11=0.001&…&lr=1e-7 (b1, b2, b3 only when biases are on). A link
 * with bad or missing values loads the document's value for each of them and says which.
 */
import { parseNumber } from '../shared/parse-number';
import { BIAS_NAMES } from '../../../engine/parameters';
import { keysOf, LABELS, NUMBER_KEYS, valueRule, type NumberKey, type Setup } from './setup';

export interface Ignored {
  readonly key: NumberKey;
  readonly reason: string;
}

export interface Decoded {
  readonly setup: Setup;
  /** True when the link holds any set-up value at all: a plain chapter link does not. */
  readonly shared: boolean;
  readonly ignored: readonly Ignored[];
  readonly missing: readonly NumberKey[];
}

/** The query string for a set-up: empty when it is the document's own. */
export function encodeSetup(setup: Setup, doc: Setup): string {
  const keys = keysOf(setup.biases);
  const same = setup.biases === doc.biases && keys.every((k) => setup.values[k] === doc.values[k]);
  if (same) return '';
  return `?${new URLSearchParams(keys.map((k) => [k, String(setup.values[k])])).toString()}`;
}

export function decodeSetup(search: string, doc: Setup): Decoded {
  const params = new URLSearchParams(search);
  const biases = BIAS_NAMES.some((k) => params.has(k));
  const wanted = keysOf(biases);
  const shared = NUMBER_KEYS.some((k) => params.has(k));
  const ignored: Ignored[] = [];
  const missing: NumberKey[] = [];
  const values = { ...doc.values };
  for (const key of wanted) {
    const raw = params.get(key);
    if (raw === null) {
      if (shared) missing.push(key);
      continue;
    }
    const parsed = parseNumber(raw);
    const rule = parsed.ok ? valueRule(key, parsed.value) : undefined;
    if (!parsed.ok) ignored.push({ key, reason: parsed.message });
    else if (rule) ignored.push({ key, reason: rule });
    else values[key] = parsed.value;
  }
  return { setup: { values, biases }, shared, ignored, missing };
}

/** What the explorer tells a reader who opened a shared link: which values it could not use. */
export function sharedLinkNote({ ignored, missing }: Decoded, usable: boolean): string {
  if (!usable) return 'The shared link’s values overflow the computation, so all were ignored: these are the document’s values.';
  const parts = [
    ignored.length
      ? `Ignored from the shared link: ${ignored.map((i) => `${LABELS[i.key]} (${i.reason.replace(/\.$/, '')})`).join('; ')}.`
      : '',
    missing.length ? `Not in the link: ${missing.map((k) => LABELS[k]).join(', ')}.` : '',
  ].join(' ');
  return parts.trim() ? `${parts.trim()} The document’s values are used for these.` : 'Loaded the set-up from the shared link.';
}
