// Site build: MDX chapters from content/, Preact islands, KaTeX at build time, code highlighted
// by shiki in two themes, and a pagefind index written after every build.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { pagefindIndex } from './src/integrations/pagefind-index';
import { preactIslands } from './src/integrations/preact-islands';
import { tokenColours } from './src/integrations/token-colours';
import { rehypeCodeBlocks } from './src/markdown/rehype-code-blocks';
import { rehypeExampleSkipLinks } from './src/markdown/rehype-example-skip-links';
import { rehypeFormulaText } from './src/markdown/rehype-formula-text';
import { rehypeHeadingLinks } from './src/markdown/rehype-heading-links';
import { rehypeHeadingQuantities } from './src/markdown/rehype-heading-quantities';
import { rehypeNoBreak } from './src/markdown/rehype-no-break';
import { rehypeScrollBoxes } from './src/markdown/rehype-scroll-boxes';
import { rehypeSlimMathml } from './src/markdown/rehype-slim-mathml';
import { rehypeTableLabels } from './src/markdown/rehype-table-labels';
import { rehypeWrapEquations } from './src/markdown/rehype-wrap-equations';
import { remarkCorrectionList } from './src/markdown/remark-correction-list';

// The live examples' shared pieces and the engine they use go in one chunk: as a dozen
// small files each gzipped alone they cost about 0.7 KB more on an island page. The
// explorer's training code (train, kernel) stays apart, fetched on the first step; so does
// what only the explorer uses (its computational graph and the parameter names), the
// exercises' generators and checker, fetched when a reader starts an exercise, and the
// training playground's code (data sets, CSV, scaling, batches, trainer). The plot stays
// apart too: the explorer draws one only after a run, and its page has the least room.
//
// Two small modules ride with a script that already loads them, each a request fewer
// (about 0.2 KB of headers each): Vite's dynamic-import helper with the search button's
// script, which every page loads, and the step-through's names (step-ids.ts) with the
// chapter's step links, which the explorer's page loads before the explorer itself.
const ISLANDS_SHARED = /\/(src\/islands\/shared|engine)\//;
const ISLANDS_APART =
  /\/shared\/Plot\.tsx$|\/engine\/((train|kernel|gradcheck|graph|parameters|worked-steps|trainer|batches|csv|dataset|houses|initialization|scaling|split|random|training-scenarios)\.ts$|exercises\/)/;
/** The chunk a module of the browser build goes in; undefined leaves it to the bundler. */
function chunkOf(id) {
  if (/preload-helper|SearchButton\.astro\?astro&type=script/.test(id)) return 'search-button';
  if (/\/explorer\/(step-ids\.ts|StepLinks\.astro\?astro&type=script)/.test(id)) return 'step-links';
  if (ISLANDS_SHARED.test(id) && !ISLANDS_APART.test(id)) return 'islands';
  return undefined;
}

export default defineConfig({
  site: 'https://nn-concepts.example',
  trailingSlash: 'always',
  integrations: [mdx(), preactIslands(), pagefindIndex()],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkCorrectionList],
      rehypePlugins: [
        rehypeTableLabels,
        rehypeFormulaText,
        rehypeWrapEquations,
        [rehypeKatex, { output: 'mathml' }],
        rehypeSlimMathml,
        rehypeNoBreak,
        // After KaTeX: remark-math writes display math as <pre><code class="language-math"> too.
        rehypeCodeBlocks,
        rehypeHeadingQuantities,
        rehypeHeadingIds,
        rehypeHeadingLinks,
        rehypeScrollBoxes,
        rehypeExampleSkipLinks,
      ],
    }),
    // Code blocks go through rehypeCodeBlocks, the highlighter the code listings use.
    syntaxHighlight: false,
  },
  build: { inlineStylesheets: 'auto' },
  vite: {
    plugins: [tokenColours],
    // The islands' JSX, compiled by Vite itself (see src/integrations/preact-islands.ts).
    // development: false always, because oxc otherwise follows NODE_ENV, and vitest (which builds
    // the site for the tests) sets NODE_ENV=test: the islands then ship jsxDEV calls carrying
    // absolute source paths, about 0.6 KB gzip more per page than the site readers get.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
    build: {
      rollupOptions: {
        // Astro's MDX integration marks every chapter with a "use astro:head-inject" directive
        // that Astro itself reads before bundling; rolldown warns that it may not keep it, which
        // is harmless and Astro's own open bug (withastro/astro#18087).
        //
        // And a chapter that renders a live example's first state at build time imports what the
        // example loads on first use (the training chapter, playground/session.ts): in the server
        // build, which never reaches a reader, that dynamic import cannot make a chunk of its own,
        // and rolldown warns. The browser build does split it (session-*.js).
        //
        // Only those two messages are dropped; onLog hands every other one on.
        onLog(level, log, handle) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /statically imported by .*content\/[\w-]+\.mdx/.test(log.message)) return;
          handle(level, log);
        },
        output: {
          manualChunks: chunkOf,
        },
      },
    },
  },
});
