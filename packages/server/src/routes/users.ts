import * as z from 'zod';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { ApiError, refusals } from '../http/problem.js';
import { route } from '../http/route.js';
import { userSchema, type User } from '../store/records.js';
import { acting, signedIn } from './access.js';
import { countFailure, passwordSchema, refuseIfLocked } from './auth.js';

const userParams = z.object({ id: z.uuid() });

const noSuchUser = (id: string) =>
  refusals.notFound({ de: `Konto „${id}“ gibt es nicht.`, en: `Account "${id}" does not exist.` });

function found(user: User | undefined, id: string): User {
  if (!user) throw noSuchUser(id);
  return user;
}

/**
 * Account administration for county staff (moderators): disable and re-enable accounts, set a new password,
 * end sessions; and for everyone signed in, changing the own password. Every change is audited in the store.
 */
export const userRoutes = [
  route({
    method: 'POST',
    path: '/api/v1/users/{id}/disable',
    access: 'moderator',
    tag: 'accounts',
    summary: 'Disable an account: it can no longer sign in, and every session of it ends at once',
    params: userParams,
    response: userSchema,
    async handler({ params, user, server }) {
      const me = signedIn(user);
      if (me.id === params.id) {
        throw new ApiError(409, 'own-account', {
          de: 'Das eigene Konto kann nicht deaktiviert werden; das muss eine andere Moderatorin tun.',
          en: 'You cannot disable your own account; another moderator has to.',
        });
      }
      return {
        body: found(await server.store.setUserDisabled(params.id, true, acting(me)), params.id),
      };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/users/{id}/enable',
    access: 'moderator',
    tag: 'accounts',
    summary: 'Enable a disabled account again',
    params: userParams,
    response: userSchema,
    async handler({ params, user, server }) {
      return {
        body: found(
          await server.store.setUserDisabled(params.id, false, acting(signedIn(user))),
          params.id,
        ),
      };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/users/{id}/password',
    access: 'moderator',
    tag: 'accounts',
    summary: 'Set a new password for an account; every session of it ends',
    params: userParams,
    body: z.object({ password: passwordSchema }),
    response: userSchema,
    async handler({ params, body, user, server }) {
      const hash = await hashPassword(body.password, server.config.passwordCost);
      return {
        body: found(
          await server.store.setPasswordHash(params.id, hash, acting(signedIn(user))),
          params.id,
        ),
      };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/users/{id}/revoke-sessions',
    access: 'moderator',
    tag: 'accounts',
    summary: 'End every session of an account (a lost laptop, a leaked token)',
    params: userParams,
    response: z.object({ revoked: z.number().int() }),
    async handler({ params, user, server }) {
      found(await server.store.getUser(params.id), params.id);
      return {
        body: { revoked: await server.store.revokeSessions(params.id, acting(signedIn(user))) },
      };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/auth/password',
    access: 'signed-in',
    tag: 'accounts',
    summary: 'Change the own password; every session ends, sign in again with the new one',
    body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema }),
    response: userSchema,
    async handler({ body, user, server }) {
      const me = signedIn(user);
      // A session left open must not become a way around the sign-in lock.
      await refuseIfLocked(server, me.email);
      const account = await server.store.findUserByEmail(me.email);
      if (!account || !(await verifyPassword(body.currentPassword, account.passwordHash))) {
        await countFailure(server, me.email);
        throw new ApiError(403, 'wrong-password', {
          de: 'body.currentPassword: das bisherige Passwort stimmt nicht.',
          en: 'body.currentPassword: the current password is wrong.',
        });
      }
      const hash = await hashPassword(body.newPassword, server.config.passwordCost);
      return { body: found(await server.store.setPasswordHash(me.id, hash, acting(me)), me.id) };
    },
  }),
];
