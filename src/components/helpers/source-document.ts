// The source document (data/source-document.md, a verbatim copy) rendered for /source/: its
// Markdown as written, without the chapters' math (its "$500,000 … $480,000" is money, not TeX)
// and without typographic quotes, its code blocks styled like the chapters', and every passage
// given an id and, where a chapter corrects it, a note (rehype-source-passages.ts).
import { markdownConfigDefaults, rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import text from '../../../data/source-document.md?raw';
import { rehypeCodeBlocks } from '../../markdown/rehype-code-blocks';
import { rehypeSourcePassages, type PassageMark } from '../../markdown/rehype-source-passages';

export async function renderSourceDocument(marks: ReadonlyMap<string, readonly PassageMark[]>): Promise<string> {
  const processor = unified({
    smartypants: false,
    rehypePlugins: [rehypeHeadingIds, rehypeCodeBlocks, [rehypeSourcePassages, { marks }]],
  });
  const renderer = await processor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false });
  return (await renderer.render(text)).code;
}
