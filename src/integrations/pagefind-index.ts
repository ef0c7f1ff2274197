// Indexes the built site with pagefind once Astro has written it, so `npm run build` alone
// produces a searchable site. Formulas (MathML and its TeX annotation) stay out of the index:
// flattened to text they read as "∂L∂aj=∂L∂zout×w3j" in result excerpts. The prose around each
// formula names what it computes.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['math', '[data-pagefind-ignore]'] });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
