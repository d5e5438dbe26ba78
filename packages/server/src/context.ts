import type { CountyProfile } from '@vielfalt/model';
import type { TrustProxy } from './http/client.js';
import type { Mailer } from './reminders/mailer.js';
import type { SearchProvider } from './search/provider.js';
import type { Store } from './store/store.js';

/** Limits and switches of a server; every one has a default in {@link defaultServerConfig}. */
export interface ServerConfig {
  /** Largest request body in bytes. */
  bodyLimit: number;
  /** How long a session lasts. */
  sessionTtlMs: number;
  /**
   * Send cookies with `Secure` (turn off only for plain-HTTP tests on 127.0.0.1). Requests that came over
   * TLS (directly, or per `X-Forwarded-Proto` from a trusted proxy) get `Secure` cookies either way.
   */
  secureCookies: boolean;
  /**
   * Behind proxies you trust: `true` for one (a TLS-terminating reverse proxy), a number for that many in a
   * row. The client address is then the one those proxies appended to `X-Forwarded-For` (counted from the
   * right; what the client wrote itself is ignored), and `X-Forwarded-Proto` says whether it used TLS.
   */
  trustProxy: TrustProxy;
  /**
   * Sign-in failures per account: `max` failures within `windowMs` lock the account for `windowMs`,
   * counted whatever address they come from; while locked every attempt, with the right password too,
   * gets 429 and is not counted.
   */
  loginAttempts: { max: number; windowMs: number };
  /** Sign-in requests per client address; generous, as a county office signs in from one address. */
  loginsPerAddress: { max: number; windowMs: number };
  /** Public writes (error reports, accepting invitations) per address. */
  publicWrites: { max: number; windowMs: number };
  /** scrypt cost for new password hashes. */
  passwordCost: { N: number; r: number; p: number };
  /** A client that takes no bytes of an answer for this long is disconnected. */
  responseStallMs: number;
  /**
   * The feed is written at most once per this many milliseconds: writing it at 10,000 offers holds the
   * process for about a second, which approvals every second must not repeat for every new reader. In
   * between, the newest written feed is served under its own ETag (clients cache it for 60 s anyway).
   */
  feedRefreshMs: number;
}

/** Defaults for a public deployment. */
export const defaultServerConfig: ServerConfig = {
  bodyLimit: 256 * 1024,
  sessionTtlMs: 8 * 60 * 60 * 1000,
  secureCookies: true,
  trustProxy: false,
  loginAttempts: { max: 10, windowMs: 15 * 60 * 1000 },
  loginsPerAddress: { max: 100, windowMs: 15 * 60 * 1000 },
  publicWrites: { max: 20, windowMs: 10 * 60 * 1000 },
  passwordCost: { N: 2 ** 15, r: 8, p: 1 },
  responseStallMs: 30_000,
  feedRefreshMs: 10_000,
};

/** The services every route handler can use. Holds no state that matters: everything is in the store. */
export interface ServerContext {
  /** Where everything is kept. */
  store: Store;
  /** Where searches go. */
  search: SearchProvider;
  /** The county the server runs for. */
  profile: CountyProfile;
  /** How reminders are sent. */
  mailer: Mailer;
  /** Limits and switches. */
  config: ServerConfig;
}
