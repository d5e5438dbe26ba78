/**
 * The domain model of vielfalt: county profiles, offers, actors, contacts, good practice, goals and action
 * steps as zod schemas; dataset and profile validation with German and English messages; schedule,
 * distance, freshness and lifecycle helpers; JSON Schemas.
 *
 * @packageDocumentation
 */
export {
  agsSchema,
  geoPointSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  languageCodeSchema,
  localizedStringSchema,
  taxonomyTermSchema,
  type Ags,
  type GeoPoint,
  type LanguageCode,
  type LocalizedString,
  type TaxonomyTerm,
} from './common.js';
export {
  countyProfileSchema,
  fieldOfActionSchema,
  municipalitySchema,
  type CountyProfile,
  type CountyProfileInput,
  type FieldOfAction,
  type Municipality,
} from './profile.js';
export {
  CountyProfileError,
  defineCountyProfile,
  validateCountyProfile,
  type CountyProfileValidation,
} from './define-profile.js';
export { recklinghausenProfile } from './recklinghausen.js';
export { standardFieldsOfAction } from './standard-fields.js';
export {
  clockTimeSchema,
  closureSchema,
  datedSessionSchema,
  scheduleSchema,
  timeZoneSchema,
  weekdaySchema,
  weeklySlotSchema,
  type Closure,
  type DatedSession,
  type Schedule,
  type ScheduleInput,
  type Weekday,
  type WeeklySlot,
} from './schedule.js';
export {
  accessibilitySchema,
  locationSchema,
  postalAddressSchema,
  type Accessibility,
  type Location,
  type PostalAddress,
} from './location.js';
export {
  actorSchema,
  contactSchema,
  contactVisibilitySchema,
  publicationConsentSchema,
  type Actor,
  type Contact,
  type ContactVisibility,
  type PublicationConsent,
} from './actor.js';
export {
  costSchema,
  easyLanguageTextsSchema,
  offerKindSchema,
  offerSchema,
  offerStatusSchema,
  offerTextsSchema,
  registrationSchema,
  statusChangeSchema,
  targetGroupRefSchema,
  translationStatusSchema,
  type Cost,
  type EasyLanguageTexts,
  type Offer,
  type OfferInput,
  type OfferKind,
  type OfferStatus,
  type OfferTexts,
  type Registration,
  type StatusChange,
  type TargetGroupRef,
} from './offer.js';
export {
  actionStepSchema,
  actionStepStatusSchema,
  barrierSchema,
  goalSchema,
  goodPracticeSchema,
  projectSchema,
  type ActionStep,
  type ActionStepStatus,
  type Barrier,
  type Goal,
  type GoodPractice,
  type Project,
} from './strategy.js';
export {
  DATASET_SCHEMA_VERSION,
  datasetSchema,
  type Dataset,
  type DatasetInput,
} from './dataset.js';
export {
  datasetMigrations,
  migrateDataset,
  type DatasetMigration,
  type DatasetMigrationResult,
} from './dataset-version.js';
export { validateDataset, type DatasetValidation } from './validate-dataset.js';
export { validateOffer, type OfferReferences, type OfferValidation } from './validate-offer.js';
export {
  describeValue,
  formatPath,
  formatProblem,
  problemAt,
  ProblemsError,
  truncate,
  localizedMessageSchema,
  messageLanguageSchema,
  problemSchema,
  sortProblems,
  type DataPath,
  type LocalizedMessage,
  type MessageLanguage,
  type Problem,
} from './problem.js';
export { describeIssues } from './issues.js';
export {
  distanceKm,
  isOpenAt,
  isStale,
  publicContact,
  publicContacts,
  type PublicContact,
} from './helpers.js';
export {
  allowedActions,
  LifecycleError,
  lifecycleActionSchema,
  offerLifecycle,
  transition,
  type LifecycleAction,
} from './lifecycle.js';
export { jsonSchemas, type JsonSchemaDocument, type JsonSchemaName } from './json-schema.js';
