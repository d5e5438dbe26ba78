import type { Contact } from './actor.js';

/** The part of a contact that may be published: only fields the person consented to show. */
export type PublicContact = Pick<Contact, 'id' | 'actorId' | 'kind'> &
  Partial<Pick<Contact, 'name' | 'role' | 'email' | 'phone' | 'languages'>>;

/**
 * What every export (HSDS, JSON-LD, CSV) may show of a contact: nothing without recorded consent (or the
 * public task of public staff), and then only the fields whose visibility is switched on. Returns
 * `undefined` when nothing is left to show.
 */
export function publicContact(contact: Contact): PublicContact | undefined {
  if (!contact.consent.given) return undefined;
  const shown: PublicContact = { id: contact.id, actorId: contact.actorId, kind: contact.kind };
  const { visibility } = contact;
  if (visibility.name && contact.name) shown.name = contact.name;
  if (visibility.role && contact.role) shown.role = contact.role;
  if (visibility.email && contact.email) shown.email = contact.email;
  if (visibility.phone && contact.phone) shown.phone = contact.phone;
  if (visibility.languages && contact.languages.length > 0) shown.languages = contact.languages;
  const hasContent = shown.name ?? shown.role ?? shown.email ?? shown.phone ?? shown.languages;
  return hasContent === undefined ? undefined : shown;
}

/** The publishable contacts among `contactIds`, in that order. */
export function publicContacts(
  contactIds: readonly string[],
  contacts: ReadonlyMap<string, Contact>,
): PublicContact[] {
  return contactIds.flatMap((id) => {
    const contact = contacts.get(id);
    const shown = contact && publicContact(contact);
    return shown ? [shown] : [];
  });
}
