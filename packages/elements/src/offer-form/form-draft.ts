import { offerKindSchema, weekdaySchema, type Offer, type OfferInput } from '@vielfalt/model';
import * as z from 'zod';

const slotSchema = z.object({
  day: weekdaySchema,
  opens: z.string(),
  closes: z.string(),
});

/**
 * Everything a provider typed into `<vf-offer-form>`, as entered (strings), so a draft can be saved as is. Its
 * limits are never below the model's (title 160, summary 500, description 10 000; street, place and lists
 * unlimited), so every model-valid offer opens in the form; they only keep a corrupt saved draft out.
 */
export const formDraftSchema = z.object({
  textLanguage: z.string().default('de'),
  title: z.string().max(1000).default(''),
  summary: z.string().max(2000).default(''),
  description: z.string().max(20_000).default(''),
  kind: offerKindSchema.default('course'),
  fieldsOfAction: z.array(z.string()).default([]),
  targetGroups: z.array(z.string()).default([]),
  languages: z.string().default('de'),
  cost: z.enum(['free', 'reduced', 'paid']).default('free'),
  format: z.enum(['on-site', 'online', 'hybrid']).default('on-site'),
  registrationRequired: z.boolean().default(false),
  slots: z.array(slotSchema).default([]),
  byAppointment: z.boolean().default(false),
  street: z.string().default(''),
  postalCode: z.string().default(''),
  locality: z.string().default(''),
  municipality: z.string().default(''),
  contactName: z.string().max(200).default(''),
  contactEmail: z.string().max(200).default(''),
  contactPhone: z.string().max(40).default(''),
  consent: z.boolean().default(false),
  publishName: z.boolean().default(false),
  publishEmail: z.boolean().default(false),
  publishPhone: z.boolean().default(false),
});
/** A form draft. */
export type FormDraft = z.infer<typeof formDraftSchema>;

/** A new, empty draft. */
export const emptyDraft = (): FormDraft => formDraftSchema.parse({});

/** Reads a saved draft; a missing, corrupt or outdated one gives `undefined` rather than an error. */
export function loadDraft(storage: Storage, key: string): FormDraft | undefined {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return undefined;
    const parsed = formDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Saves a draft in the browser only (localStorage: no cookie, nothing sent). */
export function saveDraft(storage: Storage, key: string, draft: FormDraft): void {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the form still works, only the draft is not kept.
  }
}

/** The offer as the model describes it, for validation and for sending; the server assigns id and provider. */
export function draftToOffer(draft: FormDraft, providerId: string): OfferInput {
  const hasAddress = draft.street !== '' || draft.postalCode !== '' || draft.locality !== '';
  return {
    id: 'neues-angebot',
    kind: draft.kind,
    texts: {
      [draft.textLanguage]: {
        title: draft.title,
        summary: draft.summary,
        ...(draft.description.trim() !== '' ? { description: draft.description } : {}),
        status: 'original',
      },
    },
    providerId,
    area:
      draft.municipality !== ''
        ? { kind: 'municipalities', ags: [draft.municipality] }
        : { kind: 'county' },
    locations:
      draft.municipality !== '' && draft.format !== 'online'
        ? [
            {
              id: 'ort-1',
              municipality: draft.municipality,
              ...(hasAddress
                ? {
                    address: {
                      street: draft.street,
                      postalCode: draft.postalCode,
                      locality: draft.locality,
                    },
                  }
                : {}),
            },
          ]
        : [],
    fieldsOfAction: draft.fieldsOfAction,
    targetGroups: draft.targetGroups.map((id) => ({ id })),
    languages: draft.languages
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l !== ''),
    cost: { kind: draft.cost },
    format: draft.format,
    registration: { required: draft.registrationRequired },
    schedule: { weekly: draft.slots, byAppointment: draft.byAppointment },
    status: 'submitted',
  };
}

/**
 * A draft for editing an existing offer, in one of its text languages (the UI language if it has texts in it,
 * else its first). Contact fields stay empty: contacts are managed with their consent, not through this form.
 */
export function offerToDraft(offer: Offer, lang: string): FormDraft {
  const textLanguage =
    offer.texts[lang] !== undefined ? lang : (Object.keys(offer.texts)[0] ?? 'de');
  const texts = offer.texts[textLanguage];
  const place = offer.locations[0];
  // Built directly, not parsed: an offer the model accepts must open in the form, never throw at render time.
  return {
    ...emptyDraft(),
    textLanguage,
    title: texts?.title ?? '',
    summary: texts?.summary ?? '',
    description: texts?.description ?? '',
    kind: offer.kind,
    fieldsOfAction: offer.fieldsOfAction,
    targetGroups: offer.targetGroups.map((g) => g.id),
    languages: offer.languages.join(', '),
    cost: offer.cost.kind,
    format: offer.format,
    registrationRequired: offer.registration.required,
    slots: offer.schedule.weekly.map(({ day, opens, closes }) => ({ day, opens, closes })),
    byAppointment: offer.schedule.byAppointment,
    street: place?.address?.street ?? '',
    postalCode: place?.address?.postalCode ?? '',
    locality: place?.address?.locality ?? '',
    municipality:
      place?.municipality ??
      (offer.area.kind === 'municipalities' ? (offer.area.ags[0] ?? '') : ''),
  };
}

/**
 * The edited offer: the draft's fields over the original, keeping its id, provider, other languages' texts,
 * further places and everything the form does not show.
 */
export function mergeIntoOffer(original: Offer, draft: FormDraft): OfferInput {
  const edited = draftToOffer(draft, original.providerId);
  const [firstPlace, ...morePlaces] = edited.locations ?? [];
  const keptPlace = original.locations[0];
  return {
    ...original,
    ...edited,
    id: original.id,
    status: original.status,
    texts: { ...original.texts, ...edited.texts },
    locations: firstPlace
      ? [
          { ...keptPlace, ...firstPlace, id: keptPlace?.id ?? firstPlace.id },
          ...original.locations.slice(1),
          ...morePlaces,
        ]
      : original.locations,
    schedule: {
      ...original.schedule,
      weekly: edited.schedule.weekly ?? [],
      byAppointment: edited.schedule.byAppointment ?? false,
    },
  };
}
