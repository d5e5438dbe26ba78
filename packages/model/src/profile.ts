import { z } from 'zod';
import {
  agsSchema,
  geoPointSchema,
  idSchema,
  languageCodeSchema,
  localizedStringSchema,
  taxonomyTermSchema,
} from './common.js';

export const municipalitySchema = z.object({
  ags: agsSchema,
  name: z.string().min(1),
  /** NRW's classes of county towns; other Länder use their own words, hence a free string. */
  type: z.string().optional(),
  townHall: z
    .object({ street: z.string(), postalCode: z.string().regex(/^\d{5}$/), locality: z.string() })
    .optional(),
  centre: geoPointSchema,
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const fieldOfActionSchema = z.object({
  id: idSchema,
  label: localizedStringSchema,
  description: localizedStringSchema.optional(),
});
export type FieldOfAction = z.infer<typeof fieldOfActionSchema>;

export const countyProfileSchema = z.object({
  id: idSchema,
  county: z.object({
    name: z.string().min(1),
    /** First five digits of every municipality's AGS. */
    key: z.string().regex(/^\d{5}$/),
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
  languages: z.array(languageCodeSchema).min(1),
  defaultLanguage: languageCodeSchema,
});
/** A county's configuration: its municipalities, fields of action, taxonomies and languages. */
export type CountyProfile = z.infer<typeof countyProfileSchema>;
export type CountyProfileInput = z.input<typeof countyProfileSchema>;

