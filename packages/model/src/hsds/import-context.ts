import { describeFirstIssue } from '../issues.js';
import type { z } from 'zod';
import { idSchema } from '../common.js';
import type { Contact } from '../actor.js';
import type { OfferStatus } from '../offer.js';
import type { CountyProfile } from '../profile.js';
import type { OurAttributes } from './vocabulary.js';

/** A note of the import: something assumed, dropped or skipped, with where and why, in German and English. */
export interface ImportNote {
  /** Where in the input, e.g. `contents[0].organization`. */
  path: string;
  /** Stable code, e.g. `assumed-field-of-action`, `location-skipped`. */
  code: string;
  /** What happened and why, in German and English. */
  message: { de: string; en: string };
}

/** What the import fills in where an HSDS record lacks data our model needs. Each use is reported. */
export interface ImportFallbacks {
  /** Field of action of offers with none of ours (default `unassigned`: review them). */
  fieldOfAction: string;
  /** Kind of actors with none of ours (default `other`). */
  actorKind: string;
  /** Editorial status of offers that are not ours (default `submitted`, so staff review them). */
  status: OfferStatus;
}

/** State shared by the record mappers of one import. */
export interface ImportContext {
  language: string;
  fallbacks: ImportFallbacks;
  profile: CountyProfile | undefined;
  today: string;
  notes: ImportNote[];
  contacts: Map<string, Contact>;
  actorIdByHsdsId: Map<string, string>;
  /** Taxonomy terms of the input by id, for attributes that only name their term. */
  terms: ReadonlyMap<string, unknown>;
}

/** Records a note. */
export function note(ctx: ImportContext, path: string, code: string, de: string, en: string): void {
  ctx.notes.push({ path, code, message: { de, en } });
}

/** Our id for a foreign HSDS id: HSDS UUIDs already are valid slugs once lower-cased; anything else is slugged. */
export function ourId(attributes: OurAttributes, hsdsIdValue: string): string {
  const recorded = attributes.data('record-id');
  if (recorded && idSchema.safeParse(recorded).success) return recorded;
  const slug = hsdsIdValue
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 80);
  return slug || 'hsds-record';
}

/** Reads a JSON-valued `vielfalt-data` attribute through `schema`; a broken value is noted and ignored. */
export function dataAttribute<T extends z.ZodType>(
  ctx: ImportContext,
  attributes: OurAttributes,
  code: Parameters<OurAttributes['data']>[0],
  schema: T,
  path: string,
): z.output<T> | undefined {
  const raw = attributes.data(code);
  if (raw === undefined) return undefined;
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Plain-string terms (status, format, dates) are not JSON; the schema decides.
  }
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  const reason = describeFirstIssue(parsed.error.issues);
  note(
    ctx,
    path,
    'invalid-attribute',
    `Attribut „${code}“ hat einen ungültigen Wert und wurde ignoriert: ${reason.de}`,
    `Attribute "${code}" has an invalid value and was ignored: ${reason.en}`,
  );
  return undefined;
}

/** A text in the import language, or nothing for an empty one. */
export function localized(
  ctx: ImportContext,
  text: string | undefined,
): Record<string, string> | undefined {
  const trimmed = text?.trim();
  return trimmed ? { [ctx.language]: trimmed } : undefined;
}

/** Strips the stray quotes and spaces HSDS sources put around phone numbers; undefined if it is still no number. */
export function cleanPhone(number: string | undefined): string | undefined {
  const cleaned = number?.replace(/^["'\s]+|["'\s]+$/g, '');
  return cleaned && /^\+?[0-9 ()/-]{5,30}$/.test(cleaned) ? cleaned : undefined;
}
