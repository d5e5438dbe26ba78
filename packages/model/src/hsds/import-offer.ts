import { describeFirstIssue } from '../issues.js';
import { isoDateSchema, isoDateTimeSchema, languageCodeSchema } from '../common.js';
import type { Location } from '../location.js';
import {
  costSchema,
  easyLanguageTextsSchema,
  offerKindSchema,
  offerSchema,
  offerStatusSchema,
  registrationSchema,
  targetGroupRefSchema,
  type Offer,
} from '../offer.js';
import { scheduleSchema } from '../schedule.js';
import { importContact } from './import-actor.js';
import { dataAttribute, localized, note, ourId, type ImportContext } from './import-context.js';
import { importLocation, importSchedule } from './import-location.js';
import type { HsdsLocation, HsdsService, HsdsServiceAtLocation } from './schema.js';
import { readAttributes, vielfaltTaxonomies, type OurAttributes } from './vocabulary.js';

/** A service with the locations it is offered at, as the collector found them. */
export interface ServiceWithLocations {
  service: HsdsService;
  links: { link: HsdsServiceAtLocation; location: HsdsLocation | undefined; path: string }[];
  path: string;
}

function textsOf(
  service: HsdsService,
  attributes: OurAttributes,
  ctx: ImportContext,
  path: string,
): Offer['texts'] {
  const ours = dataAttribute(ctx, attributes, 'texts', offerSchema.shape.texts, path);
  if (ours) return ours;
  const description = service.description?.trim();
  const summary =
    description && description.length <= 500
      ? description
      : (description?.slice(0, 497).concat('…') ?? service.name);
  return {
    [ctx.language]: {
      title: service.name.trim(),
      summary,
      ...(description && description !== summary && { description }),
      status: 'original',
    },
  };
}

function areaOf(service: HsdsService, ctx: ImportContext, path: string): Offer['area'] {
  const areas = service.service_areas ?? [];
  const ags = areas
    .filter((area) => area.extent_type === 'ags' && /^\d{8}$/.test(area.extent ?? ''))
    .map((area) => area.extent as string);
  if (ags.length > 0) return { kind: 'municipalities', ags: [...new Set(ags)] };
  if (areas.some((area) => area.extent_type !== 'county')) {
    note(
      ctx,
      `${path}.service_areas`,
      'assumed-county',
      'Gebiet ohne Gemeindeschlüssel: kreisweit angenommen.',
      'Service area without municipality keys: county-wide assumed.',
    );
  }
  return { kind: 'county' };
}

function costOf(
  service: HsdsService,
  attributes: OurAttributes,
  ctx: ImportContext,
  path: string,
): Offer['cost'] {
  const ours = dataAttribute(ctx, attributes, 'cost', costSchema, path);
  if (ours) return ours;
  const option = service.cost_options?.[0];
  const noteText = localized(ctx, option?.amount_description ?? service.fees_description);
  const kind =
    costSchema.shape.kind.safeParse(option?.option).data ??
    (option?.amount === 0 ? 'free' : 'paid');
  const inEuro = option?.amount !== undefined && option.currency?.toUpperCase() === 'EUR';
  if (!option && !noteText) {
    note(
      ctx,
      path,
      'assumed-cost',
      'Keine Kostenangabe: „kostenpflichtig“ angenommen, bitte prüfen.',
      'No cost given: "paid" assumed, please check.',
    );
  }
  return {
    kind,
    ...(inEuro && kind !== 'free' && { amountEur: option.amount }),
    ...(noteText && { note: noteText }),
  };
}

function registrationOf(
  service: HsdsService,
  attributes: OurAttributes,
  ctx: ImportContext,
  path: string,
): Offer['registration'] {
  const ours = dataAttribute(ctx, attributes, 'registration', registrationSchema, path);
  if (ours) return ours;
  const howTo = localized(ctx, service.application_process);
  const url = registrationSchema.shape.url.safeParse(service.url).data;
  return {
    required: howTo !== undefined,
    ...(howTo && { howTo }),
    ...(url && { url }),
    documents: (service.required_documents ?? []).flatMap((document) => {
      const text = localized(ctx, document.document);
      return text ? [text] : [];
    }),
  };
}

function formatOf(
  attributes: OurAttributes,
  links: ServiceWithLocations['links'],
  ctx: ImportContext,
  path: string,
): Offer['format'] {
  const ours = dataAttribute(ctx, attributes, 'format', offerSchema.shape.format, path);
  if (ours) return ours;
  const types = new Set(links.map(({ location }) => location?.location_type));
  if (types.has('virtual')) return types.has('physical') ? 'hybrid' : 'online';
  return 'on-site';
}

