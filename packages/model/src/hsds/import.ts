import { describeFirstIssue } from '../issues.js';
import type { z } from 'zod';
import type { Actor } from '../actor.js';
import { DATASET_SCHEMA_VERSION, type Dataset } from '../dataset.js';
import type { Offer } from '../offer.js';
import type { CountyProfile } from '../profile.js';
import { collectHsds, type RawRecord } from './collect.js';
import { importOrganization } from './import-actor.js';
import {
  note,
  type ImportContext,
  type ImportFallbacks,
  type ImportNote,
} from './import-context.js';
import { importService, type ServiceWithLocations } from './import-offer.js';
import {
  hsdsLocationSchema,
  hsdsOrganizationSchema,
  hsdsServiceAtLocationSchema,
  hsdsServiceSchema,
} from './schema.js';
import { unmappedFields, type UnmappedField } from './unmapped.js';

/** Options of {@link importHsds}. */
export interface HsdsImportOptions {
  /** Profile id of the new dataset, and its municipalities to place foreign locations by city name. */
  profile?: CountyProfile;
  /** Language of the HSDS texts (default: the profile's default language, else `de`). */
  language?: string;
  /** What to fill in where foreign records lack data our model requires. */
  fallbacks?: Partial<ImportFallbacks>;
  /** The day the import runs (recorded as the consent date of imported contacts); default today. */
  today?: string;
  /** Called every hundred services and at the end, e.g. to draw a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** What an HSDS import could not carry over, and what it assumed or skipped. */
export interface HsdsImportReport {
  /** Fields of the input our model has no place for, each with its path. */
  unmapped: UnmappedField[];
  /** Assumptions, dropped values and skipped records, with reasons in German and English. */
  notes: ImportNote[];
  /** Counts of what was read and what became part of the dataset. */
  counts: {
    services: number;
    organizations: number;
    offers: number;
    actors: number;
    contacts: number;
  };
}

/** A dataset made from HSDS, with its report. */
export interface HsdsImportResult {
  /** The imported dataset; check it with `validateDataset` against the county profile. */
  dataset: Dataset;
  /** What could not be mapped, and what was assumed or skipped. */
  report: HsdsImportReport;
}

const placeholderProviderId = 'unbekannter-traeger';

function parseRecord<T extends z.ZodType>(
  schema: T,
  record: RawRecord,
  kind: string,
  ctx: ImportContext,
): z.output<T> | undefined {
  const parsed = schema.safeParse(record.value, { reportInput: true });
  if (parsed.success) return parsed.data;
  const reason = describeFirstIssue(parsed.error.issues);
  note(
    ctx,
    record.path,
    `invalid-${kind}`,
    `Kein gültiger HSDS-Datensatz (${kind}), übersprungen: ${reason.de}`,
    `Not a valid HSDS ${kind} record, skipped: ${reason.en}`,
  );
  return undefined;
}

/**
 * Reads HSDS 3.0 JSON (a single record, a list, a page of the HSDS API, the tabular form, or our own
 * export) into a dataset. Records we exported come back field for field (our data travels in attributes);
 * foreign records get what HSDS can tell, plus noted fallbacks. Nothing is silently dropped: every field
 * without a place in our model is listed in `report.unmapped`.
 */
export function importHsds(input: unknown, options: HsdsImportOptions = {}): HsdsImportResult {
  const { profile } = options;
  const ctx: ImportContext = {
    language: options.language ?? profile?.defaultLanguage ?? 'de',
    fallbacks: {
      fieldOfAction: 'unassigned',
      actorKind: 'other',
      status: 'submitted',
      ...options.fallbacks,
    },
    profile,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    notes: [],
    contacts: new Map(),
    actorIdByHsdsId: new Map(),
    terms: new Map(),
  };
  const collected = collectHsds(input);
  ctx.terms = collected.terms;
  const unmapped: UnmappedField[] = [];
  const check = (schema: z.ZodType, record: RawRecord, kind: string) =>
    unmapped.push(...unmappedFields(schema, record.value, record.path, kind));

  const actors = new Map<string, Actor>();
  for (const record of collected.organizations) {
    check(hsdsOrganizationSchema, record, 'organization');
    const organization = parseRecord(hsdsOrganizationSchema, record, 'organization', ctx);
    const actor =
      organization && !ctx.actorIdByHsdsId.has(organization.id)
        ? importOrganization(organization, ctx, record.path)
        : undefined;
    if (actor && !actors.has(actor.id)) actors.set(actor.id, actor);
  }

  const locations = new Map(
    [...collected.locations].map(([id, record]) => {
      check(hsdsLocationSchema, record, 'location');
      return [
        id,
        { path: record.path, location: parseRecord(hsdsLocationSchema, record, 'location', ctx) },
      ] as const;
    }),
  );
  const topLevelLinks = collected.serviceAtLocations.flatMap((record) => {
    check(hsdsServiceAtLocationSchema, record, 'service_at_location');
    const link = parseRecord(hsdsServiceAtLocationSchema, record, 'service_at_location', ctx);
    return link ? [{ link, path: record.path }] : [];
  });

  const offers = new Map<string, Offer>();
  const seenServices = new Set<string>();
  const total = collected.services.length;
  for (const [index, record] of collected.services.entries()) {
    if (index % 100 === 0) options.onProgress?.(index, total);
    check(hsdsServiceSchema, record, 'service');
    const service = parseRecord(hsdsServiceSchema, record, 'service', ctx);
    if (!service || seenServices.has(service.id)) continue;
    seenServices.add(service.id);
    const nested = (service.service_at_locations ?? []).map((link, index) => ({
      link,
      path: `${record.path}.service_at_locations[${index}]`,
    }));
    const links: ServiceWithLocations['links'] = [
      ...nested,
      ...topLevelLinks.filter(({ link }) => link.service_id === service.id),
    ].map(({ link, path }) => ({
      link,
      path,
      location:
        link.location ?? (link.location_id ? locations.get(link.location_id)?.location : undefined),
    }));
    let providerId = service.organization_id
      ? ctx.actorIdByHsdsId.get(service.organization_id)
      : undefined;
    if (!providerId) {
      providerId = placeholderProviderId;
      note(
        ctx,
        record.path,
        'unknown-provider',
        `Träger unbekannt: dem Platzhalter „${providerId}“ zugeordnet.`,
        `Provider unknown: assigned to the placeholder "${providerId}".`,
      );
      if (!actors.has(providerId)) {
        actors.set(providerId, {
          id: providerId,
          name: 'Unbekannter Träger (HSDS-Import)',
          kind: ctx.fallbacks.actorKind,
          staffing: 'staff',
          municipalities: [],
        });
      }
    }
    const offer = importService({ service, links, path: record.path }, providerId, ctx);
    if (offer && !offers.has(offer.id)) offers.set(offer.id, offer);
  }
  options.onProgress?.(total, total);
  for (const record of collected.ignored) {
    note(
      ctx,
      record.path,
      'not-imported',
      'Kein HSDS-Datensatz, den vielfalt kennt (z. B. API-Angaben): nicht übernommen.',
      'Not an HSDS record vielfalt knows (e.g. API info): not imported.',
    );
  }

  const dataset: Dataset = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    profileId: profile?.id ?? 'imported',
    actors: [...actors.values()],
    contacts: [...ctx.contacts.values()],
    offers: [...offers.values()],
    goodPractices: [],
    goals: [],
    actionSteps: [],
    projects: [],
    barriers: [],
  };
  return {
    dataset,
    report: {
      unmapped,
      notes: ctx.notes,
      counts: {
        services: collected.services.length,
        organizations: collected.organizations.length,
        offers: dataset.offers.length,
        actors: dataset.actors.length,
        contacts: dataset.contacts.length,
      },
    },
  };
}
