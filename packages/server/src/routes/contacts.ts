import * as z from 'zod';
import { contactSchema, idSchema, publicContact } from '@vielfalt/model';
import { refusals } from '../http/problem.js';
import { route } from '../http/route.js';
import { acting, requireActFor, signedIn } from './access.js';
import { idParamsSchema, requireSameId } from './schemas.js';

/** A contact as the public may see it: only fields with consent and visibility switched on. */
const publicContactSchema = contactSchema
  .pick({
    id: true,
    actorId: true,
    kind: true,
    name: true,
    role: true,
    email: true,
    phone: true,
    languages: true,
  })
  .partial({ languages: true });

/** Contacts: the public sees consented fields only; providers keep their organisation's contacts. */
export const contactRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/contacts',
    access: 'public',
    tag: 'public',
    summary: 'Contacts with consent, showing only the fields each person agreed to publish',
    query: z.object({ actor: idSchema.optional() }),
    response: z.array(publicContactSchema),
    async handler({ query, server }) {
      const contacts = await server.store.listContacts(query.actor);
      return { body: contacts.flatMap((contact) => publicContact(contact) ?? []) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/manage/contacts',
    access: 'signed-in',
    tag: 'providers',
    summary: "The organisation's contacts with every field (all contacts for moderators)",
    response: z.array(contactSchema),
    async handler({ user, server }) {
      const me = signedIn(user);
      return {
        body: await server.store.listContacts(
          me.role === 'provider' ? (me.actorId ?? '-') : undefined,
        ),
      };
    },
  }),
  route({
    method: 'PUT',
    path: '/api/v1/manage/contacts/{id}',
    access: 'signed-in',
    tag: 'providers',
    summary:
      'Create or change a contact of the own organisation, with consent and per-field visibility',
    params: idParamsSchema,
    body: contactSchema,
    response: contactSchema,
    async handler({ params, body, user, server }) {
      const me = signedIn(user);
      requireSameId(params.id, body.id);
      const existing = await server.store.getContact(params.id);
      if (existing) requireActFor(me, existing.actorId);
      requireActFor(me, body.actorId);
      const contact = { ...body, updatedAt: new Date().toISOString() };
      // Saved without changes: the stored contact stays as it is, time stamp included.
      const changed = await server.store.putContact(contact, acting(me));
      return { body: changed || !existing ? contact : existing };
    },
  }),
  route({
    method: 'DELETE',
    path: '/api/v1/manage/contacts/{id}',
    access: 'signed-in',
    tag: 'providers',
    summary: 'Delete a contact (when the person leaves or withdraws consent)',
    params: idParamsSchema,
    response: z.object({ deleted: z.literal(true) }),
    async handler({ params, user, server }) {
      const me = signedIn(user);
      const existing = await server.store.getContact(params.id);
      if (!existing)
        throw refusals.notFound({
          de: `Kontakt „${params.id}“ gibt es nicht.`,
          en: `Contact "${params.id}" does not exist.`,
        });
      requireActFor(me, existing.actorId);
      await server.store.deleteContact(params.id, acting(me));
      return { body: { deleted: true } };
    },
  }),
];
