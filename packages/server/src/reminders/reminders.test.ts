import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { actorFixture, offerInputFixture } from '../testing/fixtures.js';
import type { Mail } from './mailer.js';
import { monthsBefore, sendReminders, startReminderJob } from './reminders.js';

const by = { userId: 'setup', role: 'moderator' as const };

describe('reminders about stale offers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vielfalt-reminders-'));
  let store: Store;
  beforeAll(async () => {
    store = await openStore(dir);
    for (const id of ['traeger-a', 'traeger-b', 'traeger-c'])
      await store.putActor(actorFixture(id), by);
    await store.createUser({
      email: 'a1@example.org',
      role: 'provider',
      actorId: 'traeger-a',
      passwordHash: 'x',
    });
    await store.createUser({
      email: 'a2@example.org',
      role: 'provider',
      actorId: 'traeger-a',
      passwordHash: 'x',
    });
    await store.createUser({
      email: 'b@example.org',
      role: 'provider',
      actorId: 'traeger-b',
      passwordHash: 'x',
    });
    const publish = async (id: string, provider: string, reviewed: string) => {
      await store.saveOffer(offerInputFixture(id, provider, `Kurs ${id}`), by, { submit: true });
      await store.approveOffer(id, 1, by, new Date(reviewed));
    };
    await publish('alt-a', 'traeger-a', '2024-01-10T10:00:00Z');
    await publish('alt-c', 'traeger-c', '2024-02-10T10:00:00Z');
    await publish('neu-b', 'traeger-b', '2026-10-01T10:00:00Z');
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts months back from a day', () => {
    expect(monthsBefore(new Date('2026-11-25T12:00:00Z'), 12)).toBe('2025-11-25');
  });

  it('writes once to each account of a provider with stale offers and names providers nobody can be told', async () => {
    const sent: Mail[] = [];
    const run = await sendReminders(
      store,
      { send: async (mail) => void sent.push(mail) },
      { months: 12, now: new Date('2026-11-25T00:00:00Z') },
    );
    expect(run).toEqual({ stale: 2, sent: 2, unreachable: ['traeger-c'] });
    expect(sent.map((m) => m.to).sort()).toEqual(['a1@example.org', 'a2@example.org']);
    expect(sent[0]?.text).toContain('Kurs alt-a (alt-a)');
    expect(sent[0]?.text).not.toContain('neu-b');
  });

  it('lets only one of several instances send per window', async () => {
    const sent: Mail[] = [];
    const mailer = { send: async (mail: Mail) => void sent.push(mail) };
    const jobs = [
      startReminderJob({ store, mailer }, { months: 12, everyMs: 3_600_000 }),
      startReminderJob({ store, mailer }, { months: 12, everyMs: 3_600_000 }),
    ];
    await new Promise((resolve) => setTimeout(resolve, 1500));
    jobs.forEach((job) => job.stop());
    expect(sent.length).toBe(2);
  });
});
