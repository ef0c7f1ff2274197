/**
 * The build's one code highlighter, shared by every code block (CodeListing's and Markdown's):
 * shiki's core with only the grammars and the two themes the site uses, created on first use,
 * its output compacted by the token-class transformer. The full `shiki` bundle would load an
 * index of every language and theme; Astro's <Code> and its Markdown highlighter each make one.
 */
import type { Root } from 'hast';
import { createHighlighterCore, type CodeToHastOptions, type HighlighterCore } from 'shiki/core';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import json from 'shiki/langs/json.mjs';
import python from 'shiki/langs/python.mjs';
import typescript from 'shiki/langs/typescript.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';
import onigurumaWasm from 'shiki/wasm';
import { tokenClasses } from './token-classes';

// Imported, not loaded by import(): astro.config's Markdown plugin reaches this module through
// the module runner that loads the config, and that runner is closed before the pages compile.
const GRAMMARS = { ts: typescript, python, json };
export type CodeLanguage = keyof typeof GRAMMARS;

let highlighter: Promise<HighlighterCore> | undefined;

/** Code in a language without a grammar here (say a Markdown block in ```sh) is shown as plain text. */
function options(highlighter: HighlighterCore, lang: string): CodeToHastOptions {
  const known = highlighter.getLoadedLanguages().includes(lang);
  return {
    lang: known ? lang : 'text',
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: 'light',
    // No time limit per line (shiki's default is 500 ms): on a busy machine the first lines, which
    // compile the grammar, can take longer, and a line cut short in one theme's pass and not in
    // the other's pairs each token's light colour with another token's dark one.
    tokenizeTimeLimit: 0,
    transformers: [tokenClasses],
  };
}

async function loaded(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    langs: Object.values(GRAMMARS),
    themes: [githubLight, githubDark],
    engine: createOnigurumaEngine(onigurumaWasm),
  });
  return highlighter;
}

/** The code as a highlighted `<pre class="astro-code">`, HTML text. */
export async function highlightToHtml(code: string, lang: CodeLanguage): Promise<string> {
  const highlighter = await loaded();
  return highlighter.codeToHtml(code, options(highlighter, lang));
}

/** The same as a hast tree, for Markdown code blocks: `lang` is a fence's language, ts, py, json or any. */
export async function highlightToHast(code: string, lang: string): Promise<Root> {
  const highlighter = await loaded();
  return highlighter.codeToHast(code, options(highlighter, lang));
}
