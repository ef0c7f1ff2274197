// Site build: MDX chapters from content/, Preact islands, KaTeX at build time, shiki in two
// themes, and a pagefind index written after every build.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { pagefindIndex } from './src/lib/pagefind-integration.mjs';

export default defineConfig({
  site: 'https://nn-concepts.example',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), pagefindIndex()],
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  build: { inlineStylesheets: 'auto' },
});
