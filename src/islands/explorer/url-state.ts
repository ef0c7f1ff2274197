/**
 * The explorer's set-up and current step in the page's query string, so a reader can share
 * exactly what they see: ?x1=2000&…&lr=1e-7&step=d-w11 (b1, b2, b3 only when biases are on; no
 * step on the first one). A link with bad, unknown, repeated or missing values loads the
 * document's value for each of them and its note names every one.
 */
import { BIAS_NAMES } from '../../../engine/parameters';
import { parseNumber } from '../shared/parse-number';
import { STEP_PARAM } from './step-ids';
import { keysOf, LABELS, NUMBER_KEYS, valueRule, type NumberKey, type Setup } from './setup';

export interface Ignored {
  /** The parameter as the link spells it, shortened. */
  readonly name: string;
  readonly reason: string;
}

export interface Decoded {
  readonly setup: Setup;
  /** The step the link names, if it names one that exists. */
  readonly step: string | undefined;
  /** True when the link holds anything but a step: a plain chapter link, or one to a step, does not. */
  readonly shared: boolean;
  readonly ignored: readonly Ignored[];
  readonly missing: readonly NumberKey[];
}

/** What a note quotes of a link: at most about 40 characters of it. */
const QUOTE_MAX = 40;
const shorten = (text: string) => (text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text);

/** The query string for a set-up and step: empty for the document's own set-up at the first step. */
export function encodeState(setup: Setup, doc: Setup, step: string | undefined): string {
  const keys = keysOf(setup.biases);
  const same = setup.biases === doc.biases && keys.every((k) => setup.values[k] === doc.values[k]);
  const entries: [string, string][] = same ? [] : keys.map((k) => [k, String(setup.values[k])]);
  if (step) entries.push([STEP_PARAM, step]);
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}

export function decodeState(search: string, doc: Setup, stepIds: readonly string[]): Decoded {
  const params = new URLSearchParams(search);
  const known = new Set<string>([...NUMBER_KEYS, STEP_PARAM]);
  const biases = BIAS_NAMES.some((k) => params.has(k));
  const shared = [...params.keys()].some((name) => name !== STEP_PARAM);
  const ignored: Ignored[] = [];
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) ignored.push({ name: shorten(name), reason: 'not a parameter of this example' });
    else if (params.getAll(name).length > 1) ignored.push({ name, reason: `given ${params.getAll(name).length} times; the first is used` });
  }
  const missing: NumberKey[] = [];
  const values = { ...doc.values };
  const numbersShared = NUMBER_KEYS.some((k) => params.has(k));
  for (const key of keysOf(biases)) {
    const raw = params.get(key);
    if (raw === null) {
      if (numbersShared) missing.push(key);
      continue;
    }
    const parsed = parseNumber(raw);
    const rule = parsed.ok ? valueRule(key, parsed.value) : undefined;
    if (!parsed.ok) ignored.push({ name: LABELS[key], reason: shorten(parsed.message) });
    else if (rule) ignored.push({ name: LABELS[key], reason: rule });
    else values[key] = parsed.value;
  }
  const rawStep = params.get(STEP_PARAM);
  const step = rawStep !== null && stepIds.includes(rawStep) ? rawStep : undefined;
  if (rawStep !== null && !step) ignored.push({ name: 'step', reason: `“${shorten(rawStep)}” is not a step of this example` });
  return { setup: { values, biases }, step, shared, ignored, missing };
}

/** What the explorer tells a reader who opened a shared link: what it could not use. */
export function sharedLinkNote({ ignored, missing }: Decoded, usable: boolean): string {
  if (!usable) return 'The shared link’s values overflow the computation, so all were ignored: these are the document’s values.';
  const parts = [
    ignored.length ? `Ignored from the shared link: ${ignored.map((i) => `${i.name} (${i.reason.replace(/\.$/, '')})`).join('; ')}.` : '',
    missing.length ? `Not in the link: ${missing.map((k) => LABELS[k]).join(', ')}.` : '',
  ].join(' ');
  return parts.trim() ? `${parts.trim()} The document’s values are used for these.` : 'Loaded the set-up from the shared link.';
}
