import * as z from 'zod';
import {
  agsSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  localizedStringSchema,
} from './common.js';

/** A strategic goal (Ziel) of one field of action, set at the Fachtag after the Klimakonferenzen. */
export const goalSchema = z.object({
  id: idSchema,
  fieldOfAction: idSchema,
  title: localizedStringSchema,
  description: localizedStringSchema.optional(),
  /** Klimakonferenz statements the goal came from. */
  sourceStatementIds: z.array(z.string()).default([]),
  createdAt: isoDateTimeSchema.optional(),
});
/** A strategic goal of one field of action. */
export type Goal = z.infer<typeof goalSchema>;

/** Status of an action step. */
export const actionStepStatusSchema = z.enum(['planned', 'in-progress', 'done', 'dropped']);
/** Status of an action step. */
export type ActionStepStatus = z.infer<typeof actionStepStatusSchema>;

/** An action step (Handlungsschritt) towards a goal, with who is responsible and its status history. */
export const actionStepSchema = z.object({
  id: idSchema,
  goalId: idSchema,
  title: localizedStringSchema,
  description: localizedStringSchema.optional(),
  responsibleActorIds: z.array(idSchema).min(1),
  partnerActorIds: z.array(idSchema).default([]),
  municipalities: z.array(agsSchema).default([]),
  status: actionStepStatusSchema,
  statusHistory: z
    .array(
      z.object({
        status: actionStepStatusSchema,
        at: isoDateTimeSchema,
        by: z.string().min(1),
        note: z.string().optional(),
      }),
    )
    .default([]),
  due: isoDateSchema.optional(),
  reviewAt: isoDateSchema.optional(),
  sourceStatementIds: z.array(z.string()).default([]),
});
/** An action step towards a goal. */
export type ActionStep = z.infer<typeof actionStepSchema>;

/** A project as the national competition form describes it. */
export const projectSchema = z.object({
  id: idSchema,
  title: localizedStringSchema,
  actorIds: z.array(idSchema).min(1),
  fieldsOfAction: z.array(idSchema).min(1),
  municipalities: z.array(agsSchema).default([]),
  duration: z.enum(['up-to-two-years', 'limited-longer', 'permanent']),
  fundingSources: z.array(idSchema).default([]),
  fundingSecuredUntil: z.union([isoDateSchema, z.literal('open'), z.literal('permanent')]),
  evaluation: z.enum(['self', 'external', 'planned', 'none']),
});
/** A project as the national competition form describes it. */
export type Project = z.infer<typeof projectSchema>;

/** A barrier to cooperation, on one of the three levels the county names. */
export const barrierSchema = z.object({
  id: idSchema,
  level: z.enum(['individual', 'organisational', 'municipal']),
  description: localizedStringSchema,
  fieldsOfAction: z.array(idSchema).default([]),
});
/** A barrier to cooperation. */
export type Barrier = z.infer<typeof barrierSchema>;

/** A good-practice example: something that works in one city and that others can copy. */
export const goodPracticeSchema = z.object({
  id: idSchema,
  title: localizedStringSchema,
  summary: localizedStringSchema,
  whatWorks: localizedStringSchema.optional(),
  actorIds: z.array(idSchema).min(1),
  municipalities: z.array(agsSchema).min(1),
  fieldsOfAction: z.array(idSchema).min(1),
  targetGroups: z.array(idSchema).default([]),
  offerIds: z.array(idSchema).default([]),
  projectId: idSchema.optional(),
  contactIds: z.array(idSchema).default([]),
  since: isoDateSchema.optional(),
});
/** A good-practice example. */
export type GoodPractice = z.infer<typeof goodPracticeSchema>;
