import type { Actor, Contact, Offer } from '@vielfalt/model';
import { offerSchema } from '@vielfalt/model';

/** A provider organisation for tests. */
export function actorFixture(id: string, name = `Träger ${id}`): Actor {
  return { id, name, kind: 'association', staffing: 'mixed', municipalities: ['05562032'] };
}

/** A contact person of an actor; only role and languages are public unless a test says otherwise. */
export function contactFixture(
  id: string,
  actorId: string,
  overrides: Partial<Contact> = {},
): Contact {
  return {
    id,
    actorId,
    kind: 'person',
    name: 'Erika Beispiel',
    role: { de: 'Beratung', en: 'Counselling' },
    email: 'erika@example.org',
    phone: '+49 2361 000000',
    languages: ['de', 'tr'],
    consent: { given: true, date: '2026-01-15', basis: 'consent' },
    visibility: { name: false, role: true, email: false, phone: false, languages: true },
    ...overrides,
  };
}

/** The content of an offer as a provider enters it, valid against the model. */
export function offerInputFixture(
  id: string,
  providerId: string,
  title = 'Deutschkurs für Eltern',
): Offer {
  return offerSchema.parse({
    id,
    kind: 'course',
    texts: {
      de: { title, summary: 'Ein Kurs am Vormittag mit Kinderbetreuung.', status: 'original' },
    },
    providerId,
    area: { kind: 'municipalities', ags: ['05562032'] },
    fieldsOfAction: ['bildung-ab-15'],
    targetGroups: [{ id: 'erwachsene' }],
    languages: ['de', 'ar'],
    cost: { kind: 'free' },
    format: 'on-site',
    registration: { required: true },
    schedule: { weekly: [{ day: 'tu', opens: '09:00', closes: '11:30' }] },
    tags: ['Sprachkurs'],
    status: 'draft',
  });
}
