import type { Store } from '../store/store.js';
import type { OfferRecord } from '../store/records.js';
import type { Mailer } from './mailer.js';
import type { ServerContext } from '../context.js';

/** The day `months` months before `now`, as `YYYY-MM-DD`. */
export function monthsBefore(now: Date, months: number): string {
  const day = new Date(now);
  day.setUTCMonth(day.getUTCMonth() - months);
  return day.toISOString().slice(0, 10);
}

/** What one reminder run did. */
export interface ReminderRun {
  /** Stale offers found. */
  stale: number;
  /** Mails sent. */
  sent: number;
  /** Providers with stale offers but no account to write to. */
  unreachable: string[];
}

function reminderText(offers: OfferRecord[], months: number): string {
  const lines = offers.map(
    (o) =>
      `- ${o.published?.texts['de']?.title ?? o.id} (${o.id}), zuletzt geprüft / last reviewed: ${o.lastReviewedAt ?? '–'}`,
  );
  return [
    `Guten Tag,`,
    ``,
    `diese Angebote wurden seit mehr als ${months} Monaten nicht bestätigt. Bitte prüfen Sie, ob sie noch stimmen, und bestätigen oder ändern Sie sie.`,
    `These offers have not been confirmed for more than ${months} months. Please check them and confirm or edit them.`,
    ``,
    ...lines,
  ].join('\n');
}

/**
 * Finds published offers not reviewed or confirmed for `months` months and writes one reminder per
 * provider to each of its accounts. Safe to run from cron on every instance: it only reads and sends.
 */
export async function sendReminders(
  store: Store,
  mailer: Mailer,
  options: { months: number; now?: Date },
): Promise<ReminderRun> {
  const stale = await store.staleOffers(monthsBefore(options.now ?? new Date(), options.months));
  const byProvider = new Map<string, OfferRecord[]>();
  for (const offer of stale)
    byProvider.set(offer.providerId, [...(byProvider.get(offer.providerId) ?? []), offer]);
  const users = await store.listUsers();
  let sent = 0;
  const unreachable: string[] = [];
  for (const [providerId, offers] of byProvider) {
    const recipients = users.filter((u) => u.role === 'provider' && u.actorId === providerId);
    if (recipients.length === 0) unreachable.push(providerId);
    for (const user of recipients) {
      await mailer.send({
        to: user.email,
        subject: `Bitte Angebote prüfen / Please check your offers (${offers.length})`,
        text: reminderText(offers, options.months),
      });
      sent += 1;
    }
  }
  return { stale: stale.length, sent, unreachable };
}

/** A running reminder job. */
export interface ReminderJob {
  /** Stops the job; a run under way finishes. */
  stop(): void;
}

/**
 * Runs {@link sendReminders} every `everyMs` (default daily). Several instances may run the job: a
 * window counter in the store lets only the first instance of each window send, so nobody is
 * reminded twice.
 */
export function startReminderJob(
  server: Pick<ServerContext, 'store' | 'mailer'>,
  options: { months: number; everyMs?: number },
): ReminderJob {
  const everyMs = options.everyMs ?? 24 * 60 * 60 * 1000;
  const tick = async () => {
    if ((await server.store.hitRateLimit('reminder-job', everyMs)) !== 1) return;
    await sendReminders(server.store, server.mailer, { months: options.months });
  };
  const run = () =>
    void tick().catch((error: unknown) => console.error('vielfalt reminders failed', error));
  const timer = setInterval(run, everyMs);
  timer.unref();
  const first = setTimeout(run, 1000);
  first.unref();
  /** Stops the job. */
  return {
    stop: () => {
      clearInterval(timer);
      clearTimeout(first);
    },
  };
}
