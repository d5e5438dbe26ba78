import { describe, expect, it } from 'vitest';
import { contactSchema, type Contact } from './actor.js';
import { publicContact, publicContacts } from './public-contact.js';

function contact(overrides: Partial<Record<keyof Contact, unknown>> = {}): Contact {
  return contactSchema.parse({
    id: 'c-1',
    actorId: 'a-1',
    kind: 'person',
    name: 'Aylin Demir',
    role: { de: 'Beratung' },
    email: 'aylin@example.org',
    phone: '+49 2361 123456',
    languages: ['de', 'tr'],
    consent: { given: true, date: '2026-01-15' },
    ...overrides,
  });
}

describe('publicContact', () => {
  it('shows only the fields whose visibility is on (by default role and languages)', () => {
    expect(publicContact(contact())).toEqual({
      id: 'c-1',
      actorId: 'a-1',
      kind: 'person',
      role: { de: 'Beratung' },
      languages: ['de', 'tr'],
    });
  });

  it('shows name, email and phone once they are switched on', () => {
    const visibility = { name: true, role: false, email: true, phone: true, languages: false };
    expect(publicContact(contact({ visibility }))).toEqual({
      id: 'c-1',
      actorId: 'a-1',
      kind: 'person',
      name: 'Aylin Demir',
      email: 'aylin@example.org',
      phone: '+49 2361 123456',
    });
  });

  it('shows nothing without consent, whatever the visibility says', () => {
    const visibility = { name: true, role: true, email: true, phone: true, languages: true };
    expect(
      publicContact(contact({ consent: { given: false, date: '2026-01-15' }, visibility })),
    ).toBeUndefined();
  });

  it('shows nothing when no visible field has a value', () => {
    expect(publicContact(contact({ role: undefined, languages: [] }))).toBeUndefined();
  });
});

describe('publicContacts', () => {
  it('keeps the order of the ids and drops unknown and unpublishable contacts', () => {
    const withheld = contact({ id: 'c-2', consent: { given: false, date: '2026-01-15' } });
    const other = contact({ id: 'c-3' });
    const contacts = new Map([contact(), withheld, other].map((c) => [c.id, c]));
    expect(publicContacts(['c-3', 'c-2', 'missing', 'c-1'], contacts).map((c) => c.id)).toEqual([
      'c-3',
      'c-1',
    ]);
  });
});
