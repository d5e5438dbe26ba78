import type { z } from 'zod';
import type { locationSchema } from '@vielfalt/model';
import type { actorSchema, contactSchema } from '@vielfalt/model';

/** Input shape of a location (defaults not yet applied), as the generator writes it. */
export type LocationInput = z.input<typeof locationSchema>;
/** Input shape of an actor. */
export type ActorInput = z.input<typeof actorSchema>;
/** Input shape of a contact. */
export type ContactInput = z.input<typeof contactSchema>;
