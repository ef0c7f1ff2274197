// Renders an Astro component to HTML through Astro's Container API, for the component tests.
import preactRenderer from '@astrojs/preact/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';

let container: AstroContainer | undefined;

export async function render(
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown> = {},
): Promise<{ html: string; root: HTMLElement }> {
  if (!container) {
    // Preact, for the figures drawn by a Preact component at build time (NetworkDiagram.astro).
    container = await AstroContainer.create();
    container.addServerRenderer({ name: '@astrojs/preact', renderer: preactRenderer });
  }
  const html = await container.renderToString(component, { props });
  // <pre> parsed as elements (node-html-parser keeps it as raw text by default), so code text can be read.
  return { html, root: parse(html, { blockTextElements: { script: true, style: true } }) };
}
