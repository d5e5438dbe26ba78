import type { User } from '../store/records.js';
import type { ActingUser } from '../store/store.js';
import { refusals } from '../http/problem.js';

/** Moderators act for every organisation; a provider only for its own. */
export function mayActFor(user: User, actorId: string): boolean {
  return user.role === 'moderator' || (user.actorId !== null && user.actorId === actorId);
}

/** Refuses with 403 unless the user may act for the organisation. */
export function requireActFor(user: User, actorId: string): void {
  if (!mayActFor(user, actorId)) {
    throw refusals.forbidden({
      de: `Dieser Eintrag gehört einer anderen Organisation (${actorId}); Sie können ihn weder lesen noch ändern.`,
      en: `This record belongs to another organisation (${actorId}); you can neither read nor change it.`,
    });
  }
}

/** The signed-in user of a route that requires one. */
export function signedIn(user: User | undefined): User {
  if (!user) throw refusals.unauthenticated();
  return user;
}

/** Who performs a write, as the store records it in the audit log. */
export function acting(user: User): ActingUser {
  return { userId: user.id, role: user.role };
}
