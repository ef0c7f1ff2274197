// The part of pagefind's browser API (/pagefind/pagefind.js, written at build time) that
// search.ts uses. Pagefind ships no types for it.
export interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
  /** Word positions of the matches on the page. */
  locations: number[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
}

export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title: string };
  sub_results: PagefindSection[];
}

export interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  debouncedSearch(query: string, options: object, debounceMs: number): Promise<{ results: { data(): Promise<PagefindPage> }[] } | null>;
}
