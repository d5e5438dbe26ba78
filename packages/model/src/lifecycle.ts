import * as z from 'zod';
import type { Offer, OfferStatus } from './offer.js';
import { problemAt, type DataPath, type LocalizedMessage, type Problem } from './problem.js';

/** What can happen to an offer in review: a provider submits or withdraws, county staff publish, reject or archive. */
export const lifecycleActionSchema = z.enum([
  'submit',
  'publish',
  'reject',
  'archive',
  'withdraw',
  'reopen',
]);
/** What can happen to an offer in review. */
export type LifecycleAction = z.infer<typeof lifecycleActionSchema>;

/**
 * The lifecycle: from which statuses each action may start, and where it leads.
 * draft → submitted → published → archived; submitted → rejected; withdraw takes a submitted or published
 * offer back to draft for editing; reopen brings an archived or rejected offer back to draft; a rejected offer
 * may also be submitted again directly once fixed.
 */
export const offerLifecycle: Readonly<
  Record<LifecycleAction, { from: readonly OfferStatus[]; to: OfferStatus }>
> = {
  submit: { from: ['draft', 'rejected'], to: 'submitted' },
  publish: { from: ['submitted'], to: 'published' },
  reject: { from: ['submitted'], to: 'rejected' },
  archive: { from: ['published'], to: 'archived' },
  withdraw: { from: ['submitted', 'published'], to: 'draft' },
  reopen: { from: ['archived', 'rejected'], to: 'draft' },
};

/** The actions allowed for an offer in `status`, e.g. to show the right buttons. */
export function allowedActions(status: OfferStatus): LifecycleAction[] {
  return lifecycleActionSchema.options.filter((action) =>
    offerLifecycle[action].from.includes(status),
  );
}

/**
 * Thrown by {@link transition} for a move the lifecycle does not allow. `problem` names the field at fault
 * (`status`, `by` or `reason`) like every other problem; `messages` holds its German and English message.
 */
export class LifecycleError extends Error {
  /** `illegal-transition`, `reason-required` or `actor-required`. */
  readonly code: 'illegal-transition' | 'reason-required' | 'actor-required';
  /** The refusal as a problem with path and code, e.g. for an API response. */
  readonly problem: Problem;
  /** The message in German and English, starting with the path. */
  readonly messages: LocalizedMessage;

  constructor(code: LifecycleError['code'], path: DataPath, messages: LocalizedMessage) {
    const problem = problemAt(path, code, messages);
    super(`${problem.message.de} / ${problem.message.en}`);
    this.name = 'LifecycleError';
    this.code = code;
    this.problem = problem;
    this.messages = problem.message;
  }
}

/**
 * Moves an offer through its review lifecycle: returns a new offer with the new status, `updatedAt` and an
 * entry appended to `history` (who, when, why). Refuses moves the lifecycle does not allow, and rejections
 * without a reason (the provider needs to know what to fix), with a {@link LifecycleError}.
 *
 * @example
 * const submitted = transition(draft, 'submit', 'anbieter@awo-marl.example');
 * const published = transition(submitted, 'publish', 'ki@kreis-re.example', new Date());
 */
export function transition<T extends Pick<Offer, 'id' | 'status' | 'history'>>(
  offer: T,
  action: LifecycleAction,
  by: string,
  at: Date = new Date(),
  reason?: string,
): T & { updatedAt: string } {
  const rule = offerLifecycle[action];
  if (!rule.from.includes(offer.status)) {
    const allowed = allowedActions(offer.status);
    throw new LifecycleError('illegal-transition', ['status'], {
      de: `Angebot „${offer.id}“: „${action}“ ist im Status „${offer.status}“ nicht erlaubt; erwartet einen Status aus ${rule.from.join(', ')}. Erlaubt sind hier: ${allowed.join(', ') || 'keine Aktionen'}.`,
      en: `offer "${offer.id}": "${action}" is not allowed in status "${offer.status}"; expected a status among ${rule.from.join(', ')}. Allowed here: ${allowed.join(', ') || 'no actions'}.`,
    });
  }
  if (!by.trim()) {
    throw new LifecycleError('actor-required', ['by'], {
      de: `Angebot „${offer.id}“: erwartet, wer „${action}“ ausführt (by); gefunden: nichts.`,
      en: `offer "${offer.id}": expected who performs "${action}" (by); found: nothing.`,
    });
  }
  if (action === 'reject' && !reason?.trim()) {
    throw new LifecycleError('reason-required', ['reason'], {
      de: `Angebot „${offer.id}“: eine Ablehnung braucht eine Begründung, damit der Träger weiß, was zu ändern ist; gefunden: keine.`,
      en: `offer "${offer.id}": a rejection needs a reason so the provider knows what to change; found: none.`,
    });
  }
  const when = at.toISOString();
  const change = { status: rule.to, at: when, by, ...(reason === undefined ? {} : { reason }) };
  return { ...offer, status: rule.to, history: [...offer.history, change], updatedAt: when };
}
