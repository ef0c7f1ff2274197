// Renders an Astro component to HTML through Astro's Container API, for the component tests.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse, type HTMLElement } from 'node-html-parser';

let container: AstroContainer | undefined;

export async function render(
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown> = {},
): Promise<{ html: string; root: HTMLElement }> {
  container ??= await AstroContainer.create();
  const html = await container.renderToString(component, { props });
  // <pre> parsed as elements (node-html-parser keeps it as raw text by default), so code text can be read.
  return { html, root: parse(html, { blockTextElements: { script: true, style: true } }) };
}
