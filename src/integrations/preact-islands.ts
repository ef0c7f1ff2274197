// The Preact renderer for the islands, without what `astro build` never uses.
// - A build registers @astrojs/preact's renderer and its options module, and nothing more:
//   @astrojs/preact's own setup imports @preact/preset-vite, which loads Babel and prefresh (about
//   0.7 s of a cold build's CPU) for plugins that do nothing in a build (prefresh and devtools
//   skip it) or that this site replaces (the JSX transform is Vite's own, oxc, configured in
//   astro.config.mjs; the optimizer list only a dev server reads).
// - The dev server gets the whole integration, hot reload included, with the same two changes as
//   before: JSX by oxc, not by Babel over every island file, and no dependency pre-bundling of
//   the renderer beyond what Vite finds itself.
import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import type { AstroIntegration } from 'astro';
import type { Plugin, PluginOption } from 'vite';

const BABEL_JSX_PLUGIN = 'vite:preact-jsx';
// Its one job without `compat` is to list the client's dependencies for pre-bundling.
const PREBUNDLE_PLUGIN = '@astrojs/preact:environment';

/** The renderer's options module: which files are Preact's. All JSX here is, so it lists none. */
const OPTIONS_ID = 'astro:preact:opts';
const rendererOptions: Plugin = {
  name: 'preact-islands:options',
  resolveId: (id) => (id === OPTIONS_ID ? `\0${OPTIONS_ID}` : undefined),
  load: (id) => (id === `\0${OPTIONS_ID}` ? 'export default {}' : undefined),
};

function withoutBabelOrPrebundling(plugins: PluginOption[]): PluginOption[] {
  return plugins.flatMap((plugin): PluginOption[] => {
    if (Array.isArray(plugin)) return [withoutBabelOrPrebundling(plugin)];
    if (plugin && typeof plugin === 'object' && 'name' in plugin) {
      if (plugin.name === BABEL_JSX_PLUGIN) return [{ ...plugin, transform: undefined }];
      if (plugin.name === PREBUNDLE_PLUGIN) return [];
    }
    return [plugin];
  });
}

export function preactIslands(): AstroIntegration {
  return {
    name: '@astrojs/preact',
    hooks: {
      'astro:config:setup': async (options) => {
        if (options.command !== 'dev') {
          options.addRenderer(getContainerRenderer());
          options.updateConfig({ vite: { plugins: [rendererOptions] } });
          return;
        }
        const { default: preact } = await import('@astrojs/preact');
        await preact().hooks['astro:config:setup']!({
          ...options,
          updateConfig: (config) =>
            options.updateConfig({ ...config, vite: { ...config.vite, plugins: withoutBabelOrPrebundling(config.vite?.plugins ?? []) } }),
        });
      },
    },
  };
}
