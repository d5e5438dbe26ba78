import type { Contact } from '@vielfalt/model';

/** The fields of a contact that may be shown on a public page. */
export interface PublicContact {
  readonly id: string;
  readonly name?: string;
  readonly role?: Contact['role'];
  readonly email?: string;
  readonly phone?: string;
  readonly languages: readonly string[];
}

/**
 * Only what the person agreed to publish (or what the public task allows): nothing without a recorded,
 * not withdrawn consent, and then only the fields whose visibility flag is set. Role mailboxes are not personal
 * data, but follow the same flags so an office can keep a number internal.
 */
export function publicContact(contact: Contact): PublicContact | undefined {
  if (!contact.consent.given) return undefined;
  const v = contact.visibility;
  const shown: PublicContact = {
    id: contact.id,
    ...(v.name && contact.name !== undefined ? { name: contact.name } : {}),
    ...(v.role && contact.role !== undefined ? { role: contact.role } : {}),
    ...(v.email && contact.email !== undefined ? { email: contact.email } : {}),
    ...(v.phone && contact.phone !== undefined ? { phone: contact.phone } : {}),
    languages: v.languages ? contact.languages : [],
  };
  const hasAny = shown.name ?? shown.role ?? shown.email ?? shown.phone;
  return hasAny === undefined ? undefined : shown;
}
