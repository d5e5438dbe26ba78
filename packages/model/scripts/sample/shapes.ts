import type { z } from 'zod';
import type { locationSchema } from '../../src/location.js';
import type { actorSchema, contactSchema } from '../../src/actor.js';

/** Input shapes of the model's schemas (defaults not yet applied), as the generator writes them. */
export type LocationInput = z.input<typeof locationSchema>;
export type ActorInput = z.input<typeof actorSchema>;
export type ContactInput = z.input<typeof contactSchema>;
