import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { recklinghausenProfile } from '@vielfalt/model';
import '../define/strategy.js';
import { axeViolations, jsonUrl, mount, shadowOf, until } from '../testing/dom.js';
import { sampleStrategy } from '../testing/strategy.js';
import { expectNoXss, perPayloadTimeout, xssPayloads } from '../testing/xss.js';
import type { VfStrategy } from './strategy.js';

async function strategy(lang = 'de', text?: string): Promise<VfStrategy> {
  const el = await mount<VfStrategy>('<vf-strategy></vf-strategy>', lang);
  Object.assign(el, sampleStrategy(text), { profile: recklinghausenProfile });
  await el.updateComplete;
  return el;
}
const goals = (el: Element) =>
  [...shadowOf(el).querySelectorAll('[part="goal"] h3')].map((h) => h.textContent?.trim());

describe('<vf-strategy>', () => {
  test('shows goals with field, steps, status, responsible actors and due date', async () => {
    const el = await strategy();
    expect(goals(el)).toEqual(['Ziel: Dezentral wohnen', 'Ziel: Sport für alle']);
    const text = shadowOf(el).textContent ?? '';
    expect(text).toContain('Wohnen');
    expect(text).toContain('In Arbeit');
    expect(text).toContain('Verantwortlich: Kommunales Integrationszentrum');
    expect(shadowOf(el).querySelector('time')?.getAttribute('datetime')).toBe('2027-06-30');
  });

  test('keyboard only: filter by status and field with the arrow keys; fires vf-filter-change', async () => {
    const el = await strategy();
    const seen: string[] = [];
    el.addEventListener('vf-filter-change', (e) =>
      seen.push(`${e.filters['field']}|${e.filters['status']}`),
    );
    const status = shadowOf(el).querySelector('select[name="status"]') as HTMLSelectElement;
    while (shadowOf(el).activeElement !== status) await userEvent.keyboard('{Tab}');
    // A closed select changes with the arrow keys (all, planned, in progress, done).
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    await until(() => goals(el).length === 1);
    expect(status.value).toBe('done');
    expect(goals(el)).toEqual(['Ziel: Sport für alle']);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{ArrowDown}');
    await until(() => shadowOf(el).textContent?.includes('Keine Ziele für diese Auswahl.'));
    expect(seen).toEqual(['|planned', '|in-progress', '|done', 'wohnen|done']);
  });

  test('loads a dataset from src and follows lang and dir', async () => {
    const data = { schemaVersion: 1, profileId: 'recklinghausen', ...sampleStrategy() };
    const el = await mount<VfStrategy>(
      `<vf-strategy src="${jsonUrl(data)}" profile-src="${jsonUrl(recklinghausenProfile)}"></vf-strategy>`,
      'ar',
    );
    await until(() => goals(el).length === 2);
    expect(shadowOf(el).querySelector('[part="base"]')?.getAttribute('dir')).toBe('rtl');
    expect(shadowOf(el).textContent).toContain('قيد التنفيذ');
    el.closest('main')!.lang = 'en';
    await until(() => shadowOf(el).textContent?.includes('In progress'));
  });

  test(
    'XSS payloads in goals, steps and actor names stay text',
    async () => {
      for (const payload of xssPayloads) {
        const el = await strategy('de', payload);
        expect(shadowOf(el).textContent).toContain(payload);
        await expectNoXss(shadowOf(el));
      }
    },
    perPayloadTimeout,
  );

  describe.each(['de', 'en', 'ar', 'uk'])('axe (WCAG 2.1 AA) in %s', (lang) => {
    test('empty, loaded, filtered and error states have no violations', async () => {
      expect(await axeViolations(await mount('<vf-strategy></vf-strategy>', lang))).toEqual([]);
      const el = await strategy(lang);
      expect(await axeViolations(el)).toEqual([]);
      await userEvent.selectOptions(
        shadowOf(el).querySelector('select[name="status"]') as HTMLSelectElement,
        'planned',
      );
      expect(await axeViolations(el)).toEqual([]);
      const broken = await mount<VfStrategy>('<vf-strategy src="/nope.json"></vf-strategy>', lang);
      await until(() => shadowOf(broken).querySelector('[role="alert"]'));
      expect(await axeViolations(broken)).toEqual([]);
    });
  });
});
