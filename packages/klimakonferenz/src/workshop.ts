import {
  agsSchema,
  fieldOfActionSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  municipalitySchema,
} from '@vielfalt/model';
import * as z from 'zod';
import { DEFAULT_PERSPECTIVES, perspectiveSchema } from './perspective.js';
import { WALLS } from './walls.js';

/** One of the four walls of a Klimakonferenz ({@link WALLS}). */
export const wallSchema = z.enum(WALLS);

/** A statement (Aussage) written on one wall. */
export const statementSchema = z.object({
  id: idSchema,
  wall: wallSchema,
  text: z.string().trim().min(1),
  /** Cluster the facilitators grouped the card into on the wall, if any. */
  group: z.string().min(1).optional(),
  /** Theme tags, compared across cities and rounds (e.g. `zentrale-unterkuenfte`). */
  themes: z.array(idSchema).default([]),
  /** Municipalities (AGS) the statement is about; the workshop's own municipality when empty. */
  municipalities: z.array(agsSchema).default([]),
  /** Set when the statement was merged into a duplicate; its dots then count for that statement. */
  mergedInto: idSchema.optional(),
});
/** A statement on a wall. */
export type Statement = z.infer<typeof statementSchema>;

/** A participant under a pseudonym, with the perspective they speak from. */
export const participantSchema = z.object({
  id: idSchema,
  perspective: idSchema,
});
/** A pseudonymous participant. */
export type Participant = z.infer<typeof participantSchema>;

/** A dot placed on a statement, by the participant or transcribed from paper by a facilitator. */
export const dotSchema = z.object({
  participant: idSchema,
  statement: idSchema,
  /** The wall the dot was placed on, when recorded; a mismatch with the statement's wall is a rule violation. */
  wall: wallSchema.optional(),
  enteredBy: z.enum(['self', 'facilitator']).default('self'),
});
/** One dot. */
export type Dot = z.infer<typeof dotSchema>;

/** Finest input level: every participant and every dot. Everything can be computed. */
export const dotsInputSchema = z.object({
  level: z.literal('dots'),
  participants: z.array(participantSchema),
  dots: z.array(dotSchema),
});

/** Middle input level: colour-coded paper dots counted per perspective and statement. */
export const perspectiveCountsInputSchema = z.object({
  level: z.literal('perspective-counts'),
  /** Participants present per perspective id. */
  headcount: z.record(idSchema, z.int().nonnegative()),
  counts: z.array(
    z.object({ statement: idSchema, perspective: idSchema, dots: z.int().nonnegative() }),
  ),
});

/** Coarsest input level: dots per statement only; no perspective analysis is possible. */
export const countsInputSchema = z.object({
  level: z.literal('counts'),
  /** Participants present. */
  participants: z.int().nonnegative(),
  counts: z.array(z.object({ statement: idSchema, dots: z.int().nonnegative() })),
});

/** The votes of a workshop at one of three input levels. */
export const voteInputSchema = z.discriminatedUnion('level', [
  dotsInputSchema,
  perspectiveCountsInputSchema,
  countsInputSchema,
]);
/** The votes of a workshop. */
export type VoteInput = z.infer<typeof voteInputSchema>;
/** The three input levels, finest first. */
export type InputLevel = VoteInput['level'];

/** One entry of the merge audit trail. */
export const mergeLogEntrySchema = z.object({
  action: z.enum(['merge', 'unmerge']),
  statement: idSchema,
  into: idSchema,
  at: isoDateTimeSchema,
  by: z.string().min(1),
  note: z.string().optional(),
});
/** One entry of the merge audit trail. */
export type MergeLogEntry = z.infer<typeof mergeLogEntrySchema>;

/** What the facilitators wrote up for the brochure: the field's narrative and a note per wall, all optional. */
export const workshopNotesSchema = z.object({
  /** The story of the field: what was debated, what the room agreed on. */
  field: z.string().trim().min(1).optional(),
  /** A note per wall. */
  walls: z.partialRecord(wallSchema, z.string().trim().min(1)).optional(),
});

