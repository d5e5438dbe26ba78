import { expect, test } from 'vitest';
import { isStale, offerSchema, type Offer } from './index.js';
import { testDataset } from './test-dataset.js';

function offer(change: Partial<Offer>): Offer {
  return { ...offerSchema.parse(testDataset().offers?.[0]), ...change };
}

test('an offer reviewed within the last twelve months is fresh, after that stale', () => {
  const reviewed = offer({ lastReviewedAt: '2025-03-15' });
  expect(isStale(reviewed, new Date('2026-03-15T00:00:00Z'))).toBe(false);
  expect(isStale(reviewed, new Date('2026-03-16T00:00:00Z'))).toBe(true);
});

test('the allowed age is configurable', () => {
  const reviewed = offer({ lastReviewedAt: '2026-01-10' });
  expect(isStale(reviewed, new Date('2026-06-01T00:00:00Z'), 6)).toBe(false);
  expect(isStale(reviewed, new Date('2026-08-01T00:00:00Z'), 6)).toBe(true);
});

test('without a review date the last status change counts, then updatedAt; never checked means stale', () => {
  const { lastReviewedAt: _, ...unreviewed } = offer({});
  expect(isStale(unreviewed, new Date('2026-12-01T00:00:00Z'))).toBe(false); // published 2026-01-03
  expect(
    isStale(
      { ...unreviewed, history: [], updatedAt: '2024-05-01T08:00:00Z' },
      new Date('2026-01-01'),
    ),
  ).toBe(true);
  expect(isStale({ ...unreviewed, history: [] }, new Date('2026-01-01'))).toBe(true);
});
