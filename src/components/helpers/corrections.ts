// The chapters' corrections as the source page needs them: where each one is (its chapter and
// anchor) and which passages of the source document it corrects. Each chapter's <Correction>
// elements are the one record: remark-correction-list.ts copies their title and passage into the
// chapter's front matter, and Correction.astro renders the same anchor from the same title.
import { render } from 'astro:content';
import { chapterHref, chaptersInOrder } from './chapters';
import { correctionAnchor, passageIds, type CorrectionEntry } from './correction-links';

export interface CorrectionRef {
  title: string;
  chapterTitle: string;
  href: string;
  passages: string[];
}

/** Every correction in the chapters, in reading order. */
export async function allCorrections(): Promise<CorrectionRef[]> {
  const chapters = await chaptersInOrder();
  const perChapter = await Promise.all(
    chapters.map(async (chapter) => {
      const { remarkPluginFrontmatter } = await render(chapter);
      const entries = (remarkPluginFrontmatter.corrections ?? []) as CorrectionEntry[];
      return entries.map((c) => ({
        title: c.title,
        chapterTitle: chapter.data.title,
        href: `${chapterHref(chapter)}#${correctionAnchor(c.title)}`,
        passages: passageIds(c.passage),
      }));
    }),
  );
  return perChapter.flat();
}
