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
  /** The account id. */
  userId: string;
  /** The role the account acted in. */
  role: Role;
}

/** A key the client sends so that a retried submission is stored once. */
export interface IdempotencyKey {
  /** Whose key it is (the account id), so clients cannot collide. */
  scope: string;
  /** The `Idempotency-Key` header. */
  key: string;
  /** Hash of the request body: the same key with another body is refused. */
  requestHash: string;
}

/** Filters of the public offer list; every one narrows the list. */
export interface OfferFilter {
  /** Offer kind (`course`, `counselling`, …). */
  kind?: string;
  /** Field of action id. */
  fieldOfAction?: string;
  /** AGS; county-wide offers match every municipality. */
  municipality?: string;
  /** A language spoken in the offer. */
  language?: string;
  /** Target group id. */
  targetGroup?: string;
  /** The providing organisation. */
  providerId?: string;
}

/** A page of results and how many there are in all. */
export interface Page<T> {
  /** The items of this page. */
  items: T[];
  /** How many items there are on all pages. */
  total: number;
}

/** The session behind a cookie or bearer token, with its user. */
export interface SessionInfo {
  /** The signed-in account. */
  user: User;
  /** Token that cookie sessions must echo in `X-CSRF-Token` on writes. */
  csrfToken: string;
  /** How the session travels. */
  kind: 'cookie' | 'bearer';
  /** When the session ends. */
  expiresAt: string;
}

/** Counter that changes whenever the set of published offers changes; drives feed ETags. */
export interface PublicationRevision {
  /** Grows by one with every change of public data. */
  revision: number;
  /** When it last grew (ISO time); the feed's Last-Modified. */
  changedAt: string;
}

/** One change of public data, as the publication log records it. */
export interface PublicationChange {
  /** What kind of record changed. */
  kind: 'offer' | 'actor' | 'contact';
  /** Its id. */
  id: string;
}

/** The changes after some revision, oldest first, up to `revision`. */
export interface PublicationChanges {
  /** The revision the changes lead to. */
  revision: number;
  /** When that revision was made (absent when nothing changed). */
  changedAt?: string;
  /** One entry per revision; a record may appear more than once. */
  changes: PublicationChange[];
}

/**
 * The store contract: everything the server keeps. SQLite and PostgreSQL implement it and pass one
 * shared contract test suite. Every write is one transaction and writes its audit line in it.
 */
export interface Store {
  /** Which database is behind the store. */
  readonly dialect: 'sqlite' | 'postgres';
  /** Closes the connection (pool); the store is unusable afterwards. */
  close(): Promise<void>;

