// Lists a chapter's corrections in its front matter (render()'s remarkPluginFrontmatter), so that
// the source page can mark each corrected passage and link back to the correction without a
// second record of which correction corrects what (src/components/helpers/corrections.ts).
// A correction's title and passage must be plain strings: they are read here, before any
// JavaScript runs.
import type { CorrectionEntry } from '../components/helpers/correction-links';

interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
}

interface FileWithFrontmatter {
  path: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

function stringAttribute(node: MdastNode, name: string, file: FileWithFrontmatter): string {
  const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  if (typeof value !== 'string') throw new Error(`${file.path}: <Correction> needs ${name}="…" as a plain string`);
  return value;
}

export function remarkCorrectionList() {
  return (tree: MdastNode, file: FileWithFrontmatter) => {
    const corrections: CorrectionEntry[] = [];
    const visit = (node: MdastNode) => {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Correction') {
        corrections.push({ title: stringAttribute(node, 'title', file), passage: stringAttribute(node, 'passage', file) });
      }
      node.children?.forEach(visit);
    };
    visit(tree);
    if (corrections.length === 0) return;
    file.data.astro ??= {};
    file.data.astro.frontmatter = { ...file.data.astro.frontmatter, corrections };
  };
}
