/**
 * The ids the sample uses from the Recklinghausen profile (fields of action and taxonomies), in one place;
 * `validateDataset` checks every one of them against the profile when the sample is built.
 */
export const field = {
  wohnen: 'wohnen',
  bildung014: 'bildung-0-14',
  bildung15: 'bildung-ab-15',
  sicherheit: 'sicherheit-rassismus',
  sport: 'sport',
  arbeit: 'ausbildung-arbeit',
  engagement: 'engagement',
  familie: 'familie-kinder-frauen-jugend',
} as const;
/** A field-of-action id of the profile. */
export type FieldId = (typeof field)[keyof typeof field];
/** All eight fields of action, in the profile's order. */
export const allFields: readonly FieldId[] = Object.values(field);

/** Target groups (Zielgruppen) of the competition form. */
export const group = {
  kita: 'kinder-kita',
  schule: 'kinder-schule',
  jugend: 'jugendliche',
  jungeErw: 'junge-erwachsene',
  erw: 'erwachsene',
  frauen: 'maedchen-frauen',
  maenner: 'jungen-maenner',
  neu: 'aktuelle-zuwanderer',
  laenger: 'laenger-hier-lebende',
  vorOrt: 'bevoelkerung-vor-ort',
  multi: 'multiplikatoren',
} as const;
/** A target-group id of the profile. */
export type GroupId = (typeof group)[keyof typeof group];

/** Actor kinds (Akteursarten) inside and outside the administration. */
export const actorKind = {
  integrationsbeauftragte: 'integrationsbeauftragte',
  soziales: 'amt-soziales',
  jugendamt: 'amt-jugend',
  wohnen: 'amt-wohnen',
  sportamt: 'amt-sport',
  jobcenter: 'jobcenter',
  auslaenderbehoerde: 'auslaenderbehoerde',
  ki: 'kommunales-integrationszentrum',
  quartier: 'quartiersmanagement',
  stadtteilzentrum: 'stadtteilzentrum',
  wohlfahrt: 'wohlfahrtsverband',
  kirche: 'kirche',
  mso: 'migrantenselbstorganisation',
  sportverein: 'sportverein',
  bildung: 'bildungseinrichtung',
  bildungstraeger: 'bildungstraeger',
  initiative: 'ehrenamtliche-initiative',
  nachbarschaft: 'nachbarschaftsverein',
  agentur: 'agentur-fuer-arbeit',
  kammer: 'handwerkskammer',
  jugendzentrum: 'jugendzentrum',
  kita: 'kita',
  schule: 'schule',
  stiftung: 'stiftung',
  unternehmen: 'unternehmen',
} as const;
/** An actor-kind id of the profile. */
export type ActorKindId = (typeof actorKind)[keyof typeof actorKind];

/** Places (Orte und Einrichtungen). */
export const place = {
  quartier: 'quartier',
  stadtteilzentrum: 'stadtteilzentrum',
  jugendeinrichtung: 'jugendeinrichtung',
  sportverein: 'sportverein',
  unterkunft: 'fluechtlingsunterkunft',
  kita: 'kita',
  schule: 'schule',
  ausbildung: 'ausbildungsstaette',
  vhs: 'bildungseinrichtung',
  treffpunkt: 'treffpunkt-zugewanderte',
  mso: 'migrantenselbstorganisation',
  wohlfahrt: 'wohlfahrtsverband',
  verein: 'verein',
  kirche: 'kirche',
  verwaltung: 'verwaltung',
} as const;
/** A place-kind id of the profile. */
export type PlaceId = (typeof place)[keyof typeof place];

/** Funding sources (Finanzierung). */
export const funding = {
  kommunal: 'kommunale-mittel',
  land: 'landesmittel',
  bund: 'bundesmittel',
  eu: 'eu-mittel',
  stiftung: 'stiftungsmittel',
  sponsoren: 'sponsorengelder',
  spenden: 'spenden',
} as const;
/** A funding-source id of the profile. */
export type FundingId = (typeof funding)[keyof typeof funding];
