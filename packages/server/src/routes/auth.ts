import * as z from 'zod';
import { idSchema } from '@vielfalt/model';
import { decoyHash, hashPassword, verifyPassword } from '../auth/password.js';
import { hashToken, newToken, sessionCookie } from '../auth/tokens.js';
import { ApiError, refusals } from '../http/problem.js';
import { route } from '../http/route.js';
import type { ServerContext } from '../context.js';
import { roleSchema, userSchema } from '../store/records.js';
import { signedIn } from './access.js';
import { okSchema } from './schemas.js';

/** Passwords: long enough to resist guessing, short enough that scrypt input stays bounded. */
export const passwordSchema = z.string().min(12).max(200);

const loginFailed = () =>
  new ApiError(401, 'login-failed', {
    de: 'E-Mail-Adresse oder Passwort stimmen nicht.',
    en: 'E-mail address or password is wrong.',
  });

const accountKey = (email: string) => `login-account:${email.toLowerCase()}`;

/**
 * Refuses (429) every password check of a locked account, the right password too, so that guessing gains
 * nothing from the lock; a lock is per account, whatever address the guesses come from.
 */
export async function refuseIfLocked(server: ServerContext, email: string): Promise<void> {
  const locked = await server.store.lockedUntil(accountKey(email));
  if (locked) throw refusals.tooMany(Math.ceil((locked.getTime() - Date.now()) / 1000));
}

/** Counts a wrong password for an account; the `max`-th within the window locks it for the window. */
export async function countFailure(server: ServerContext, email: string): Promise<void> {
  const { max, windowMs } = server.config.loginAttempts;
  if ((await server.store.hitRateLimit(accountKey(email), windowMs)) >= max) {
    await server.store.setLock(accountKey(email), new Date(Date.now() + windowMs));
    await server.store.resetRateLimit(accountKey(email));
  }
}

/** Sign-in, sign-out, the current account, invitations and the account list. */
export const authRoutes = [
  route({
    method: 'POST',
    path: '/api/v1/auth/login',
    access: 'public',
    tag: 'accounts',
    summary: 'Sign in; sets an HttpOnly session cookie, or returns a bearer token for API clients',
    body: z.object({
      email: z.email().max(200),
      password: z.string().min(1).max(200),
      tokenType: z.enum(['cookie', 'bearer']).default('cookie'),
    }),
    response: z.object({
      user: userSchema,
      csrfToken: z.string().optional(),
      token: z.string().optional(),
      expiresAt: z.string(),
    }),
    rateLimit: 'login',
    async handler({ body, server, tls }) {
      await refuseIfLocked(server, body.email);
      const account = await server.store.findUserByEmail(body.email);
      const valid = await verifyPassword(
        body.password,
        account?.passwordHash ?? (await decoyHash()),
      );
      if (!account || !valid) {
        await countFailure(server, body.email);
        throw loginFailed();
      }
      const { passwordHash: _hash, ...user } = account;
      const token = newToken();
      const csrfToken = newToken();
      const expiresAt = new Date(Date.now() + server.config.sessionTtlMs).toISOString();
      await server.store.createSession({
        tokenHash: hashToken(token),
        userId: user.id,
        csrfToken,
        kind: body.tokenType,
        expiresAt,
      });
      await server.store.resetRateLimit(accountKey(body.email));
      if (body.tokenType === 'bearer') return { body: { user, token, expiresAt } };
      return {
        body: { user, csrfToken, expiresAt },
        headers: {
          'set-cookie': sessionCookie(
            token,
            Math.floor(server.config.sessionTtlMs / 1000),
            server.config.secureCookies || tls,
          ),
        },
      };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/auth/logout',
    access: 'signed-in',
    tag: 'accounts',
    summary: 'Sign out: ends the session',
    response: okSchema,
    async handler({ session, server, tls }) {
      if (session) await server.store.deleteSession(hashToken(session.token));
      return {
        body: { ok: true },
        headers: { 'set-cookie': sessionCookie('', 0, server.config.secureCookies || tls) },
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/auth/me',
    access: 'signed-in',
    tag: 'accounts',
    summary: 'The signed-in account',
    response: userSchema,
    async handler({ user }) {
      return { body: signedIn(user) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/invitations',
    access: 'moderator',
    tag: 'accounts',
    summary:
      'Invite a provider (bound to its organisation) or a moderator; returns the one-time token for the link',
    body: z.object({
      email: z.email().max(200),
      role: roleSchema,
      actorId: idSchema.optional(),
      validDays: z.number().int().min(1).max(30).default(14),
    }),
    response: z.object({ token: z.string(), expiresAt: z.string() }),
    successStatus: 201,
    async handler({ body, user, server }) {
      const by = signedIn(user);
      if (
        body.role === 'provider' &&
        (!body.actorId || !(await server.store.getActor(body.actorId)))
      ) {
        throw new ApiError(400, 'unknown-actor', {
          de: `Ein Anbieterkonto braucht eine bestehende Organisation (actorId); gefunden: ${body.actorId ?? 'keine'}.`,
          en: `A provider account needs an existing organisation (actorId); found: ${body.actorId ?? 'none'}.`,
        });
      }
      const token = newToken();
      const expiresAt = new Date(Date.now() + body.validDays * 86_400_000).toISOString();
      await server.store.createInvitation(
        {
          tokenHash: hashToken(token),
          email: body.email,
          role: body.role,
          actorId: body.role === 'provider' ? (body.actorId ?? null) : null,
          expiresAt,
        },
        { userId: by.id, role: by.role },
      );
      return { body: { token, expiresAt } };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/invitations/accept',
    access: 'public',
    tag: 'accounts',
    summary: 'Accept an invitation: choose a password and create the account',
    body: z.object({ token: z.string().min(10).max(200), password: passwordSchema }),
    response: userSchema,
    successStatus: 201,
    rateLimit: 'public-write',
    async handler({ body, server }) {
      const user = await server.store.acceptInvitation(
        hashToken(body.token),
        await hashPassword(body.password, server.config.passwordCost),
        new Date().toISOString(),
      );
      if (!user) {
        throw refusals.notFound({
          de: 'Die Einladung ist unbekannt, abgelaufen oder schon benutzt.',
          en: 'The invitation is unknown, expired or used already.',
        });
      }
      return { body: user };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/users',
    access: 'moderator',
    tag: 'accounts',
    summary: 'All accounts',
    response: z.array(userSchema),
    async handler({ server }) {
      return { body: await server.store.listUsers() };
    },
  }),
];
