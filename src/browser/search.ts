// The search dialog's behaviour, imported by search-opener.ts on first use: queries pagefind
// and lists the matching sections, best first, each linking to its heading's anchor with the
// terms highlighted.
import type { Pagefind, PagefindPage, PagefindSection } from './pagefind';
// A URL, not a stylesheet import: Astro would put an imported stylesheet in every page.
import stylesUrl from './search.css?url';

/** Pages searched and sections shown: more is noise in a five-chapter site. */
const MAX_PAGES = 5;
const MAX_HITS = 8;
/** Pagefind's own excerpt length, in words. */
const EXCERPT_WORDS = 22;
/** Wait for a pause in typing before searching. */
const DEBOUNCE_MS = 100;
// A variable, so the bundler leaves this URL alone: pagefind writes it after the build.
const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: EXCERPT_WORDS });
    return pf;
  });
  return pagefind;
}

/** How well a section matches: the sum of pagefind's scores for the query words found in it. */
const sectionScore = (s: PagefindSection) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);

/** Whether the section holds the query's words side by side ("learning rate", not "rate … learning"). */
function holdsPhrase(s: PagefindSection, words: number): boolean {
  const at = new Set(s.locations);
  return s.locations.some((start) => Array.from({ length: words }, (_, k) => start + k).every((l) => at.has(l)));
}

export interface Hit {
  url: string;
  page: string;
  section: string;
  excerpt: string;
}

/**
 * Correction notes (src/components/Correction.astro, anchors "correction-…") discuss where the
 * source document goes wrong; they mention a term often, but the text that teaches it should
 * come first.
 */
const isCorrection = (s: PagefindSection) => new URL(s.url, location.href).hash.startsWith('#correction-');

/**
 * Sections, best first, across the pages pagefind found: a section holding the whole query as a
 * phrase before one holding its words apart, teaching text before correction notes, then by
 * pagefind's score. Ranking sections rather than pages puts the section that explains a term
 * above a long page that merely mentions it often.
 */
function rankSections(pages: PagefindPage[], query: string): Hit[] {
  const words = query.split(/\s+/).length;
  return pages
    .flatMap((page) =>
      page.sub_results.map((s) => ({ page, s, phrase: holdsPhrase(s, words), note: isCorrection(s), score: sectionScore(s) })),
    )
    .sort((a, b) => Number(b.phrase) - Number(a.phrase) || Number(a.note) - Number(b.note) || b.score - a.score)
    .slice(0, MAX_HITS)
    .map(({ page, s }) => ({ url: s.url, page: page.meta.title, section: s.title, excerpt: s.excerpt }));
}

function hitItem(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  const a = li.appendChild(document.createElement('a'));
  a.href = hit.url;
  const where = a.appendChild(document.createElement('span'));
  where.className = 'where';
  where.textContent = hit.section === hit.page ? hit.page : `${hit.page} › ${hit.section}`;
  const excerpt = a.appendChild(document.createElement('span'));
  excerpt.className = 'excerpt';
  // Pagefind's excerpt is escaped page text with <mark> around the matched words.
  excerpt.innerHTML = hit.excerpt;
  return li;
}

function wire(dialog: HTMLDialogElement) {
  const input = dialog.querySelector('input')!;
  const status = dialog.querySelector('.search-status')!;
  const list = dialog.querySelector('.search-results')!;

  input.addEventListener('input', async () => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await (await loadPagefind()).debouncedSearch(query, {}, DEBOUNCE_MS);
    if (!search) return; // a newer query replaced this one
    const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((r) => r.data()));
    const hits = rankSections(pages, query);
    list.replaceChildren(...hits.map(hitItem));
    status.textContent = hits.length ? `${hits.length} sections match “${query}”` : `Nothing matches “${query}”`;
  });
  // Enter (or Go) opens the best match.
  dialog.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector('a')?.click();
  });
  // A result on the current page only changes the hash: close the dialog so the section shows.
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) dialog.close();
  });
  dialog.querySelector('.search-close')!.addEventListener('click', () => dialog.close());
}

let styles: Promise<unknown> | undefined;
/** The dialog's styles, fetched on first use like this module, so a page that is only read never loads them. */
function loadStyles(): Promise<unknown> {
  styles ??= new Promise((done) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesUrl });
    // Opens either way: an unstyled dialog still searches.
    link.addEventListener('load', done);
    link.addEventListener('error', done);
    document.head.append(link);
  });
  return styles;
}

export async function open() {
  const dialog = document.querySelector<HTMLDialogElement>('#search');
  if (!dialog) return;
  await loadStyles();
  if (!dialog.dataset['wired']) {
    wire(dialog);
    dialog.dataset['wired'] = 'true';
  }
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')!.select();
  void loadPagefind();
}
