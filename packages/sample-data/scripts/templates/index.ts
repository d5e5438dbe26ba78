import type { OfferTemplate } from '../template.js';
import { alltagshilfen } from './alltagshilfen.js';
import type { FieldId } from '../vocabulary.js';
import { arbeit } from './ausbildung-arbeit.js';
import { bildung014 } from './bildung-0-14.js';
import { bildung15 } from './bildung-ab-15.js';
import { engagement } from './engagement.js';
import { familie } from './familie.js';
import { orientierung } from './orientierung.js';
import { sicherheit } from './sicherheit-rassismus.js';
import { sport } from './sport.js';
import { wohnen } from './wohnen.js';

/** Every offer template, grouped by the field of action it is listed under. */
export const templates: readonly OfferTemplate[] = [
  ...wohnen,
  ...bildung014,
  ...bildung15,
  ...orientierung,
  ...sicherheit,
  ...sport,
  ...arbeit,
  ...engagement,
  ...familie,
  ...alltagshilfen,
];

/** The templates whose first field is `fieldId`. */
export function templatesOf(fieldId: FieldId): OfferTemplate[] {
  return templates.filter((t) => t.fields[0] === fieldId);
}
