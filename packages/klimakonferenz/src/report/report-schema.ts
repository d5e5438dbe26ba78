import { actionStepSchema, fieldOfActionSchema, goalSchema, idSchema } from '@vielfalt/model';
import * as z from 'zod';
import { countyMapSchema, roundComparisonSchema, themeSummarySchema } from '../county-schema.js';
import { scoreSettingsSchema, workshopScoreSchema } from '../score-schema.js';

/** Version of the report format; raised on any incompatible change. */
export const REPORT_VERSION = 1;

/**
 * The Ist-Analyse report of a series of workshops, as JSON: every workshop's analysis, candidate goals and
 * action steps, the county map, themes across cities and trends between rounds. Every number sits next to
 * the statement ids it was computed from. The shipped JSON Schema
 * (`@vielfalt/klimakonferenz/schemas/report.schema.json`) is generated from this zod schema.
 */
export const reportSchema = z.object({
  reportVersion: z.literal(REPORT_VERSION),
  generator: z.literal('@vielfalt/klimakonferenz'),
  /** True when any workshop is fictional: the report says so on top. */
  fictional: z.boolean(),
  notice: z.string().nullable(),
  county: z
    .object({
      name: z.string(),
      municipalities: z.array(z.object({ ags: z.string(), name: z.string() })),
      fieldsOfAction: z.array(fieldOfActionSchema),
    })
    .nullable(),
  settings: scoreSettingsSchema,
  workshops: z.array(workshopScoreSchema),
  candidates: z.array(
    z.object({
      workshop: idSchema,
      goals: z.array(goalSchema),
      actionSteps: z.array(actionStepSchema),
    }),
  ),
  countyMap: countyMapSchema,
  themes: z.array(themeSummarySchema),
  trends: z.array(roundComparisonSchema),
});
/** The Ist-Analyse report as JSON. */
export type Report = z.infer<typeof reportSchema>;

/** The JSON Schema (draft 2020-12) of {@link reportSchema}, for validators outside TypeScript. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://vielfalt.example.invalid/schemas/klimakonferenz-report-v1.json',
    title: 'Klimakonferenz Ist-Analyse report',
    ...z.toJSONSchema(reportSchema, { target: 'draft-2020-12', io: 'output' }),
  };
}
