import type { Actor, Contact, Offer } from '@vielfalt/model';
import type {
  AuditEntry,
  DocumentKind,
  ErrorReport,
  OfferRecord,
  OfferVersion,
  Role,
  User,
} from './records.js';

/** Who performs a write; goes into the audit log. */
export interface ActingUser {
  userId: string;
  role: Role;
}

/** A key the client sends so that a retried submission is stored once. */
export interface IdempotencyKey {
  scope: string;
  key: string;
  requestHash: string;
}

/** Filters of the public offer list; every one narrows the list. */
export interface OfferFilter {
  kind?: string;
  fieldOfAction?: string;
  municipality?: string;
  language?: string;
  targetGroup?: string;
  providerId?: string;
}

/** A page of results and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** The session behind a cookie or bearer token, with its user. */
export interface SessionInfo {
  user: User;
  csrfToken: string;
  kind: 'cookie' | 'bearer';
  expiresAt: string;
}

/** Counter that changes whenever the set of published offers changes; drives feed ETags. */
export interface PublicationRevision {
  revision: number;
  changedAt: string;
}

/**
 * The store contract: everything the server keeps. SQLite and PostgreSQL implement it and pass one
 * shared contract test suite. Every write is one transaction and writes its audit line in it.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;

  createUser(
    input: { email: string; role: Role; actorId: string | null; passwordHash: string },
    by?: ActingUser,
  ): Promise<User>;
  findUserByEmail(email: string): Promise<(User & { passwordHash: string }) | undefined>;
  listUsers(): Promise<User[]>;
  createSession(input: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    kind: 'cookie' | 'bearer';
    expiresAt: string;
  }): Promise<void>;
  getSession(tokenHash: string, now: string): Promise<SessionInfo | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  createInvitation(
    input: {
      tokenHash: string;
      email: string;
      role: Role;
      actorId: string | null;
      expiresAt: string;
    },
    by: ActingUser,
  ): Promise<void>;
  /** Turns an open invitation into an account; `undefined` when the token is unknown, used or expired. */
  acceptInvitation(tokenHash: string, passwordHash: string, now: string): Promise<User | undefined>;

  putActor(actor: Actor, by: ActingUser): Promise<void>;
  getActor(id: string): Promise<Actor | undefined>;
  listActors(): Promise<Actor[]>;
  putContact(contact: Contact, by: ActingUser): Promise<void>;
  getContact(id: string): Promise<Contact | undefined>;
  listContacts(actorId?: string): Promise<Contact[]>;
  deleteContact(id: string, by: ActingUser): Promise<boolean>;

  /**
   * Stores a new version of an offer (creating the offer when it is new). The published version,
   * if any, stays online until a moderator approves the new one. With an idempotency key, a repeated
   * call returns the offer stored the first time instead of storing it again.
   */
  saveOffer(
    offer: Offer,
    by: ActingUser,
    options?: { submit?: boolean; idempotency?: IdempotencyKey },
  ): Promise<{ record: OfferRecord; replayed: boolean }>;
  submitOffer(id: string, by: ActingUser): Promise<OfferRecord>;
  approveOffer(id: string, version: number, by: ActingUser, now?: Date): Promise<OfferRecord>;
  rejectOffer(id: string, version: number, reason: string, by: ActingUser): Promise<OfferRecord>;
  archiveOffer(id: string, reason: string | undefined, by: ActingUser): Promise<OfferRecord>;
  /** Records that a published offer was checked and is still current. */
  confirmOffer(id: string, by: ActingUser, now?: Date): Promise<OfferRecord>;
  getOffer(id: string): Promise<OfferRecord | undefined>;
  listOffers(
    filter: { providerId?: string; status?: string },
    page: { offset: number; limit: number },
  ): Promise<Page<OfferRecord>>;
  listOfferVersions(id: string): Promise<OfferVersion[]>;
  /** Published offers only, as the public sees them. */
  listPublishedOffers(
    filter: OfferFilter,
    page: { offset: number; limit: number },
  ): Promise<Page<Offer>>;
  getPublishedOffers(ids: readonly string[]): Promise<Offer[]>;
  /** Offers whose newest version waits for review, oldest first. */
  reviewQueue(): Promise<OfferRecord[]>;
  /** Published offers not reviewed or confirmed since `before` (`YYYY-MM-DD`). */
  staleOffers(before: string): Promise<OfferRecord[]>;
  publicationRevision(): Promise<PublicationRevision>;

  addReport(input: {
    offerId: string;
    message: string;
    reporterEmail: string | null;
  }): Promise<ErrorReport>;
  listReports(filter: { providerId?: string; open?: boolean }): Promise<ErrorReport[]>;
  resolveReport(id: string, by: ActingUser): Promise<ErrorReport | undefined>;

  putDocument(kind: DocumentKind, id: string, doc: unknown, by: ActingUser): Promise<void>;
  getDocument(kind: DocumentKind, id: string): Promise<unknown>;
  /**
   * Changes a document in one transaction, with the row locked, so concurrent changes (two facilitators
   * placing dots on one live board) are applied one after the other and none is lost. `change` returns
   * the new document; `undefined` when the document does not exist.
   */
  updateDocument<T>(
    kind: DocumentKind,
    id: string,
    change: (doc: unknown) => T,
    by: ActingUser,
  ): Promise<T | undefined>;
  listDocuments(kind: DocumentKind): Promise<unknown[]>;

  auditLog(options: { limit: number; before?: number; targetId?: string }): Promise<AuditEntry[]>;
  /** Counts one hit in a fixed window; returns the hits in the current window including this one. */
  hitRateLimit(key: string, windowMs: number, now?: Date): Promise<number>;
  resetRateLimit(key: string): Promise<void>;
}
