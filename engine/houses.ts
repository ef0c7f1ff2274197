/**
 * The training chapter's data set: 60 houses whose price follows a stated rule plus seeded
 * noise, so the reader can compare what a network learns with the truth. The rule passes
 * through the worked example's house (2000 sq ft, 3 bedrooms, $350k) and bends: each extra
 * square foot is worth a little less than the one before. data/make-houses.mjs writes these rows
 * to data/houses-train.csv and data/houses-test.csv; a test checks the files match.
 */
import { createDataset, type Dataset } from './dataset';
import { createRandom } from './random';
import { splitDataset, type Split } from './split';
import { requireCount, requireFinite } from './validate';

/** price = base + perSqft × size − curve × size² + perBedroom × bedrooms, in $1000s. */
export const HOUSE_RULE = {
  base: 50,
  perSqft: 0.15,
  curve: 0.000015,
  perBedroom: 20,
  /** Standard deviation of the noise added to each price: houses differ in ways size and bedrooms do not capture. */
  noise: 15,
} as const;

export const HOUSE_COUNT = 60;
export const HOUSE_TEST_COUNT = 12;
const HOUSE_SEED = 14;
/** Sizes are drawn evenly from this range, rounded to 10 sq ft. */
const HOUSE_SIZE_RANGE = [800, 3200] as const;
const HOUSE_BEDROOM_RANGE = [1, 5] as const;
/** Bedrooms are drawn around size / SQFT_PER_BEDROOM with this standard deviation, then rounded. */
const SQFT_PER_BEDROOM = 700;
const BEDROOM_SPREAD = 0.7;

const HOUSE_COLUMNS = { inputs: ['size_sqft', 'bedrooms'], target: 'price_k' } as const;

/** The rule without noise: the price the network should learn. */
export function truePrice(size: number, bedrooms: number): number {
  requireFinite('size', size);
  requireFinite('bedrooms', bedrooms);
  const r = HOUSE_RULE;
  return r.base + r.perSqft * size - r.curve * size * size + r.perBedroom * bedrooms;
}

/**
 * count houses from the seed, three draws each in this order: size uniform in HOUSE_SIZE_RANGE
 * (to 10 sq ft); bedrooms near size / SQFT_PER_BEDROOM, within HOUSE_BEDROOM_RANGE; price the
 * rule plus normal noise, rounded to $100.
 */
export function generateHouses(count = HOUSE_COUNT, seed = HOUSE_SEED): Dataset {
  requireCount('count', count);
  const random = createRandom(seed);
  const [minSize, maxSize] = HOUSE_SIZE_RANGE;
  const [minBeds, maxBeds] = HOUSE_BEDROOM_RANGE;
  const rows = Array.from({ length: count }, () => {
    const size = Math.round((minSize + random.next() * (maxSize - minSize)) / 10) * 10;
    const bedrooms = Math.min(maxBeds, Math.max(minBeds, Math.round(size / SQFT_PER_BEDROOM + random.normal() * BEDROOM_SPREAD)));
    const price = Math.round((truePrice(size, bedrooms) + HOUSE_RULE.noise * random.normal()) * 10) / 10;
    return { input: [size, bedrooms], target: price };
  });
  return createDataset(HOUSE_COLUMNS.inputs, HOUSE_COLUMNS.target, rows);
}

/** The shipped split: HOUSE_TEST_COUNT houses held out, chosen with HOUSE_SEED. */
export function houseSplit(): Split {
  return splitDataset(generateHouses(), HOUSE_TEST_COUNT, HOUSE_SEED);
}
