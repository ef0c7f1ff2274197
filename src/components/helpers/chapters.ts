// The chapters in reading order, with their URLs: used by the chapter route, the navigation and the home page.
import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

export async function chaptersInOrder(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => a.data.order - b.data.order);
}

export function chapterHref(chapter: Chapter): string {
  return `/${chapter.id}/`;
}
