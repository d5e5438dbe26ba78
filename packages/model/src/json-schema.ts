import * as z from 'zod';
import { actorSchema, contactSchema } from './actor.js';
import { datasetSchema } from './dataset.js';
import { offerSchema } from './offer.js';
import { countyProfileSchema } from './profile.js';
import {
  actionStepSchema,
  barrierSchema,
  goalSchema,
  goodPracticeSchema,
  projectSchema,
} from './strategy.js';

/** The name of a shipped JSON Schema file, without `.json`. */
export type JsonSchemaName =
  | 'dataset'
  | 'offer'
  | 'county-profile'
  | 'actor'
  | 'contact'
  | 'good-practice'
  | 'goal'
  | 'action-step'
  | 'project'
  | 'barrier';

/** The schemas shipped as JSON Schema files, by file name. */
const shipped: Record<JsonSchemaName, { schema: z.ZodType; title: string }> = {
  dataset: { schema: datasetSchema, title: 'vielfalt dataset' },
  offer: { schema: offerSchema, title: 'vielfalt offer (Angebot)' },
  'county-profile': { schema: countyProfileSchema, title: 'vielfalt county profile' },
  actor: { schema: actorSchema, title: 'vielfalt actor (Akteur)' },
  contact: { schema: contactSchema, title: 'vielfalt contact (Ansprechpartner/in)' },
  'good-practice': { schema: goodPracticeSchema, title: 'vielfalt good-practice example' },
  goal: { schema: goalSchema, title: 'vielfalt strategy goal (Ziel)' },
  'action-step': { schema: actionStepSchema, title: 'vielfalt action step (Handlungsschritt)' },
  project: { schema: projectSchema, title: 'vielfalt project' },
  barrier: { schema: barrierSchema, title: 'vielfalt barrier' },
};

/** A JSON Schema document (draft 2020-12). */
export type JsonSchemaDocument = Record<string, unknown>;

/**
 * JSON Schemas (draft 2020-12) of the dataset and its parts, generated from the zod schemas, for users
 * outside TypeScript; the package ships them as `@vielfalt/model/schemas/<name>.json`. They describe the file
 * format (fields with defaults are optional). They cannot express cross-references, default-language texts,
 * or order rules such as closing after opening: {@link validateDataset} checks those.
 */
export function jsonSchemas(): Record<JsonSchemaName, JsonSchemaDocument> {
  const entries = Object.entries(shipped).map(([name, { schema, title }]) => {
    const generated = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
    });
    const document: JsonSchemaDocument = {
      $schema: generated.$schema,
      $id: `https://unpkg.com/@vielfalt/model/schemas/${name}.json`,
      title,
      ...generated,
    };
    return [name, document] as const;
  });
  return Object.fromEntries(entries) as Record<JsonSchemaName, JsonSchemaDocument>;
}
