// @astrojs/preact with one change: the islands' JSX is compiled by Vite's own transform (oxc,
// configured in astro.config.mjs) instead of Babel. The integration always hands Preact's Vite
// plugin a Babel config, and that plugin then runs Babel over every island file for JSX alone:
// about a sixth of the cold build's CPU time. Everything else (the renderer, hydration, the
// plugin's config hook) is the integration's own.
import preact from '@astrojs/preact';
import type { AstroIntegration } from 'astro';
import type { PluginOption } from 'vite';

const BABEL_JSX_PLUGIN = 'vite:preact-jsx';

function withoutBabel(plugins: PluginOption[]): PluginOption[] {
  return plugins.map((plugin) => {
    if (Array.isArray(plugin)) return withoutBabel(plugin);
    if (plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === BABEL_JSX_PLUGIN)
      return { ...plugin, transform: undefined };
    return plugin;
  });
}

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
            options.updateConfig({ ...config, vite: { ...config.vite, plugins: withoutBabel(config.vite?.plugins ?? []) } }),
        }),
    },
  };
}
