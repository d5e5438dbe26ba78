import type { OfferInput } from '@vielfalt/model';
import type { Random } from './prng.js';

/** The editorial account of the county's integration centre that reviews offers. */
export const REVIEWER = 'ki-redaktion';

/** The day the sample describes; `lastReviewedAt` older than twelve months before it counts as stale. */
export const SAMPLE_DAY = '2026-11-01';

function day(rng: Random, fromIso: string, toIso: string): Date {
  const from = Date.parse(`${fromIso}T00:00:00Z`);
  const to = Date.parse(`${toIso}T00:00:00Z`);
  return new Date(from + Math.floor(rng.next() * ((to - from) / 86_400_000)) * 86_400_000);
}

function stamp(date: Date, hour: number): string {
  return `${date.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:${String((date.getUTCDate() * 7) % 60).padStart(2, '0')}:00Z`;
}

function plusDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/**
 * Status, history, review date and last update of an offer: mostly published, a few drafts, submissions
 * waiting for review, archived and rejected offers; review dates spread so that about a quarter are stale.
 */
export function offerLifecycle(
  rng: Random,
  providerId: string,
): Pick<OfferInput, 'status' | 'history' | 'lastReviewedAt' | 'updatedAt' | 'validUntil'> {
  const provider = `anbieter:${providerId}`;
  const roll = rng.next();
  const created = day(rng, '2023-02-01', '2026-08-31');
  const draft = { status: 'draft' as const, at: stamp(created, 9), by: provider };
  if (roll < 0.03) {
    const recent = day(rng, '2026-09-15', '2026-10-30');
    return {
      status: 'draft',
      history: [{ ...draft, at: stamp(recent, 10) }],
      updatedAt: stamp(recent, 10),
    };
  }
  const submittedAt = plusDays(created, rng.int(0, 6));
  const submitted = { status: 'submitted' as const, at: stamp(submittedAt, 11), by: provider };
  if (roll < 0.07) {
    const recent = day(rng, '2026-10-01', '2026-10-30');
    return {
      status: 'submitted',
      history: [
        { ...draft, at: stamp(recent, 9) },
        { ...submitted, at: stamp(recent, 11) },
      ],
      updatedAt: stamp(recent, 11),
    };
  }
  const decidedAt = plusDays(submittedAt, rng.int(1, 12));
  if (roll < 0.09) {
    const rejected = {
      status: 'rejected' as const,
      at: stamp(decidedAt, 14),
      by: REVIEWER,
      reason: rng.pick([
        'Kein Bezug zur Integrationsarbeit erkennbar; bitte Zielgruppe ergänzen.',
        'Doppelter Eintrag: das Angebot ist bereits unter dem Träger veröffentlicht.',
        'Kommerzielles Angebot ohne Ermäßigung; entspricht nicht den Kriterien der Datenbank.',
      ]),
    };
    return { status: 'rejected', history: [draft, submitted, rejected], updatedAt: rejected.at };
  }
  const published = { status: 'published' as const, at: stamp(decidedAt, 15), by: REVIEWER };
  const decidedDay = decidedAt.toISOString().slice(0, 10);
  // About a quarter of the offers were last reviewed more than a year before the sample day, so freshness
  // checks have something to find; the rest were reviewed within the last twelve months.
  const stale = decidedDay < '2025-10-01' && rng.chance(0.27);
  const lastReviewed = stale
    ? day(rng, decidedDay, '2025-10-31')
    : day(rng, decidedDay > '2025-11-02' ? decidedDay : '2025-11-02', '2026-10-31');
  const lastReviewedAt = (lastReviewed < decidedAt ? decidedAt : lastReviewed)
    .toISOString()
    .slice(0, 10);
  if (roll < 0.13 && decidedAt < new Date('2026-03-01')) {
    const archivedAt = day(rng, plusDays(decidedAt, 30).toISOString().slice(0, 10), '2026-10-15');
    const archived = {
      status: 'archived' as const,
      at: stamp(archivedAt, 16),
      by: rng.chance(0.5) ? provider : REVIEWER,
      reason: rng.pick([
        'Förderung ausgelaufen',
        'Kurs beendet',
        'Angebot wird nicht mehr fortgeführt',
      ]),
    };
    const reviewedBeforeArchive =
      lastReviewedAt > archived.at.slice(0, 10) ? archived.at.slice(0, 10) : lastReviewedAt;
    return {
      status: 'archived',
      history: [draft, submitted, published, archived],
      lastReviewedAt: reviewedBeforeArchive,
      updatedAt: archived.at,
      validUntil: plusDays(archivedAt, -1).toISOString().slice(0, 10),
    };
  }
  return {
    status: 'published',
    history: [draft, submitted, published],
    lastReviewedAt,
    updatedAt: stamp(new Date(`${lastReviewedAt}T00:00:00Z`), 10),
  };
}
