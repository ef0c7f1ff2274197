// A display equation as the parts a narrow screen may wrap between: "a = b = c" becomes
// "a", "= b", "= c". MathML cannot break a line by itself, so each part is typeset on its own
// and the parts flow like words (see .eq in src/styles/equations.css). Used by the Eq component
// and by rehype-wrap-equations for $$ … $$ in the chapters.

/** Splits TeX at its top-level "=" signs, the ones outside any {…} group; the sides, trimmed. */
export function splitAtEquals(tex: string): string[] {
  const sides: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === '\\')
      i++; // an escaped character (\{, \}, \=) never opens, closes or splits
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '=' && depth === 0) {
      sides.push(tex.slice(start, i).trim());
      start = i + 1;
    }
  }
  sides.push(tex.slice(start).trim());
  return sides;
}

/** TeX that display style sets differently: fractions, and big operators with limits under and over them. */
const DISPLAY_STYLED = /\\(d?frac|binom|sum|prod|int|lim|max|min)(?![a-z])/;

/**
 * The TeX of each part: the first side, then "= side" for each further one. Parts of a display
 * equation are in display style (fractions full size) although each is set as inline math; only
 * the parts that display style changes say so, since KaTeX wraps each in an <mstyle> that the
 * worked example, with 110 parts and six fractions, paid 0.56 KB gzip for.
 */
export function equationParts(sides: string[], display = true): string[] {
  return sides.map((side, i) => `${display && DISPLAY_STYLED.test(side) ? '\\displaystyle ' : ''}${i === 0 ? '' : '= '}${side}`);
}
