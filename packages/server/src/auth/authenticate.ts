import type { IncomingMessage } from 'node:http';
import type { SessionInfo, Store } from '../store/store.js';
import { hashToken, readCookie, sameSecret, SESSION_COOKIE } from './tokens.js';

/** The session of a request, and whether its CSRF header matches (always true for bearer tokens). */
export type RequestSession = SessionInfo & { token: string; csrfValid: boolean };

/**
 * Finds the session a request carries: `Authorization: Bearer …` for API clients, else the session
 * cookie. Cookie sessions need the `X-CSRF-Token` header on writes; bearer tokens cannot be sent by a
 * foreign site, so they need none.
 */
export async function authenticate(
  store: Store,
  request: IncomingMessage,
): Promise<RequestSession | undefined> {
  const authorization = request.headers.authorization;
  const bearer = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined;
  const token = bearer ?? readCookie(request.headers.cookie, SESSION_COOKIE);
  if (!token || token.length > 200) return undefined;
  const session = await store.getSession(hashToken(token), new Date().toISOString());
  if (!session || session.kind !== (bearer ? 'bearer' : 'cookie')) return undefined;
  const header = request.headers['x-csrf-token'];
  const csrfValid =
    session.kind === 'bearer' ||
    (typeof header === 'string' && sameSecret(header, session.csrfToken));
  return { ...session, token, csrfValid };
}