/** A quote from the workshop, attributed at most to a perspective, never to a person. */
export const quoteSchema = z.object({
  text: z.string().trim().min(1),
  /** The perspective it came from; reports show it only for perspectives shown on their own. */
  perspective: idSchema.optional(),
  wall: wallSchema.optional(),
});
/** A quote from the workshop. */
export type Quote = z.infer<typeof quoteSchema>;

/** The Fachtag that turns the analysis into goals and action steps: who takes part, who is responsible. */
export const fachtagSchema = z.object({
  date: isoDateSchema.optional(),
  /** Actors and partners named at the Fachtag (organisations, not people). */
  actors: z.array(z.object({ id: idSchema, name: z.string().trim().min(1) })).default([]),
  /** Actor responsible for the field's action steps. */
  responsible: idSchema.optional(),
  /** Partners of the field's action steps. */
  partners: z.array(idSchema).default([]),
});
/** The Fachtag of a field. */
export type Fachtag = z.infer<typeof fachtagSchema>;

/** One Klimakonferenz workshop: a field of action, its statements on four walls and the dots. */
export const klimakonferenzSchema = z.object({
  id: idSchema,
  title: z.string().min(1).optional(),
  fieldOfAction: idSchema,
  /** AGS of the municipality the workshop is about; absent for a county-wide workshop. */
  municipality: agsSchema.optional(),
  date: isoDateSchema,
  /** Round number for repeated workshops on the same field and scope, from 1. */
  round: z.int().positive().default(1),
  venue: z.string().min(1).optional(),
  facilitators: z.array(z.string().min(1)).default([]),
  perspectives: z
    .array(perspectiveSchema)
    .min(1)
    .default(() => [...DEFAULT_PERSPECTIVES]),
  /** Dots each participant may place per wall (the method: one). */
  dotBudget: z.int().positive().default(1),
  statements: z.array(statementSchema),
  votes: voteInputSchema,
  mergeLog: z.array(mergeLogEntrySchema).default([]),
  /** True for invented data (samples, tests); reports say so prominently. */
  fictional: z.boolean().default(false),
  /** Narrative of the field and notes per wall, for the brochure. */
  notes: workshopNotesSchema.optional(),
  /** Quotes, optionally with the perspective they came from. */
  quotes: z.array(quoteSchema).default([]),
  /** The Fachtag's actors, the responsible actor and partners of the field's action steps. */
  fachtag: fachtagSchema.optional(),
});
/** One Klimakonferenz workshop (parsed). */
export type Klimakonferenz = z.infer<typeof klimakonferenzSchema>;
/** One Klimakonferenz workshop as written in a file (defaults may be omitted). */
export type KlimakonferenzInput = z.input<typeof klimakonferenzSchema>;

/** Version of the collection file format. */
export const COLLECTION_SCHEMA_VERSION = 1;

/** Several workshops of one county, with the labels a report needs. */
export const klimakonferenzCollectionSchema = z.object({
  schemaVersion: z.literal(COLLECTION_SCHEMA_VERSION),
  /** Free text shown wherever the data is shown, e.g. "fictional sample data". */
  notice: z.string().optional(),
  fictional: z.boolean().default(false),
  county: z
    .object({
      name: z.string().min(1),
      municipalities: z.array(municipalitySchema.pick({ ags: true, name: true })).default([]),
      fieldsOfAction: z.array(fieldOfActionSchema).default([]),
    })
    .optional(),
  workshops: z.array(klimakonferenzSchema),
});
/** A collection of workshops (parsed). */
export type KlimakonferenzCollection = z.infer<typeof klimakonferenzCollectionSchema>;
/** A collection of workshops as written in a file. */
export type KlimakonferenzCollectionInput = z.input<typeof klimakonferenzCollectionSchema>;
