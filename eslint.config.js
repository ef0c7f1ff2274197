// ESLint for the whole project (flat config): JavaScript's and typescript-eslint's recommended
// rules everywhere, eslint-plugin-astro's in .astro files. Globals follow where code runs:
// the engine gets none beyond the language (it must not touch the DOM or Node), the site's
// browser code and islands get the browser's, build code, tests and scripts get Node's.
// The MDX chapters are not linted: they hold prose and component calls, checked by the build
// and by tests/site.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'bench-results/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    files: ['src/**', 'tests/browser/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**', 'tests/**', 'scripts/**', 'data/**', 'torch/**', '*.js', '*.mjs', '*.ts'],
    ignores: ['src/browser/**', 'src/islands/**'],
    languageOptions: { globals: globals.node },
  },
);
