import type { Offer, OfferInput, Weekday } from '@vielfalt/model';

/** The kinds of offer, in the model's order (its `offerKindSchema`; a test holds them equal). */
export const offerKinds = [
  'course',
  'counselling',
  'sport',
  'childcare',
  'work',
  'meeting',
  'event',
  'other',
] as const;
/** The days of the week, Monday first (the model's `weekdaySchema`; a test holds them equal). */
export const weekdays = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

/** One weekly time of a draft. */
export interface DraftSlot {
  day: Weekday;
  opens: string;
  closes: string;
}

/**
 * Everything a provider typed into `<vf-offer-form>`, as entered (strings), so a draft can be saved as is. Its
 * limits are never below the model's (title 160, summary 500, description 10 000; street, place and lists
 * unlimited), so every model-valid offer opens in the form; they only keep a corrupt saved draft out.
 */
export interface FormDraft {
  textLanguage: string;
  title: string;
  summary: string;
  description: string;
  kind: Offer['kind'];
  fieldsOfAction: string[];
  targetGroups: string[];
  languages: string;
  cost: 'free' | 'reduced' | 'paid';
  format: 'on-site' | 'online' | 'hybrid';
  registrationRequired: boolean;
  slots: DraftSlot[];
  byAppointment: boolean;
  street: string;
  postalCode: string;
  locality: string;
  municipality: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  consent: boolean;
  publishName: boolean;
  publishEmail: boolean;
  publishPhone: boolean;
}

/** A new, empty draft. */
export const emptyDraft = (): FormDraft => ({
  textLanguage: 'de',
  title: '',
  summary: '',
  description: '',
  kind: 'course',
  fieldsOfAction: [],
  targetGroups: [],
  languages: 'de',
  cost: 'free',
  format: 'on-site',
  registrationRequired: false,
  slots: [],
  byAppointment: false,
  street: '',
  postalCode: '',
  locality: '',
  municipality: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  consent: false,
  publishName: false,
  publishEmail: false,
  publishPhone: false,
});

/** Longest text a saved draft may hold per field (see {@link FormDraft}); other texts are unlimited. */
const maxLength: Partial<Record<keyof FormDraft, number>> = {
  title: 1000,
  summary: 2000,
  description: 20_000,
  contactName: 200,
  contactEmail: 200,
  contactPhone: 40,
};
/** Fields with a fixed set of values. */
const choices: Partial<Record<keyof FormDraft, readonly string[]>> = {
  kind: offerKinds,
  cost: ['free', 'reduced', 'paid'],
  format: ['on-site', 'online', 'hybrid'],
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isSlot = (v: unknown): v is DraftSlot =>
  isObject(v) &&
  (weekdays as readonly unknown[]).includes(v.day) &&
  typeof v.opens === 'string' &&
  typeof v.closes === 'string';

/**
 * A saved draft read back: missing fields get their defaults, unknown ones are dropped, and a field of the wrong
 * type or beyond its limit makes the whole draft `undefined` (the same answers as `formDraftSchema`).
 */
export function readDraft(value: unknown): FormDraft | undefined {
  if (!isObject(value)) return undefined;
  const draft = emptyDraft();
  const target = draft as unknown as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(draft) as [keyof FormDraft, unknown][]) {
    const given = value[key];
    if (given === undefined) continue;
    const ok =
      key === 'slots'
        ? Array.isArray(given) && given.every(isSlot)
        : Array.isArray(fallback)
          ? Array.isArray(given) && given.every((item) => typeof item === 'string')
          : typeof given === typeof fallback &&
            (typeof given !== 'string' || given.length <= (maxLength[key] ?? Infinity)) &&
            (choices[key]?.includes(given as string) ?? true);
    if (!ok) return undefined;
    target[key] =
      key === 'slots'
        ? (given as DraftSlot[]).map(({ day, opens, closes }) => ({ day, opens, closes }))
        : Array.isArray(given)
          ? [...(given as string[])]
          : given;
  }
  return draft;
}

/** Reads a saved draft; a missing, corrupt or outdated one gives `undefined` rather than an error. */
export function loadDraft(storage: Storage, key: string): FormDraft | undefined {
  try {
    const raw = storage.getItem(key);
    return raw === null ? undefined : readDraft(JSON.parse(raw));
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
