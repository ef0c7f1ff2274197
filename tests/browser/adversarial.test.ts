// Issue 10's adversarial suite in Chromium: every field of every live example is fed a generated
// corpus of bad and extreme inputs, the explorer is trained at extreme set-ups, its buttons are
// clicked in bursts, and hostile shared links are loaded. Each case asserts no page or console
// error; no NaN, ∞, undefined or "not a number" in visible text or in any SVG coordinate; a
// message beside every refused field (quoting at most 40 characters); the last good results kept
// on a refusal; and the right iteration count after a burst. Inputs are typed inside the page
// (value + input event, then one macrotask for Preact to render) so that thousands of cases take seconds.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { describeInBrowser, openPage, useBrowserSession, type OpenedPage } from '../support/browser';

// Generous: the suite opens about 60 pages, five at a time, on a shared 2-core machine.
const HYDRATION_TIMEOUT_MS = 30_000;
const counts = { fields: 0, inputs: 0, trainingRuns: 0, clickBursts: 0, sharedLinks: 0 };

/** Inputs a reader might type, from slips to the edges of what a double can hold. */
function corpus(): string[] {
  const handmade = [
    ...['', ' ', '\t', '\n', '-', '+', '.', 'e', '1e', 'e5', '--1', '+-1', '1..2', '1.2.3', '0x10', '0b1', '1/2', '½', '∞', '-∞'],
    ...['NaN', 'nan', 'Infinity', '-Infinity', 'undefined', 'null', 'true', '[]', '{}', 'abc', '1a', 'a1', '١٢٣', '１２３'],
    ...['1,5', '0,001', '1.000,5', '1,00', '1,0000', ',5', '1,', '1,,000', '01,000', '1 2', '1\n2', '12\t34', '1 000 000', '1_000'],
    ...['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '${7*7}', '%00', '\u0000', '\u202E123', '1e308e1'],
    ...['1e400', '-1e400', '1e-400', '-1e-400', '1e309', '2e308', '1.7976931348623157e308', '-1.7976931348623157e308'],
    ...['5e-324', '-5e-324', '2.2250738585072014e-308', '1e-320', '0', '-0', '0.0', '1e154', '1e155', '1e200', '1e300', '1e306'],
    'x'.repeat(10_000),
    '9'.repeat(400),
    `0.${'0'.repeat(400)}1`,
  ];
  // Powers of ten across the whole range of doubles and beyond, both signs.
  const powers = Array.from({ length: 67 }, (_, i) => `1e${i * 10 - 330}`).flatMap((p) => [p, `-${p}`, `9.99${p.slice(1)}`]);
  // Seeded junk: a fixed linear congruential sequence, so every run feeds the same strings.
  let seed = 20261201;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const alphabet = '0123456789.,eE+-−×⁻¹ \t\n_aZ%';
  const junk = Array.from({ length: 80 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
  return [...handmade, ...powers, ...junk];
}

const FORBIDDEN = /NaN|∞|Infinity|undefined|not a number/;

/**
 * Reads until `done` holds or the time is up, and returns the last reading: expect.poll cannot
 * run inside concurrent tests, and the page loads here run five at a time.
 */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Scrolls an island into view (they hydrate with client:visible) and waits until it has hydrated. */
async function hydrateAll(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')), null, {
    timeout: HYDRATION_TIMEOUT_MS,
  });
}

/** In the page: what is wrong with the visible page now (forbidden text, a non-finite SVG coordinate), or nothing. */
const pageProblems = (page: Page) =>
  page.evaluate((forbidden) => {
    const bad = new RegExp(forbidden);
    // What the reader typed may be quoted in a message; the words around it may not go wrong.
    const text = document.body.innerText.replace(/“[^”]*”/g, '“…”');
    const problems: string[] = [];
    const hit = bad.exec(text);
    if (hit) problems.push(`visible text: …${text.slice(Math.max(0, hit.index - 60), hit.index + 40)}…`);
    for (const el of document.querySelectorAll('svg *')) {
      for (const attr of ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'width', 'height', 'points']) {
        const value = el.getAttribute(attr);
        if (value && /NaN|Infinity/.test(value)) problems.push(`<${el.tagName} ${attr}="${value.slice(0, 60)}">`);
      }
    }
    return problems;
  }, FORBIDDEN.source);

