import type { OfferKind } from '@vielfalt/model';
import type { FieldId, GroupId, PlaceId } from './vocabulary.js';
import type { ProviderType } from './providers.js';
import type { SchedulePattern } from './schedules.js';
import type { DocumentKey } from './documents.js';

/** The languages the sample translates offer texts into (besides the German original). */
export type TranslationLanguage = 'en' | 'ar' | 'uk' | 'fa' | 'tr' | 'ru';

/** A short text pair in one language. */
export interface ShortTexts {
  title: string;
  summary: string;
}

/**
 * One kind of offer as it exists in many cities (e.g. "Sprachcafé für Frauen"). The generator turns a
 * template into concrete offers per city, choosing a title and summary variant, a provider, a place and a
 * schedule. Placeholders in German texts: `{ort}` city, `{stadtteil}` district, `{traeger}` provider name.
 */
export interface OfferTemplate {
  key: string;
  /** Fields of action; the first is the one the template is listed under. */
  fields: readonly FieldId[];
  kind: OfferKind;
  titles: readonly string[];
  summaries: readonly string[];
  description: string;
  providers: readonly ProviderType[];
  groups: readonly { id: GroupId; minAge?: number; maxAge?: number }[];
  /** Languages spoken besides German that this kind of offer often has. */
  languages?: readonly string[];
  cost: CostSpec;
  format?: readonly ('on-site' | 'online' | 'hybrid')[];
  schedule: readonly SchedulePattern[];
  registration?: { required: boolean; documents?: readonly DocumentKey[] };
  /** Where it takes place when not at the provider's own address. */
  venue?: PlaceId;
  tags: readonly string[];
  /** How common this kind of offer is relative to others of its field (default 1); cricket is rarer than football. */
  weight?: number;
  /** Translations of the concept (title and summary), used for offers that are published in more languages. */
  i18n?: Partial<Record<TranslationLanguage, ShortTexts>>;
  /** "Einfache Sprache" version. */
  easy?: ShortTexts;
}

/** Cost: free, or reduced/paid with an amount and a note (German, English). */
export type CostSpec =
  | { kind: 'free'; note?: readonly [string, string] }
  | { kind: 'reduced' | 'paid'; amountEur?: number; note: readonly [string, string] };