function targetGroupsOf(attributes: OurAttributes): Offer['targetGroups'] {
  return attributes.codes(vielfaltTaxonomies.targetGroups).flatMap(({ code, value }) => {
    const [min, max] = (value ?? '-').split('-');
    const age = (text: string | undefined) => (text ? Number(text) : undefined);
    const group = { id: code, minAge: age(min), maxAge: age(max) };
    const parsed = targetGroupRefSchema.safeParse(JSON.parse(JSON.stringify(group)));
    return parsed.success ? [parsed.data] : [];
  });
}

/** Maps an HSDS service onto an offer; returns undefined (and notes why) if it cannot become a valid one. */
export function importService(
  entry: ServiceWithLocations,
  providerId: string,
  ctx: ImportContext,
): Offer | undefined {
  const { service, links, path } = entry;
  const attributes = readAttributes(service.attributes, ctx.terms);
  const locations: Location[] = links.flatMap(({ location, path: linkPath }) =>
    location ? (importLocation(location, ctx, `${linkPath}.location`) ?? []) : [],
  );
  const languages = (service.languages ?? []).flatMap(
    (language) => languageCodeSchema.safeParse(language.code?.toLowerCase()).data ?? [],
  );
  if (languages.length === 0) {
    note(
      ctx,
      `${path}.languages`,
      'assumed-language',
      `Keine Sprache angegeben: „${ctx.language}“ angenommen.`,
      `No language given: "${ctx.language}" assumed.`,
    );
  }
  const fieldsOfAction = attributes
    .codes(vielfaltTaxonomies.fieldsOfAction)
    .map(({ code }) => code);
  if (fieldsOfAction.length === 0) {
    note(
      ctx,
      path,
      'assumed-field-of-action',
      `Kein Handlungsfeld: „${ctx.fallbacks.fieldOfAction}“ eingetragen, bitte zuordnen.`,
      `No field of action: "${ctx.fallbacks.fieldOfAction}" entered, please assign one.`,
    );
  }
  const contactIds = [
    ...(service.contacts ?? []),
    ...links.flatMap(({ link }) => link.contacts ?? []),
  ].flatMap(
    (contact, index) => importContact(contact, providerId, ctx, `${path}.contacts[${index}]`) ?? [],
  );
  // A foreign service goes into review; only one the source has closed for good is archived at once.
  const foreignStatus = service.status === 'defunct' ? 'archived' : ctx.fallbacks.status;
  const ourTags = dataAttribute(ctx, attributes, 'tags', offerSchema.shape.tags, path);
  const candidate = {
    id: ourId(attributes, service.id),
    kind:
      offerKindSchema.safeParse(attributes.codes(vielfaltTaxonomies.offerKinds)[0]?.code).data ??
      'other',
    texts: textsOf(service, attributes, ctx, path),
    easyLanguage: dataAttribute(ctx, attributes, 'easy-language', easyLanguageTextsSchema, path),
    providerId,
    contactIds: [...new Set(contactIds)],
    area: areaOf(service, ctx, path),
    locations: [...new Map(locations.map((location) => [location.id, location])).values()],
    fieldsOfAction: fieldsOfAction.length > 0 ? fieldsOfAction : [ctx.fallbacks.fieldOfAction],
    targetGroups: targetGroupsOf(attributes),
    languages: languages.length > 0 ? [...new Set(languages)] : [ctx.language],
    cost: costOf(service, attributes, ctx, path),
    format: formatOf(attributes, links, ctx, path),
    registration: registrationOf(service, attributes, ctx, path),
    schedule:
      dataAttribute(ctx, attributes, 'schedule', scheduleSchema, path) ??
      importSchedule(service.schedules, ctx, `${path}.schedules`),
    tags: ourTags ?? [...new Set(attributes.foreignTermNames.filter((name) => name.length <= 60))],
    status:
      dataAttribute(ctx, attributes, 'editorial-status', offerStatusSchema, path) ?? foreignStatus,
    history: [],
    lastReviewedAt: isoDateSchema.safeParse(service.assured_date).data,
    validFrom: dataAttribute(ctx, attributes, 'valid-from', isoDateSchema, path),
    validUntil: dataAttribute(ctx, attributes, 'valid-until', isoDateSchema, path),
    updatedAt: isoDateTimeSchema.safeParse(service.last_modified).data,
  };
  const parsed = offerSchema.safeParse(JSON.parse(JSON.stringify(candidate)), {
    reportInput: true,
  });
  if (!parsed.success) {
    const reason = describeFirstIssue(parsed.error.issues);
    note(
      ctx,
      path,
      'service-skipped',
      `Angebot übersprungen: ${reason.de}`,
      `Service skipped: ${reason.en}`,
    );
    return undefined;
  }
  return parsed.data;
}
