import { idSchema } from '@vielfalt/model';
import * as z from 'zod';
import { wallSchema } from './workshop.js';

/** The kinds of vote-rule violation. */
export const violationKindSchema = z.enum([
  /** Two statements or two participants share an id. */
  'duplicate-id',
  /** A dot or count names a participant that is not in the list. */
  'unknown-participant',
  /** A dot or count names a statement that does not exist. */
  'unknown-statement',
  /** A participant or count uses a perspective the workshop does not configure. */
  'unknown-perspective',
  /** A dot recorded on one wall names a statement of another wall. */
  'wrong-wall',
  /** More dots on a wall than the dot budget allows (per participant, per perspective, or in all). */
  'over-budget',
  /** More dots on one statement than people who could dot it (everyone present, or a perspective's headcount). */
  'over-voters',
  /** The same participant dotted the same statement twice. */
  'repeat-dot',
  /** `mergedInto` names a statement that does not exist. */
  'merge-unknown-target',
  /** `mergedInto` names a statement on another wall. */
  'merge-across-walls',
  /** `mergedInto` links form a cycle. */
  'merge-cycle',
]);
/** A kind of vote-rule violation. */
export type ViolationKind = z.infer<typeof violationKindSchema>;

/** One vote-rule violation with the ids involved, so a facilitator can find the card or dot. */
export const violationSchema = z.object({
  kind: violationKindSchema,
  wall: wallSchema.optional(),
  participant: idSchema.optional(),
  perspective: idSchema.optional(),
  /** Statement ids involved, sorted. */
  statements: z.array(z.string()).default([]),
  /** The offending count, where one applies. */
  found: z.number().optional(),
  /** The allowed maximum, where one applies. */
  allowed: z.number().optional(),
});
/** One vote-rule violation. */
export type Violation = z.infer<typeof violationSchema>;
