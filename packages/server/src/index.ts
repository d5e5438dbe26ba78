/**
 * `@vielfalt/server`: the offer database service. Providers enter their offers, county staff review
 * them, the public and the web components read what is published; Klimakonferenz boards and the
 * strategy are kept too. SQLite by default, PostgreSQL for production.
 * @packageDocumentation
 */
export { createServer, type CreateServerOptions, type VielfaltServer } from './server.js';
export { defaultServerConfig, type ServerConfig, type ServerContext } from './context.js';
export type { TrustProxy } from './http/client.js';
export { openStore } from './store/open.js';
export { seedStore } from './store/seed.js';
export { createSqlStore } from './store/sql-store.js';
export { StoreError, type StoreErrorCode } from './store/errors.js';
export type {
  ActingUser,
  IdempotencyKey,
  OfferFilter,
  Page,
  PublicationChange,
  PublicationChanges,
  PublicationRevision,
  SessionInfo,
  Store,
} from './store/store.js';
export {
  auditEntrySchema,
  documentKindSchema,
  errorReportSchema,
  offerRecordSchema,
  offerVersionSchema,
  reviewStateSchema,
  roleSchema,
  userSchema,
  versionStateSchema,
  type AuditEntry,
  type DocumentKind,
  type ErrorReport,
  type OfferRecord,
  type OfferVersion,
  type ReviewState,
  type Role,
  type User,
  type VersionState,
} from './store/records.js';
export { openSqlite } from './db/sqlite.js';
export { openPostgres, type PostgresOptions } from './db/postgres.js';
export { migrate, migrations, type Migration } from './db/migrations.js';
export type { SqlDialect, SqlDriver, SqlExecutor } from './db/driver.js';
export {
  hashPassword,
  verifyPassword,
  defaultPasswordCost,
  type PasswordCost,
} from './auth/password.js';
export type { SearchProvider, SearchQuery, SearchResult } from './search/provider.js';
export { createOfferIndexSearch } from './search/offer-index.js';
export { createPostgresSearch } from './search/postgres.js';
export { consoleMailer, fileMailer, type Mail, type Mailer } from './reminders/mailer.js';
export {
  sendReminders,
  startReminderJob,
  type ReminderJob,
  type ReminderRun,
} from './reminders/reminders.js';
export { openApiDocument, type ApiInfo, type JsonObject } from './openapi.js';
export { apiRoutes } from './routes/index.js';
export type { Access, Reply, Route, RouteContext, RateLimit } from './http/route.js';
export { CachedBody, type Encoding } from './http/compression.js';
export type { RequestSession } from './auth/authenticate.js';
