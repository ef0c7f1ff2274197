// How a correction and the source passage it corrects link to each other: the correction's
// anchor, made from its title, the passage ids it names, and the source page's sections. Kept
// apart from corrections.ts, which reads the chapters: Correction.astro, inside the chapters,
// uses only these.
/** What a <Correction title="…" passage="…"> says about itself, as its chapter's front matter lists it. */
export interface CorrectionEntry {
  title: string;
  /** Ids of the passages on /source/ that it corrects, separated by spaces. */
  passage: string;
}

/** The correction's anchor, from its title: "a weight is not an influence" → correction-a-weight-is-not-an-influence. */
export const correctionAnchor = (title: string): string => `correction-${slug(title)}`;

/** Words joined by hyphens, as the source page's heading ids are for plain headings ("Core Concepts Overview"). */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const SOURCE_PAGE = '/source/';

/** A section of the source document on /source/, by its heading (a chapter's front matter `follows`). */
export const sourceSectionHref = (heading: string): string => `${SOURCE_PAGE}#${slug(heading)}`;

export const passageIds = (passage: string): string[] => passage.split(/\s+/).filter(Boolean);

export const passageHref = (id: string): string => `${SOURCE_PAGE}#${id}`;