  /** Creates an account; refuses (`conflict`) an e-mail address that has one. */
  createUser(
    input: { email: string; role: Role; actorId: string | null; passwordHash: string },
    by?: ActingUser,
  ): Promise<User>;
  /** The account of an address (any case), with its password hash, for sign-in. */
  findUserByEmail(email: string): Promise<(User & { passwordHash: string }) | undefined>;
  /** Every account, by e-mail address, disabled ones included. */
  listUsers(): Promise<User[]>;
  /** One account by id, disabled or not. */
  getUser(id: string): Promise<User | undefined>;
  /**
   * Disables an account (it can no longer sign in and every session of it ends) or enables it again;
   * `undefined` when there is no such account. Audited.
   */
  setUserDisabled(id: string, disabled: boolean, by: ActingUser): Promise<User | undefined>;
  /** Replaces an account's password hash and ends every session of it; `undefined` when there is none. Audited. */
  setPasswordHash(id: string, passwordHash: string, by: ActingUser): Promise<User | undefined>;
  /** Ends every session of an account; returns how many there were. Audited. */
  revokeSessions(id: string, by: ActingUser): Promise<number>;
  /** Stores a session under the hash of its token. */
  createSession(input: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    kind: 'cookie' | 'bearer';
    expiresAt: string;
  }): Promise<void>;
  /** The unexpired session of a token hash, with its account. */
  getSession(tokenHash: string, now: string): Promise<SessionInfo | undefined>;
  /** Ends a session (sign-out). */
  deleteSession(tokenHash: string): Promise<void>;
  /** Stores an invitation under the hash of its one-time token. */
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

  /** Creates or replaces an organisation; false (and nothing written) when it is stored exactly so already. */
  putActor(actor: Actor, by: ActingUser): Promise<boolean>;
  /** One organisation. */
  getActor(id: string): Promise<Actor | undefined>;
  /** All organisations, by id. */
  listActors(): Promise<Actor[]>;
  /**
   * Creates or replaces a contact; false (and nothing written, no revision) when it is stored so already
   * apart from `updatedAt`, so a form saved without changes costs the instances nothing.
   */
  putContact(contact: Contact, by: ActingUser): Promise<boolean>;
  /** One contact with every field (internal). */
  getContact(id: string): Promise<Contact | undefined>;
  /** Contacts with every field, of one organisation or all. */
  listContacts(actorId?: string): Promise<Contact[]>;
  /** Deletes a contact; false when there was none. */
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
  /** Sends the newest draft to review. */
  submitOffer(id: string, by: ActingUser): Promise<OfferRecord>;
  /** Publishes the waiting version `version` (it must be the newest and submitted). */
  approveOffer(id: string, version: number, by: ActingUser, now?: Date): Promise<OfferRecord>;
  /** Rejects the waiting version with a reason; a published version stays online. */
  rejectOffer(id: string, version: number, reason: string, by: ActingUser): Promise<OfferRecord>;
  /** Takes an offer offline for good, keeping every version. */
  archiveOffer(id: string, reason: string | undefined, by: ActingUser): Promise<OfferRecord>;
  /** Records that a published offer was checked and is still current. */
  confirmOffer(id: string, by: ActingUser, now?: Date): Promise<OfferRecord>;
  /** One offer with its newest and published versions. */
  getOffer(id: string): Promise<OfferRecord | undefined>;
  /** Offers of any status, by id, optionally of one provider or status. */
  listOffers(
    filter: { providerId?: string; status?: string },
    page: { offset: number; limit: number },
  ): Promise<Page<OfferRecord>>;
  /** Every version of an offer, oldest first. */
  listOfferVersions(id: string): Promise<OfferVersion[]>;
  /** Published offers only, as the public sees them. */
  listPublishedOffers(
    filter: OfferFilter,
    page: { offset: number; limit: number },
  ): Promise<Page<Offer>>;
  /** The published offers among `ids`, in that order. */
  getPublishedOffers(ids: readonly string[]): Promise<Offer[]>;
  /** Offers whose newest version waits for review, oldest first. */
  reviewQueue(): Promise<OfferRecord[]>;
  /** Published offers not reviewed or confirmed since `before` (`YYYY-MM-DD`). */
  staleOffers(before: string): Promise<OfferRecord[]>;
  /** The current publication revision. */
  publicationRevision(): Promise<PublicationRevision>;
  /**
   * What changed after revision `since`, from the publication log; `undefined` when the log does not reach
   * back that far, and the caller must read everything.
   */
  publicationChanges(since: number): Promise<PublicationChanges | undefined>;

  /** Stores an error report about a published offer for its provider. */
  addReport(input: {
    offerId: string;
    message: string;
    reporterEmail: string | null;
  }): Promise<ErrorReport>;
  /** Error reports, optionally of one provider or open ones only, oldest first. */
  listReports(filter: { providerId?: string; open?: boolean }): Promise<ErrorReport[]>;
  /** Marks a report as dealt with; `undefined` when there is none. */
  resolveReport(id: string, by: ActingUser): Promise<ErrorReport | undefined>;

  /** Creates or replaces a document (good practice, goal, action step, workshop). */
  putDocument(kind: DocumentKind, id: string, doc: unknown, by: ActingUser): Promise<void>;
  /** One document, or `undefined`. */
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
  /** All documents of a kind, by id. */
  listDocuments(kind: DocumentKind): Promise<unknown[]>;

  /** Audit lines, newest first, optionally before a sequence number or about one record. */
  auditLog(options: { limit: number; before?: number; targetId?: string }): Promise<AuditEntry[]>;
  /** Counts one hit in a fixed window; returns the hits in the current window including this one. */
  hitRateLimit(key: string, windowMs: number, now?: Date): Promise<number>;
  /** Forgets the hits of a key (after a successful sign-in). */
  resetRateLimit(key: string): Promise<void>;
  /** Locks a key (an account after too many failed sign-ins) until `until`. */
  setLock(key: string, until: Date): Promise<void>;
  /** When the lock of a key ends, if it is locked at `now`. */
  lockedUntil(key: string, now?: Date): Promise<Date | undefined>;
}
