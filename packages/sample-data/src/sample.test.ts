import { describe, expect, it } from 'vitest';
import { distanceKm, isStale, recklinghausenProfile, validateDataset } from '@vielfalt/model';
import { recklinghausenSample as sample } from './index.js';

const profile = recklinghausenProfile;
const fieldOf = new Map(sample.goals.map((g) => [g.id, g.fieldOfAction]));
const count = <T>(items: readonly T[], predicate: (item: T) => boolean) =>
  items.filter(predicate).length;

describe('the Recklinghausen sample dataset', () => {
  it('validates against the Recklinghausen profile', () => {
    const result = validateDataset(profile, JSON.parse(JSON.stringify(sample)));
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
  });

  it('says in German and English that it is fictional', () => {
    expect(sample.notice).toMatch(/Fiktive Beispieldaten/);
    expect(sample.notice).toMatch(/Fictional sample data/);
    for (const actor of sample.actors)
      expect(actor.description?.de).toMatch(/^Fiktiver Beispielträger\./);
  });

  it('uses only reserved mail domains and the phone ranges kept free for fiction', () => {
    const mails = [
      ...sample.actors.map((a) => a.email),
      ...sample.contacts.map((c) => c.email),
    ].filter((m) => m !== undefined);
    const phones = [
      ...sample.actors.map((a) => a.phone),
      ...sample.contacts.map((c) => c.phone),
    ].filter((p) => p !== undefined);
    expect(mails.length).toBeGreaterThan(100);
    for (const mail of mails) expect(mail).toMatch(/\.example$/);
    for (const phone of phones)
      expect(phone).toMatch(/^\+49 (30 23125|40 66969|69 90009|89 99998|221 4710) \d{3}$/);
    for (const actor of sample.actors)
      expect(new URL(actor.website ?? 'https://x.example/').hostname).toMatch(/\.example$/);
  });

  it('has at least 300 offers, and at least two in every city for every field of action', () => {
    expect(sample.offers.length).toBeGreaterThanOrEqual(300);
    for (const city of profile.municipalities) {
      for (const field of profile.fieldsOfAction) {
        const n = count(
          sample.offers,
          (o) =>
            o.area.kind === 'municipalities' &&
            o.area.ags.includes(city.ags) &&
            o.fieldsOfAction.includes(field.id),
        );
        expect(n, `${city.name} × ${field.id}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('has at least 30 providers that run offers and at least 60 contacts of every kind', () => {
    expect(new Set(sample.offers.map((o) => o.providerId)).size).toBeGreaterThanOrEqual(30);
    expect(sample.contacts.length).toBeGreaterThanOrEqual(60);
    const persons = sample.contacts.filter((c) => c.kind === 'person');
    expect(count(persons, (c) => c.consent.given && c.visibility.name)).toBeGreaterThan(10);
    expect(count(persons, (c) => c.consent.given && !c.visibility.phone)).toBeGreaterThan(0);
    const withoutConsent = persons.filter((c) => !c.consent.given);
    expect(withoutConsent.length).toBeGreaterThan(0);
    for (const c of withoutConsent)
      expect(Object.values(c.visibility).some(Boolean), c.id).toBe(false);
    expect(
      count(sample.contacts, (c) => c.kind === 'role-mailbox' && c.name === undefined),
    ).toBeGreaterThan(10);
  });

  it('has at least 20 good-practice examples, linked to offers', () => {
    expect(sample.goodPractices.length).toBeGreaterThanOrEqual(20);
    expect(count(sample.goodPractices, (g) => g.offerIds.length > 0)).toBeGreaterThanOrEqual(15);
  });

  it('has goals and action steps with responsible actors and history for every field of action', () => {
    for (const field of profile.fieldsOfAction) {
      const steps = sample.actionSteps.filter((s) => fieldOf.get(s.goalId) === field.id);
      expect(
        count(sample.goals, (g) => g.fieldOfAction === field.id),
        field.id,
      ).toBeGreaterThanOrEqual(1);
      expect(steps.length, field.id).toBeGreaterThanOrEqual(2);
      for (const step of steps) {
        expect(step.responsibleActorIds.length).toBeGreaterThan(0);
        expect(step.statusHistory.at(-1)?.status).toBe(step.status);
      }
    }
    expect(new Set(sample.actionSteps.map((s) => s.status))).toEqual(
      new Set(['planned', 'in-progress', 'done', 'dropped']),
    );
    // References into the Klimakonferenz sample, as `<workshop>/<statement>`.
    for (const record of [...sample.goals, ...sample.actionSteps]) {
      expect(record.sourceStatementIds.length, record.id).toBeGreaterThan(0);
      for (const ref of record.sourceStatementIds)
        expect(ref).toMatch(/^rek-2017-[a-z0-9-]+\/[a-z]\d{2}$/);
    }
    expect(sample.projects.length).toBeGreaterThanOrEqual(3);
    expect(new Set(sample.barriers.map((b) => b.level))).toEqual(
      new Set(['individual', 'organisational', 'municipal']),
    );
  });

  it('has offers spoken in each of the six newcomer languages, and texts translated into them', () => {
    for (const language of ['ar', 'uk', 'fa', 'tr', 'ru', 'en']) {
      expect(
        count(sample.offers, (o) => o.languages.includes(language)),
        language,
      ).toBeGreaterThanOrEqual(10);
      const translated = sample.offers.filter((o) => o.texts[language] !== undefined);
      expect(translated.length, language).toBeGreaterThanOrEqual(10);
      for (const o of translated)
        expect(['machine', 'human-checked']).toContain(o.texts[language]?.status);
    }
    for (const o of sample.offers) expect(o.texts.de?.status).toBe('original');
    expect(count(sample.offers, (o) => o.easyLanguage !== undefined)).toBeGreaterThanOrEqual(20);
  });

  it('places every offer location within 5 km of the centre of its municipality', () => {
    const centre = new Map(profile.municipalities.map((m) => [m.ags, m.centre]));
    let located = 0;
    for (const offer of sample.offers) {
      for (const location of offer.locations) {
        const c = centre.get(location.municipality);
        expect(c, location.id).toBeDefined();
        expect(location.geo, location.id).toBeDefined();
        if (c && location.geo)
          expect(distanceKm(c, location.geo), `${offer.id} ${location.id}`).toBeLessThanOrEqual(5);
        if (offer.area.kind === 'municipalities')
          expect(offer.area.ags).toContain(location.municipality);
        located++;
      }
    }
    expect(located).toBeGreaterThanOrEqual(300);
  });

  it('varies schedules, target groups, costs, formats and accessibility', () => {
    const schedules = sample.offers.map((o) => o.schedule);
    expect(count(schedules, (s) => s.weekly.length > 0)).toBeGreaterThan(100);
    expect(
      count(schedules, (s) => new Set(s.weekly.map((w) => w.day)).size < s.weekly.length),
    ).toBeGreaterThan(5);
    expect(count(schedules, (s) => s.weekly.some((w) => w.interval === 2))).toBeGreaterThan(5);
    expect(count(schedules, (s) => s.byAppointment)).toBeGreaterThan(20);
    expect(count(schedules, (s) => s.sessions.length > 0)).toBeGreaterThan(20);
    expect(
      count(schedules, (s) => s.closures.some((c) => c.reason?.de === 'Sommerferien')),
    ).toBeGreaterThan(10);
    expect(
      count(schedules, (s) => s.validFrom !== undefined && s.validUntil !== undefined),
    ).toBeGreaterThan(10);
    expect(new Set(sample.offers.flatMap((o) => o.targetGroups.map((t) => t.id)))).toEqual(
      new Set(profile.taxonomies.targetGroups.map((t) => t.id)),
    );
    expect(
      count(sample.offers, (o) =>
        o.targetGroups.some((t) => t.minAge !== undefined && t.maxAge !== undefined),
      ),
    ).toBeGreaterThan(50);
    expect(new Set(sample.offers.map((o) => o.cost.kind))).toEqual(
      new Set(['free', 'reduced', 'paid']),
    );
    expect(new Set(sample.offers.map((o) => o.format))).toEqual(
      new Set(['on-site', 'online', 'hybrid']),
    );
    expect(
      new Set(sample.offers.flatMap((o) => o.locations.map((l) => l.accessibility.wheelchair))),
    ).toEqual(new Set(['yes', 'no', 'unknown']));
    expect(
      count(sample.offers, (o) => o.registration.required && o.registration.documents.length > 0),
    ).toBeGreaterThan(50);
  });

  it('is mostly published, has every other status too, and some offers are stale on 2026-11-01', () => {
    const statuses = sample.offers.map((o) => o.status);
    expect(count(statuses, (s) => s === 'published') / statuses.length).toBeGreaterThan(0.8);
    for (const status of ['draft', 'submitted', 'archived', 'rejected'] as const)
      expect(statuses, status).toContain(status);
    for (const offer of sample.offers)
      expect(offer.history.at(-1)?.status, offer.id).toBe(offer.status);
    const published = sample.offers.filter((o) => o.status === 'published');
    const stale = count(published, (o) => isStale(o, new Date('2026-11-01T00:00:00Z')));
    expect(stale / published.length).toBeGreaterThan(0.1);
    expect(stale / published.length).toBeLessThan(0.4);
  });

  it('reads like real offers: many different titles, umlauts, ß, gender forms and abbreviations', () => {
    const titles = sample.offers.map((o) => o.texts.de?.title ?? '');
    expect(new Set(titles).size / titles.length).toBeGreaterThan(0.6);
    for (const pattern of [
      /[äöü]/,
      /ß/,
      /\*innen/,
      /\bVHS\b/,
      /\bJMD\b/,
      /\bMBE\b/,
      /\bBAMF\b/,
      /\bKita\b/,
    ]) {
      expect(
        count(sample.offers, (o) =>
          pattern.test(`${o.texts.de?.title} ${o.texts.de?.summary} ${o.texts.de?.description}`),
        ),
        String(pattern),
      ).toBeGreaterThanOrEqual(5);
    }
  });
});
