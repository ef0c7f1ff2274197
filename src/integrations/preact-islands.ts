// @astrojs/preact with two changes for `astro build`:
// - the islands' JSX is compiled by Vite's own transform (oxc, configured in astro.config.mjs)
//   instead of Babel. The integration always hands Preact's Vite plugin a Babel config, and that
//   plugin then runs Babel over every island file for JSX alone: about a sixth of the cold build's
//   CPU time.
// - no dependency pre-bundling: the integration and Preact's plugin list preact and its renderer
//   for Vite's optimizer, which only a dev server uses, yet the temporary server `astro build`
//   starts to sync content ran it too (rolldown bundling them, over a second on this machine).
// Everything else (the renderer, hydration, the plugins' other hooks) is the integration's own.
import preact from '@astrojs/preact';
import type { AstroIntegration } from 'astro';
import type { Plugin, PluginOption } from 'vite';

const BABEL_JSX_PLUGIN = 'vite:preact-jsx';
// Its one job without `compat` is to list the client's dependencies for pre-bundling.
const PREBUNDLE_PLUGIN = '@astrojs/preact:environment';

function forBuild(plugins: PluginOption[]): PluginOption[] {
  return plugins.flatMap((plugin): PluginOption[] => {
    if (Array.isArray(plugin)) return [forBuild(plugin)];
    if (plugin && typeof plugin === 'object' && 'name' in plugin) {
      if (plugin.name === BABEL_JSX_PLUGIN) return [{ ...plugin, transform: undefined }];
      if (plugin.name === PREBUNDLE_PLUGIN) return [];
    }
    return [plugin];
  });
}

/** Empties the optimizer's list after every plugin has added to it (a post plugin's config hook sees the merged config). */
const noPrebundling: Plugin = {
  name: 'preact-islands:no-prebundling',
  enforce: 'post',
  config(config) {
    config.optimizeDeps = { ...config.optimizeDeps, include: [] };
  },
};

export function preactIslands(): AstroIntegration {
  const integration = preact();
  const setup = integration.hooks['astro:config:setup']!;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (options) =>
        setup({
          ...options,
          updateConfig: (config) =>
            options.updateConfig(
              options.command === 'build'
                ? {
                    ...config,
                    vite: { ...config.vite, optimizeDeps: {}, plugins: [...forBuild(config.vite?.plugins ?? []), noPrebundling] },
                  }
                : { ...config, vite: { ...config.vite, plugins: forBuild(config.vite?.plugins ?? []) } },
            ),
        }),
    },
  };
}
