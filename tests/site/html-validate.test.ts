// Every built page is valid HTML by html-validate's recommended and whole-document presets
// (the latter adds labels on inputs, heading levels and id references). .htmlvalidate.json
// relaxes only what a renderer writes and no configuration changes:
// - no-inline-style allows what Astro's shiki code blocks write inline: color and
//   background-color, and the dark theme's colours as custom properties (--shiki-dark…). Any
//   other inline style is an error; data a stylesheet needs can travel in a custom property.
//   (KaTeX's HTML output would need its positioning styles too; the site uses MathML only.)
// - void-style is off: Preact's server renderer writes <input/>, Astro's templates <meta>, and
//   both are valid HTML;
// - <style> counts as flow content: Astro writes its island style
//   (astro-island{display:contents}) into the body, just before the first island;
// - require-sri applies to other origins only: Astro's same-origin bundles carry no integrity
//   attribute, and the site loads nothing from elsewhere.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { expect, test } from 'vitest';
import { builtPages } from '../support/site-files';

const config = JSON.parse(readFileSync(resolve('.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);
const EXAMPLES_PER_RULE = 3;

/** One line per rule: how often it fired, its message, and where its first few hits are. */
function summarise(messages: Message[]): string[] {
  const byRule = Map.groupBy(messages, (m) => m.ruleId);
  return [...byRule].map(([rule, hits]) => {
    const where = hits.slice(0, EXAMPLES_PER_RULE).map((m) => `${m.line}:${m.column} ${m.selector ?? ''}`.trim());
    return `${rule} ×${hits.length}: ${hits[0]!.message} — ${where.join(' | ')}`;
  });
}

test.each(builtPages().map((p) => [p.path, p.file] as const))('%s is valid HTML', async (_path, file) => {
  const report = await validator.validateFile(file);
  const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
  expect(summarise(errors)).toEqual([]);
});
