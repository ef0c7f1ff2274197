/**
 * Units the chapters write around a number, as the formatter places them: a house price in
 * thousands of dollars reads $300k, −$1k or ≈ $350.3k (the sign and the "≈" before the "$").
 */
export const THOUSANDS_OF_DOLLARS = { before: '$', after: 'k' } as const;
