import { agsSchema, idSchema } from '@vielfalt/model';
import * as z from 'zod';
import { wallSchema } from './workshop.js';

const probability = z.number().min(0).max(1);

/** A statement across workshops: `<workshop id>/<statement id>`, since statement ids are unique only within a workshop. */
export const statementRefSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/);

/** One cell of the county map: a field of action in one municipality. */
export const countyMapCellSchema = z.object({
  fieldOfAction: idSchema,
  municipality: agsSchema,
  /** Sonne statements about this municipality that received dots. */
  sonne: z.int().nonnegative(),
  /** Gewitter statements about this municipality that received dots. */
  gewitter: z.int().nonnegative(),
  /** Dots on those Sonne statements. */
  sonneDots: z.int().nonnegative(),
  /** Dots on those Gewitter statements. */
  gewitterDots: z.int().nonnegative(),
  /** Climate balance sonne / (sonne + gewitter) over dotted statements; null without any. */
  raw: probability.nullable(),
  /** Balance shrunk towards the county mean by the beta-binomial model. */
  shrunk: probability,
  /** Weight of the cell's own dots in `shrunk`. */
  weight: probability,
  /** Wilson 95% interval of `raw` over its `sonne + gewitter` statements; null without any. */
  interval: z.object({ low: probability, high: probability }).nullable(),
  /** The round the cell comes from: the latest of its field and scope, rounds are never mixed. */
  round: z.int().positive().nullable(),
  /** Statements the numbers come from. */
  statements: z.array(statementRefSchema),
});
/** One cell of the county map. */
export type CountyMapCell = z.infer<typeof countyMapCellSchema>;

/** The county map: fields of action × municipalities with a climate balance per cell. */
export const countyMapSchema = z.object({
  fieldsOfAction: z.array(idSchema),
  municipalities: z.array(agsSchema),
  /** County mean of the climate balance, the value every cell is pulled towards. */
  mean: probability,
  /** Beta-binomial prior strength (how many statements the mean is worth). */
  priorStrength: z.number().positive(),
  cells: z.array(countyMapCellSchema),
});
/** The county map. */
export type CountyMap = z.infer<typeof countyMapSchema>;

/** A theme (tag) across cities. */
export const themeSummarySchema = z.object({
  theme: idSchema,
  /** Dots per wall on statements with this theme. */
  dotsByWall: z.object({ sonne: z.int(), wolke: z.int(), gewitter: z.int(), wind: z.int() }),
  /** Municipalities where a statement with this theme is in the top tier of its wall. */
  topTierMunicipalities: z.array(agsSchema),
  /** Breadth: in how many municipalities the theme is top tier. */
  breadth: z.int().nonnegative(),
  fieldsOfAction: z.array(idSchema),
  statements: z.array(statementRefSchema),
});
/** A theme across cities. */
export type ThemeSummary = z.infer<typeof themeSummarySchema>;

/** A theme's share of a wall in one round. */
export const roundShareSchema = z.object({
  count: z.int().nonnegative(),
  voters: z.int().nonnegative(),
  share: probability,
  statements: z.array(statementRefSchema),
});

/** How one theme changed between two rounds. */
export const themeTrendSchema = z.object({
  theme: idSchema,
  walls: z.array(
    z.object({
      wall: wallSchema,
      /** Null when the theme had no statement on this wall in that round: absent, not 0 %. */
      before: roundShareSchema.nullable(),
      after: roundShareSchema.nullable(),
      /** Change in share with its Newcombe 95% interval; null unless the theme is on the wall in both rounds. */
      change: z.object({ difference: z.number(), low: z.number(), high: z.number() }).nullable(),
    }),
  ),
  /** The wall where the theme had most of its share, when that wall changed (e.g. gewitter → sonne). */
  transition: z.object({ from: wallSchema, to: wallSchema }).nullable(),
});
/** How one theme changed between two rounds. */
export type ThemeTrend = z.infer<typeof themeTrendSchema>;

/** Two consecutive rounds of the same field and scope. */
export const roundComparisonSchema = z.object({
  fieldOfAction: idSchema,
  municipality: agsSchema.nullable(),
  before: z.object({
    workshop: idSchema,
    round: z.int().positive(),
    participants: z.int().nonnegative(),
  }),
  after: z.object({
    workshop: idSchema,
    round: z.int().positive(),
    participants: z.int().nonnegative(),
  }),
  /**
   * True when participation changed by more than a quarter (e.g. 85 people, then 33): shares then come from
   * different rooms, and a change may say more about who came than about the field.
   */
  participationChanged: z.boolean(),
  themes: z.array(themeTrendSchema),
});
/** Two consecutive rounds compared. */
export type RoundComparison = z.infer<typeof roundComparisonSchema>;
