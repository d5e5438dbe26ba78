import * as z from 'zod';
import {
  agsSchema,
  geoPointSchema,
  idSchema,
  languageCodeSchema,
  localizedStringSchema,
  taxonomyTermSchema,
} from './common.js';
import { patterns } from './patterns.js';

/** A municipality (Stadt/Gemeinde) of the county, keyed by its AGS. */
export const municipalitySchema = z.object({
  ags: agsSchema,
  name: z.string().min(1),
  /** NRW's classes of county towns ("Große/Mittlere kreisangehörige Stadt"); other Länder use their own words, hence a free string. */
  type: z.string().optional(),
  townHall: z
    .object({
      street: z.string(),
      postalCode: z.string().regex(patterns.postalCode.regex),
      locality: z.string(),
    })
    .optional(),
  centre: geoPointSchema,
});
/** A municipality of the county, keyed by its AGS. */
export type Municipality = z.infer<typeof municipalitySchema>;

/** A field of action (Handlungsfeld) of the county's strategy. */
export const fieldOfActionSchema = z.object({
  id: idSchema,
  label: localizedStringSchema,
  description: localizedStringSchema.optional(),
  /** The national standard field it belongs to (see `standardFieldsOfAction`), if any; own fields have none. */
  standardField: idSchema.optional(),
});
/** A field of action (Handlungsfeld) of the county's strategy. */
export type FieldOfAction = z.infer<typeof fieldOfActionSchema>;

/** A county's configuration: its municipalities, fields of action, taxonomies and languages. */
export const countyProfileSchema = z.object({
  id: idSchema,
  county: z.object({
    name: z.string().min(1),
    /** First five digits of every municipality's AGS. */
    key: z.string().regex(patterns.countyKey.regex),
    state: z.string().min(1),
    seat: z.string().optional(),
    office: z.string().optional(),
    population: z.number().int().positive().optional(),
    centre: geoPointSchema,
    /** Radius in km around the centre that holds every place of the county; coordinates outside are refused. */
    radiusKm: z.number().positive(),
  }),
  municipalities: z.array(municipalitySchema).min(1),
  fieldsOfAction: z.array(fieldOfActionSchema).min(1),
  taxonomies: z.object({
    targetGroups: z.array(taxonomyTermSchema).min(1),
    actorKinds: z.array(taxonomyTermSchema).min(1),
    places: z.array(taxonomyTermSchema),
    fundingSources: z.array(taxonomyTermSchema),
  }),
  /** Languages the user interface offers, default language first. */
  languages: z.array(languageCodeSchema).min(1),
  /** The language every text must exist in; the fallback for all others. */
  defaultLanguage: languageCodeSchema,
});
/** A county's configuration: its municipalities, fields of action, taxonomies and languages. */
export type CountyProfile = z.infer<typeof countyProfileSchema>;
/** What {@link countyProfileSchema} accepts (before defaults are applied). */
export type CountyProfileInput = z.input<typeof countyProfileSchema>;
