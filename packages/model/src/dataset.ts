import * as z from 'zod';
import { actorSchema, contactSchema } from './actor.js';
import { offerSchema } from './offer.js';
import {
  actionStepSchema,
  barrierSchema,
  goalSchema,
  goodPracticeSchema,
  projectSchema,
} from './strategy.js';

/** The version of the dataset format this package writes; older versions are migrated on read. */
export const DATASET_SCHEMA_VERSION = 1;

/** Everything a county publishes: offers, the actors behind them, contacts, good practice and the strategy. */
export const datasetSchema = z.object({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  profileId: z.string().min(1),
  generatedAt: z.iso.datetime({ offset: true }).optional(),
  /** Free text such as "fictional sample data"; shown wherever the data is shown. */
  notice: z.string().optional(),
  actors: z.array(actorSchema).default([]),
  contacts: z.array(contactSchema).default([]),
  offers: z.array(offerSchema).default([]),
  goodPractices: z.array(goodPracticeSchema).default([]),
  goals: z.array(goalSchema).default([]),
  actionSteps: z.array(actionStepSchema).default([]),
  projects: z.array(projectSchema).default([]),
  barriers: z.array(barrierSchema).default([]),
});
/** Everything a county publishes, after defaults are applied. */
export type Dataset = z.infer<typeof datasetSchema>;
/** What {@link datasetSchema} accepts (before defaults are applied); the shape of a dataset file. */
export type DatasetInput = z.input<typeof datasetSchema>;