/**
 * In the page: types each input into the field, one frame apart, and returns every case that
 * broke a rule: a refused input without a short message beside it, or results that changed on
 * a refusal. Ends by typing the field's first text back.
 */
const feed = (page: Page, id: string, inputs: string[]) =>
  page.evaluate(
    async ({ id, inputs }) => {
      const field = document.getElementById(id) as HTMLInputElement;
      const example = field.closest('section.nn-example')!;
      // A macrotask without setTimeout's 4 ms clamp: Preact renders in a microtask, done by then.
      const channel = new MessageChannel();
      const frame = () =>
        new Promise((resolve) => {
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(0);
        });
      // The example's results: its text outside the fields, status line and stale note.
      const results = () => {
        const walker = document.createTreeWalker(example, NodeFilter.SHOW_TEXT);
        let out = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.parentElement?.closest('.nn-field, .nn-stale, [role=status], .nn-fields label')) out += n.textContent;
        }
        return out;
      };
      const type = async (text: string) => {
        field.value = text;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
      };
      const original = field.value;
      const broken: string[] = [];
      for (const input of inputs) {
        const before = results();
        await type(input);
        const shown = input.length > 30 ? `${input.slice(0, 30)}… (${input.length} characters)` : JSON.stringify(input);
        if (field.getAttribute('aria-invalid') !== 'true') continue;
        const message = document.getElementById(`${id}-msg`)?.textContent ?? '';
        if (field.getAttribute('aria-describedby') !== `${id}-msg` || message.trim() === '')
          broken.push(`${shown}: refused without a message`);
        if (message.length > 240) broken.push(`${shown}: a message of ${message.length} characters`);
        if (results() !== before) broken.push(`${shown}: refused, but the results changed`);
      }
      await type(original);
      return broken;
    },
    { id, inputs },
  );

