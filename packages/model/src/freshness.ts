import type { Offer, OfferInput } from './offer.js';

/** The day an offer was last looked at by a person: its review date, else its last status change or edit. */
function lastSeen(offer: Offer | OfferInput): string | undefined {
  return offer.lastReviewedAt ?? offer.history?.at(-1)?.at ?? offer.updatedAt;
}

/**
 * Whether nobody has checked an offer for more than `maxAgeMonths` calendar months before `now` (default 12),
 * judged by `lastReviewedAt`, else the last status change, else `updatedAt`. An offer never checked is stale.
 *
 * @example
 * isStale({ ...offer, lastReviewedAt: '2025-01-10' }, new Date('2026-02-01')); // true
 */
export function isStale(offer: Offer | OfferInput, now: Date, maxAgeMonths = 12): boolean {
  const seen = lastSeen(offer);
  if (seen === undefined) return true;
  const due = new Date(Date.parse(seen.length === 10 ? `${seen}T00:00:00Z` : seen));
  if (Number.isNaN(due.getTime())) return true;
  due.setUTCMonth(due.getUTCMonth() + maxAgeMonths);
  return now.getTime() > due.getTime();
}
