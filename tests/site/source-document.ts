// The source document as the tests read it: the repository's copy (data/source-document.md),
// never the source page's rendering of it, and the one way both sides are compared.
import { readFileSync } from 'node:fs';

export const SOURCE_TEXT = readFileSync('data/source-document.md', 'utf8');

/**
 * Text reduced to what a reader compares: one kind of quote mark (the chapters write typographic
 * quotes, the document straight ones), ASCII minus, d for ∂, no . , ! : ; and one space for any
 * run of white space, in lower case.
 */
export function comparable(text: string): string {
  return text
    .replace(/[“”‘’'"]/g, '"')
    .replace(/−/g, '-')
    .replace(/∂/g, 'd')
    .replace(/[.,!:;]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The document's text without its Markdown marks: emphasis, code ticks, heading hashes, link targets. */
export const sourceWithoutMarks = comparable(
  SOURCE_TEXT.replace(/\*\*|\*|`/g, '')
    .replace(/^#+ /gm, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'),
);
