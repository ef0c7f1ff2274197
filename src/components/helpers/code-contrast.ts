/**
 * The two token colours of github-light and github-dark that fail WCAG AA (4.5:1) on their own
 * backgrounds, swapped for near ones that pass: github-light's orange for parameters (#E36209,
 * 3.5:1 on #fff) and github-dark's grey for comments (#6A737D, 3.0:1 on #24292e). Applied by
 * the token-class transformer (token-classes.ts) to every token before it is given a class.
 */

/** Light colours arrive as `color:`, dark ones as `--shiki-dark:` (shiki's dual-theme output). */
const REPLACEMENTS: Record<'color' | '--shiki-dark', Record<string, string>> = {
  // #B35000: 5.2:1 on #fff.
  color: { '#E36209': '#B35000' },
  // #959DA5: 5.3:1 on #24292e.
  '--shiki-dark': { '#6A737D': '#959DA5' },
};

/** A shiki token's style attribute with its failing colours replaced. */
export function accessibleCodeColours(style: string): string {
  // (?<![-\w]) keeps background-color and --shiki-dark-bg out.
  return style.replace(/(?<![-\w])(color|--shiki-dark):(#[0-9A-Fa-f]{6})\b/g, (match, property: keyof typeof REPLACEMENTS, hex: string) => {
    const swap = REPLACEMENTS[property][hex.toUpperCase()];
    return swap ? `${property}:${swap}` : match;
  });
}