describeInBrowser('adversarial: live examples never break', () => {
  const session = useBrowserSession();
  const opened: OpenedPage[] = [];
  const open = async (path: string) => {
    const o = await openPage(session(), path);
    opened.push(o);
    await hydrateAll(o.page);
    return o;
  };
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.context.close()));
    console.log(
      `[adversarial] fields: ${counts.fields} fields × the corpus = ${counts.inputs} inputs; training runs: ${counts.trainingRuns}; ` +
        `click bursts: ${counts.clickBursts}; shared links: ${counts.sharedLinks}`,
    );
  });

  const inputs = corpus();
  test('the corpus holds at least 300 bad and extreme inputs', () => {
    expect(new Set(inputs).size).toBeGreaterThanOrEqual(300);
  });

  describe('every field of every live example', () => {
    test.each(['/core-concepts/', '/gradient-explanation/', '/derivative-deep-dive/', '/numerical-example/'])(
      '%s',
      async (path) => {
        const { page, errors } = await open(path);
        // The explorer shows b₁–b₃ only with biases on: switched on, every field is there.
        await page
          .locator('.nn-explorer input[type=checkbox]')
          .check({ timeout: 1000 })
          .catch(() => undefined);
        const ids = await page.locator('section.nn-example input[type=text]').evaluateAll((els) => els.map((e) => e.id));
        expect(ids.length).toBeGreaterThan(0);
        const broken: string[] = [];
        for (const id of ids) {
          broken.push(...(await feed(page, id, inputs)).map((b) => `${id}: ${b}`));
          counts.fields++;
          counts.inputs += inputs.length;
        }
        expect(broken.slice(0, 20)).toEqual([]);
        expect(await pageProblems(page)).toEqual([]);
        expect(errors).toEqual([]);
      },
      // The explorer's fields take 27 s on an idle machine and over 90 s on CI beside other suites.
      300_000,
    );
  });

  describe('the explorer at extreme set-ups', () => {
    const explorerUrl = (query: string) => `/numerical-example/?${query}`;
    /** Opens the explorer with the set-up, runs `steps` steps, and returns the banner and page problems. */
    async function run(query: string, steps: number) {
      const { page, errors } = await open(explorerUrl(query));
      await page.fill('#explorer-steps', String(steps));
      await page.click('.nn-explorer button:has-text("Run ")');
      await until(
        () => page.locator('.nn-explorer .nn-result').innerText(),
        (t) => /iteration/.test(t),
      );
      const banner = (await page.locator('.nn-explorer .nn-outcome').allInnerTexts()).join(' ');
      counts.trainingRuns++;
      return { banner, problems: await pageProblems(page), errors };
    }

    test.each([
      // From issue 10: each once showed −∞, "not a number" or "stalled" for a run that overflowed.
      { query: 'lr=1e300', steps: 1, banner: /diverged at iteration 1: after update 1, layer 1 neuron 1’s weighted sum/ },
      { query: 'w12=1e150', steps: 1, banner: /before any update, the gradients’ size/ },
      // hand: w₁₁ = 0.001 − 10²⁰⁰ × 46,000,000 ≈ −4.6 × 10²⁰⁷, so z₁ ≈ −9.2 × 10²¹⁰: finite, and ReLU is dead.
      { query: 'lr=1e200', steps: 1, banner: /stalled at iteration 1: dead ReLU/ },
      { query: 'lr=1e100', steps: 10, banner: /stalled at iteration 1: dead ReLU/ },
      { query: 'lr=0.001', steps: 100, banner: /diverged|stalled|^$/ },
      { query: 'lr=1e-7', steps: 1000, banner: /stalled/ },
      { query: 'x1=1e150&lr=1e-7', steps: 3, banner: /diverged/ },
      { query: 'w31=1e-300&w32=1e-300', steps: 100, banner: /.*/ },
      { query: 'y=1e300', steps: 1, banner: /.*/ },
      { query: 'x1=5e-324&x2=5e-324', steps: 1000, banner: /.*/ },
    ])(
      '$query, $steps step(s): no broken text, and the banner says $banner',
      { concurrent: true, timeout: 90_000 },
      async ({ query, steps, banner }) => {
        const result = await run(query, steps);
        expect(result.banner).toMatch(banner);
        expect(result.banner).not.toMatch(/stalled.*−|−∞/);
        expect(result.problems).toEqual([]);
        expect(result.errors).toEqual([]);
      },
    );
  });

  describe('buttons clicked in bursts', () => {
    const iteration = async (page: Page) => {
      const text = await page.locator('.nn-explorer .nn-result').innerText();
      return Number(/iteration ([\d,]+)/.exec(text)?.[1]?.replaceAll(',', '') ?? 0);
    };

    test('every button, 20 clicks at once, leaves nothing broken', { timeout: 120_000 }, async () => {
      const { page, errors } = await open('/numerical-example/');
      // By position, not by label: the step-through's ◀ and ▶ may have no text of their own.
      const buttons = page.locator('.nn-explorer button');
      const total = await buttons.count();
      for (let i = 0; i < total && i < (await buttons.count()); i++) {
        await buttons.nth(i).evaluate((b: HTMLButtonElement) => Array.from({ length: 20 }, () => b.click()));
        await page.waitForTimeout(300);
        counts.clickBursts++;
      }
      expect(await pageProblems(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    // Every click counts: the explorer queues runs, so a burst ends at the sum of its clicks.
    test('a double click on "Run 100 steps" gives iteration 200', async () => {
      const { page } = await open('/numerical-example/?lr=1e-9');
      await page.dblclick('.nn-explorer button:text-is("Run 100 steps")');
      counts.clickBursts++;
      await expect.poll(() => iteration(page), { timeout: 5000 }).toBe(200);
    });

    test('200 clicks on "Run 1 step" give iteration 200', async () => {
      const { page } = await open('/numerical-example/?lr=1e-9');
      await page.fill('#explorer-steps', '1');
      await page
        .locator('.nn-explorer button:text-is("Run 1 step")')
        .evaluate((b: HTMLButtonElement) => Array.from({ length: 200 }, () => b.click()));
      counts.clickBursts++;
      await expect.poll(() => iteration(page), { timeout: 5000 }).toBe(200);
    });
  });

  describe('hostile shared links', () => {
    // 8,000 characters: a 100 KB address never reaches a page, since servers (Node's, which serves
    // the tests, among them) refuse request heads over 16 KB before any script runs.
    const HUGE = 'x'.repeat(8_000);
    const base = 'x1=2000&x2=3&y=350&w11=0.001&w12=10&w21=0.002&w22=5&w31=20&w32=15&lr=0.0000001';
    // Each loads without an error or broken text, and any note beside the explorer stays short.
    const safe = [
      'x1=abc',
      'x1=',
      'x1=NaN',
      'x1=Infinity',
      'x1=-Infinity',
      'x1=1e400',
      'lr=-1',
      'lr=0',
      'lr=1e400',
      'lr=1e306',
      'lr=1e302',
      'lr=1e300',
      'w11=1e308&w12=1e308',
      'w12=1e150',
      'x1=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'x1=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'x1=%00',
      'x1=%E2%80%AE123',
      'x1=1,5',
      'x1=0,001',
      'x1=1.000,5',
      'x1=1%202',
      'x1=1%0A2',
      'x1=12%0934',
      'b1=1e308',
      'b1=abc&b2=1&b3=2',
      `${base}&lr=1e308`,
      `${base}&x1=-1e308`,
      'y=-1e308',
      'x2=5e-324',
      '%',
      '%%%',
      '&&&',
      '=1',
      'x1',
      `x1=${'9'.repeat(400)}`,
      'x1=0x10',
      'w31=1e-400',
    ];
    // What issue 10 asks of the note and the URL: every unknown, repeated or dropped parameter named, shortened.
    const named = [
      { query: 'foo=bar', names: ['foo'], gone: 'foo' },
      { query: 'X1=1000', names: ['X1'], gone: 'X1' },
      { query: 'x1=1000&x1=3000', names: ['x1'], gone: '3000' },
      { query: `x1=${HUGE}`, names: ['x1'], gone: 'xxxxxxxx' },
      { query: `${HUGE}=1`, names: [], gone: 'xxxxxxxx' },
      { query: 'x1=1e-400', names: ['x1'], gone: '1e-400' },
    ];

    const note = (page: Page) => page.locator('.nn-explorer .nn-banner-note');

    test.each(safe)('?%s', { concurrent: true, timeout: 90_000 }, async (query) => {
      const { page, errors } = await open(`/numerical-example/?${query}`);
      counts.sharedLinks++;
      expect(await pageProblems(page)).toEqual([]);
      if (await note(page).count()) expect((await note(page).boundingBox())!.height).toBeLessThan(400);
      expect(errors).toEqual([]);
    });

    test.each(named)(
      '?$query: the note names $names, stays short, and the URL drops $gone',
      { concurrent: true, timeout: 90_000 },
      async ({ query, names, gone }) => {
        const { page, errors } = await open(`/numerical-example/?${query}`);
        counts.sharedLinks++;
        expect(
          await until(
            () => note(page).count(),
            (n) => n === 1,
          ),
        ).toBe(1);
        const said = await note(page).innerText();
        // The note names a field by its label (x₁, w₁₂), an unknown parameter as it was written.
        const subscripted = (name: string) => name.replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]!);
        for (const name of names) expect(said.includes(name) || said.includes(subscripted(name)), `${name} in "${said}"`).toBe(true);
        expect(said.length).toBeLessThan(400);
        expect(
          await until(
            async () => new URL(page.url()).search,
            (q) => !q.includes(gone),
          ),
        ).not.toContain(gone);
        expect(await pageProblems(page)).toEqual([]);
        expect(errors).toEqual([]);
      },
    );
  });
});
