import { idSchema, localizedStringSchema } from '@vielfalt/model';
import * as z from 'zod';

/** A perspective participants speak from (Verwaltung, Ehrenamt, Neuzugewanderte …), colour-coded on paper. */
export const perspectiveSchema = z.object({
  id: idSchema,
  label: localizedStringSchema,
});
/** A perspective participants speak from. */
export type Perspective = z.infer<typeof perspectiveSchema>;

/** The default perspectives, from the roles in the Recklinghausen workshops. */
export const DEFAULT_PERSPECTIVES: readonly Perspective[] = [
  { id: 'verwaltung', label: { de: 'Verwaltung', en: 'Administration' } },
  { id: 'wohlfahrtsverband', label: { de: 'Wohlfahrtsverband', en: 'Welfare association' } },
  { id: 'verein-initiative', label: { de: 'Verein/Initiative', en: 'Club/initiative' } },
  {
    id: 'kirche-religion',
    label: { de: 'Kirche/Religionsgemeinschaft', en: 'Church/religious community' },
  },
  { id: 'ehrenamt', label: { de: 'Ehrenamt', en: 'Volunteers' } },
  {
    id: 'bildung',
    label: {
      de: 'Bildung (Schule/Kita/Bildungsträger)',
      en: 'Education (school/day care/provider)',
    },
  },
  {
    id: 'arbeitsmarkt',
    label: {
      de: 'Arbeitsmarkt (Jobcenter/Agentur/Kammer)',
      en: 'Labour market (job centre/agency/chamber)',
    },
  },
  { id: 'neuzugewanderte', label: { de: 'Neuzugewanderte', en: 'Newcomers' } },
  { id: 'buergerschaft', label: { de: 'Bürgerschaft', en: 'Residents' } },
  { id: 'sonstige', label: { de: 'Sonstige', en: 'Other' } },
];
