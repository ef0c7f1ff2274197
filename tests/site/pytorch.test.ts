// Every number on every built page against PyTorch: each script in pytorch/ (one per chapter,
// plain PyTorch with autograd, not a port of the engine) prints the chapter's numbers keyed by
// quantity id, and every data-q on the site must carry that value. A chapter joins by adding
// its script; nothing here names a chapter. Without PyTorch a local run skips with the reason;
// in CI (CI=true) its absence is a failure.
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  agrees,
  FINITE_DIFFERENCE_TOLERANCE,
  mergeOutputs,
  RELATIVE_TOLERANCE,
  scriptOutput,
  type IndependentValues,
  type ScriptOutput,
} from '../../src/components/helpers/independent-checks';
import { builtPages } from '../support/site-files';

const PYTHON = '/usr/bin/python3';
const DIR = 'pytorch';
const scripts = readdirSync(DIR)
  .filter((f) => f.endsWith('.py'))
  .map((f) => basename(f, '.py'))
  .sort();

const probe = spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' });
const reason = probe.error ? `${PYTHON} not found` : probe.status !== 0 ? `${PYTHON} has no torch` : '';
if (reason && process.env.CI) {
  throw new Error(`PyTorch checks cannot run: ${reason}; .ci/run installs it with apt-get install python3-torch`);
}
if (reason) console.warn(`[PyTorch checks skipped] ${reason} (apt-get install python3-torch)`);

const tagged = builtPages()
  .filter((p) => p.path !== '/ledger/')
  .flatMap((page) =>
    page.root.querySelectorAll('[data-q]').map((el) => ({
      page: page.path,
      id: el.getAttribute('data-q')!,
      value: Number(el.getAttribute('data-value')),
    })),
  );
const shownIds = [...new Set(tagged.map((t) => t.id))];

(reason ? describe.skip : describe)('every number on the site, against PyTorch', () => {
  const fresh: Record<string, ScriptOutput> = {};
  let independent: IndependentValues;

  // One process per script, all at once: each takes about a second on an idle machine, most of it
  // importing torch, but ten times that when the whole suite (browsers included) shares two cores;
  // hence the five-minute limit.
  beforeAll(async () => {
    const run = promisify(execFile);
    const printed = await Promise.all(scripts.map((s) => run(PYTHON, [join(DIR, `${s}.py`)], { maxBuffer: 1 << 20 })));
    scripts.forEach((s, i) => (fresh[s] = scriptOutput(JSON.parse(printed[i]!.stdout), s)));
    independent = mergeOutputs(fresh);
  }, 300_000);

  test('there is a script for each chapter', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(4);
  });

  test('the output committed beside each script, which the pages and the ledger show, is what it prints', () => {
    const stale = scripts.filter((s) => {
      const committed = JSON.parse(readFileSync(join(DIR, 'output', `${s}.json`), 'utf8')) as unknown;
      return JSON.stringify(scriptOutput(committed, s)) !== JSON.stringify(fresh[s]);
    });
    expect(stale, `refresh with: for s in ${stale.join(' ')}; do ${PYTHON} ${DIR}/$s.py > ${DIR}/output/$s.json; done`).toEqual([]);
  });

  test('every data-q on every page has a PyTorch value, and carries it', () => {
    const missing = shownIds.filter((id) => !independent.pytorch.has(id));
    const wrong = tagged.flatMap(({ page, id, value }) => {
      const want = independent.pytorch.get(id);
      if (!want || agrees(value, want.value, RELATIVE_TOLERANCE, want.absoluteTolerance)) return [];
      return [`${page}: ${id} is ${value} on the page, PyTorch (pytorch/${want.script}.py) says ${want.value}`];
    });
    const failing = new Set([...missing, ...wrong.map((w) => w.split(' ')[1])]);
    console.log(`[PyTorch] ${shownIds.length - failing.size} of ${shownIds.length} quantities on the built pages agree with PyTorch`);
    expect(missing.map((id) => `${id} has no PyTorch value`)).toEqual([]);
    expect([...new Set(wrong)]).toEqual([]);
  });

  test('every gradient a script measures by finite differences agrees with the page', () => {
    const wrong = tagged.flatMap(({ page, id, value }) => {
      const fd = independent.finiteDifferences.get(id);
      return !fd || agrees(value, fd.value, FINITE_DIFFERENCE_TOLERANCE)
        ? []
        : [`${page}: ${id} is ${value}, the finite difference ${fd.value}`];
    });
    expect(independent.finiteDifferences.size).toBeGreaterThan(0);
    expect([...new Set(wrong)]).toEqual([]);
  });

  test('every id a script prints is shown on some page', () => {
    const shown = new Set(shownIds);
    const unknown = [...independent.pytorch.keys(), ...independent.finiteDifferences.keys()].filter((id) => !shown.has(id));
    expect(unknown).toEqual([]);
  });
});
