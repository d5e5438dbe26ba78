import { truncate } from '../problem.js';
import { describeFirstIssue } from '../issues.js';
import * as z from 'zod';
import {
  actorSchema,
  contactSchema,
  publicationConsentSchema,
  type Actor,
  type PublicationConsent,
} from '../actor.js';
import { localizedStringSchema } from '../common.js';
import {
  cleanPhone,
  dataAttribute,
  localized,
  note,
  ourId,
  type ImportContext,
} from './import-context.js';
import type { HsdsContact, HsdsOrganization } from './schema.js';
import { readAttributes, vielfaltTaxonomies } from './vocabulary.js';

const httpUrl = z.url({ protocol: /^https?$/ });
const email = z.email();

function valid<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Foreign HSDS has no consent field. The source published the contact, so its fields count as released; the
 * import records that as consent of today and says so per contact, for staff to confirm or correct.
 */
function assumedConsent(ctx: ImportContext, path: string): PublicationConsent {
  note(
    ctx,
    path,
    'assumed-consent',
    `Keine Angaben zur Einwilligung: als veröffentlicht übernommen und als Einwilligung vom ${ctx.today} (erfasst von „HSDS-Import“) eingetragen; bitte prüfen, ob Einwilligung oder öffentliche Aufgabe gilt.`,
    `No consent data: taken as published and recorded as consent of ${ctx.today} (recorded by "HSDS-Import"); please check whether consent or a public task applies.`,
  );
  return { given: true, date: ctx.today, basis: 'consent', recordedBy: 'HSDS-Import' };
}

/** Maps an HSDS contact onto ours and remembers it; returns our id, or undefined if it had to be skipped. */
export function importContact(
  contact: HsdsContact,
  actorId: string,
  ctx: ImportContext,
  path: string,
): string | undefined {
  const attributes = readAttributes(contact.attributes, ctx.terms);
  const id = ourId(attributes, contact.id);
  const existing = ctx.contacts.get(id);
  if (existing) return existing.id;
  const phoneNumber = contact.phones?.[0]?.number;
  const phone = cleanPhone(phoneNumber);
  if (phoneNumber && !phone) {
    note(
      ctx,
      `${path}.phones[0].number`,
      'invalid-phone',
      `Telefonnummer „${truncate(phoneNumber)}“ ist ungültig und wurde weggelassen.`,
      `Phone number "${truncate(phoneNumber)}" is invalid and was left out.`,
    );
  }
  const role =
    dataAttribute(ctx, attributes, 'contact-role', localizedStringSchema, path) ??
    localized(ctx, contact.title);
  const languages =
    dataAttribute(ctx, attributes, 'contact-languages', contactSchema.shape.languages, path) ?? [];
  const candidate = {
    id,
    actorId,
    kind:
      dataAttribute(ctx, attributes, 'contact-kind', contactSchema.shape.kind, path) ??
      (contact.name ? 'person' : 'role-mailbox'),
    name: contact.name,
    role,
    email: valid(email, contact.email),
    phone,
    languages,
    consent:
      dataAttribute(ctx, attributes, 'contact-consent', publicationConsentSchema, path) ??
      assumedConsent(ctx, path),
    visibility: {
      name: contact.name !== undefined,
      role: role !== undefined,
      email: contact.email !== undefined,
      phone: phone !== undefined,
      languages: languages.length > 0,
    },
  };
  const parsed = contactSchema.safeParse(JSON.parse(JSON.stringify(candidate)), {
    reportInput: true,
  });
  if (!parsed.success) {
    const reason = describeFirstIssue(parsed.error.issues);
    note(
      ctx,
      path,
      'contact-skipped',
      `Kontakt übersprungen: ${reason.de}`,
      `Contact skipped: ${reason.en}`,
    );
    return undefined;
  }
  ctx.contacts.set(id, parsed.data);
  return id;
}

/** Maps an HSDS organization onto an actor; foreign ones get the fallback kind and staff staffing, noted. */
export function importOrganization(
  organization: HsdsOrganization,
  ctx: ImportContext,
  path: string,
): Actor | undefined {
  const attributes = readAttributes(organization.attributes, ctx.terms);
  const id = ourId(attributes, organization.id);
  const kind = attributes.codes(vielfaltTaxonomies.actorKinds)[0]?.code;
  const staffing = dataAttribute(ctx, attributes, 'staffing', actorSchema.shape.staffing, path);
  if (!kind) {
    note(
      ctx,
      path,
      'assumed-actor-kind',
      `Akteursart unbekannt, „${ctx.fallbacks.actorKind}“ angenommen.`,
      `Actor kind unknown, "${ctx.fallbacks.actorKind}" assumed.`,
    );
  }
  if (!staffing) {
    note(
      ctx,
      path,
      'assumed-staffing',
      'Haupt- oder Ehrenamt unbekannt, „hauptamtlich“ angenommen.',
      'Staff or volunteer unknown, "staff" assumed.',
    );
  }
  const description =
    dataAttribute(ctx, attributes, 'actor-description', localizedStringSchema, path) ??
    (organization.description !== organization.name
      ? localized(ctx, organization.description)
      : undefined);
  const candidate = {
    id,
    name: organization.name,
    kind: kind ?? ctx.fallbacks.actorKind,
    staffing: staffing ?? 'staff',
    description,
    website: valid(httpUrl, organization.website),
    email: valid(email, organization.email),
    phone: cleanPhone(organization.phones?.[0]?.number),
    municipalities:
      dataAttribute(ctx, attributes, 'municipalities', actorSchema.shape.municipalities, path) ??
      [],
  };
  const parsed = actorSchema.safeParse(JSON.parse(JSON.stringify(candidate)), {
    reportInput: true,
  });
  if (!parsed.success) {
    const reason = describeFirstIssue(parsed.error.issues);
    note(
      ctx,
      path,
      'organization-skipped',
      `Organisation übersprungen: ${reason.de}`,
      `Organization skipped: ${reason.en}`,
    );
    return undefined;
  }
  ctx.actorIdByHsdsId.set(organization.id, id);
  organization.contacts?.forEach((contact, index) =>
    importContact(contact, id, ctx, `${path}.contacts[${index}]`),
  );
  return parsed.data;
}
