import { offerKindSchema, weekdaySchema, type OfferInput } from '@vielfalt/model';
import * as z from 'zod';

const slotSchema = z.object({ day: weekdaySchema, opens: z.string().max(5), closes: z.string().max(5) });

/** Everything a provider typed into `<vf-offer-form>`, as entered (strings), so a draft can be saved as is. */
export const formDraftSchema = z.object({
  textLanguage: z.string().max(10).default('de'),
  title: z.string().max(1000).default(''),
  summary: z.string().max(2000).default(''),
  description: z.string().max(20_000).default(''),
  kind: offerKindSchema.default('course'),
  fieldsOfAction: z.array(z.string().max(80)).max(50).default([]),
  targetGroups: z.array(z.string().max(80)).max(50).default([]),
  languages: z.string().max(200).default('de'),
  cost: z.enum(['free', 'reduced', 'paid']).default('free'),
  format: z.enum(['on-site', 'online', 'hybrid']).default('on-site'),
  registrationRequired: z.boolean().default(false),
  slots: z.array(slotSchema).max(30).default([]),
  byAppointment: z.boolean().default(false),
  street: z.string().max(200).default(''),
  postalCode: z.string().max(10).default(''),
  locality: z.string().max(200).default(''),
  municipality: z.string().max(8).default(''),
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
    area: draft.municipality !== '' ? { kind: 'municipalities', ags: [draft.municipality] } : { kind: 'county' },
    locations:
      draft.municipality !== '' && draft.format !== 'online'
        ? [
            {
              id: 'ort-1',
              municipality: draft.municipality,
              ...(hasAddress ? { address: { street: draft.street, postalCode: draft.postalCode, locality: draft.locality } } : {}),
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
