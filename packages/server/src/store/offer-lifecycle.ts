import type { Offer, OfferStatus } from '@vielfalt/model';
import { StoreError } from './errors.js';
import type { ReviewState, VersionState } from './records.js';

/** The part of a stored offer the review rules look at. */
export interface ReviewPosition {
  status: OfferStatus;
  reviewState: ReviewState;
  latestVersion: number;
  latestState: VersionState;
  publishedVersion: number | null;
}

/** The moves of the review workflow. */
export type ReviewMove = 'submit' | 'approve' | 'reject' | 'archive' | 'confirm';

function illegal(
  move: ReviewMove,
  position: ReviewPosition,
  why: { de: string; en: string },
): StoreError {
  return new StoreError('illegal-transition', {
    de: `„${move}“ ist nicht möglich (Status ${position.status}, Prüfung ${position.reviewState}): ${why.de}`,
    en: `"${move}" is not possible (status ${position.status}, review ${position.reviewState}): ${why.en}`,
  });
}

/**
 * Checks a move of the review workflow and says where it leads. Published offers stay published
 * while a newer version waits for review; only approval replaces what the public sees.
 */
export function reviewMove(
  move: ReviewMove,
  position: ReviewPosition,
  version?: number,
): { status: OfferStatus; reviewState: ReviewState; versionState?: VersionState } {
  const published = position.publishedVersion !== null && position.status === 'published';
  switch (move) {
    case 'submit':
      if (position.latestState !== 'draft') {
        throw illegal(move, position, {
          de: 'nur ein Entwurf kann eingereicht werden.',
          en: 'only a draft can be submitted.',
        });
      }
      return {
        status: published || position.status === 'archived' ? position.status : 'submitted',
        reviewState: 'submitted',
        versionState: 'submitted',
      };
    case 'approve':
    case 'reject':
      if (position.latestState !== 'submitted') {
        throw illegal(move, position, {
          de: 'es wartet keine eingereichte Fassung auf Prüfung.',
          en: 'no submitted version waits for review.',
        });
      }
      if (version !== position.latestVersion) {
        throw illegal(move, position, {
          de: `geprüft werden kann nur die neueste Fassung ${position.latestVersion}, nicht ${String(version)}.`,
          en: `only the newest version ${position.latestVersion} can be reviewed, not ${String(version)}.`,
        });
      }
      return move === 'approve'
        ? { status: 'published', reviewState: 'none', versionState: 'approved' }
        : {
            status: published || position.status === 'archived' ? position.status : 'rejected',
            reviewState: 'rejected',
            versionState: 'rejected',
          };
    case 'archive':
      if (position.status === 'archived') {
        throw illegal(move, position, {
          de: 'das Angebot ist schon archiviert.',
          en: 'the offer is archived already.',
        });
      }
      return { status: 'archived', reviewState: position.reviewState };
    case 'confirm':
      if (!published) {
        throw illegal(move, position, {
          de: 'nur veröffentlichte Angebote können bestätigt werden.',
          en: 'only published offers can be confirmed.',
        });
      }
      return { status: position.status, reviewState: position.reviewState };
  }
}

/** Status of an offer after a new version is saved. */
export function statusAfterSave(position: ReviewPosition | undefined): OfferStatus {
  if (!position) return 'draft';
  return position.publishedVersion !== null && position.status === 'published'
    ? 'published'
    : position.status === 'archived'
      ? 'archived'
      : 'draft';
}

/**
 * PostgreSQL text cannot hold NUL, and no control character helps a search: an offer stored before input was
 * checked for them must still be publishable, so they become spaces in its search text.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** The words a search looks at: titles, summaries, descriptions in every language, tags. */
export function searchText(offer: Offer): string {
  const parts: string[] = [];
  for (const texts of Object.values(offer.texts))
    parts.push(texts.title, texts.summary, texts.description ?? '');
  if (offer.easyLanguage) parts.push(offer.easyLanguage.title, offer.easyLanguage.summary);
  parts.push(...offer.tags);
  return parts.filter(Boolean).join(' \n').replace(CONTROLS, ' ');
}

/** A list as `,a,b,` so that `LIKE '%,a,%'` finds a member in both SQL dialects. */
export function memberList(values: readonly string[]): string {
  return values.length ? `,${values.join(',')},` : '';
}
