// Indexes the built site with pagefind once Astro has written it, so `npm run build` alone
// produces a searchable site. Formulas are MathML; their TeX annotation (and KaTeX's HTML copy,
// should the output mode ever include it) stays out of the index, or each formula would show
// up twice in result excerpts.
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export function pagefindIndex() {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.katex-html', 'annotation', '[data-pagefind-ignore]'] });
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
