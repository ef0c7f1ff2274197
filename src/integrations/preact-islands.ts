// The Preact renderer for the islands: @astrojs/preact's renderer (with the server check of
// preact-server.ts) and its options module, and nothing more. @astrojs/preact's own setup
// imports @preact/preset-vite, which loads Babel and prefresh (a cold build paid for loading
// them) for plugins a build does not use: prefresh and the devtools skip it, the JSX transform
// is Vite's own (oxc, configured in astro.config.mjs) instead of Babel over every island file,
// and its list of dependencies to pre-bundle is only read by a dev server. The cost of leaving
// them out: `npm run dev` reloads the page when an island changes, instead of swapping the
// component in place.
import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The renderer's options module: which files are Preact's. All JSX here is, so it lists none. */
const OPTIONS_ID = 'astro:preact:opts';
const rendererOptions: Plugin = {
  name: 'preact-islands:options',
  resolveId: (id) => (id === OPTIONS_ID ? `\0${OPTIONS_ID}` : undefined),
  load: (id) => (id === `\0${OPTIONS_ID}` ? 'export default {}' : undefined),
};

export function preactIslands(): AstroIntegration {
  return {
    name: '@astrojs/preact',
    hooks: {
      'astro:config:setup': ({ addRenderer, updateConfig }) => {
        addRenderer({ ...getContainerRenderer(), serverEntrypoint: new URL('./preact-server.ts', import.meta.url) });
        updateConfig({ vite: { plugins: [rendererOptions] } });
      },
    },
  };
}
