import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { recklinghausenProfile } from '@vielfalt/model';
import { sampleOffers } from '../testing/offers.js';
import '../define/offer-form.js';
import { axeViolations, jsonUrl, mount, shadowOf, until } from '../testing/dom.js';
import { expectNoXss, perPayloadTimeout, xssPayloads } from '../testing/xss.js';
import { emptyDraft } from './form-draft.js';
import type { VfOfferForm } from './offer-form.js';

async function form(lang = 'de', endpoint = '/__vf/offers'): Promise<VfOfferForm> {
  const el = await mount<VfOfferForm>(
    `<vf-offer-form endpoint="${endpoint}" draft-key="vf-test-draft"></vf-offer-form>`,
    lang,
  );
  el.profile = recklinghausenProfile;
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  shadowOf(el).querySelector(selector) as T;

afterEach(() => localStorage.removeItem('vf-test-draft'));

describe('<vf-offer-form>', () => {
  test('an empty submit shows an error summary that takes focus and links to each field', async () => {
    const el = await form();
    await userEvent.click($(el, '[part="submit"]'));
    const summary = await until(() => $(el, '[part="error-summary"]'));
    expect(shadowOf(el).activeElement).toBe(summary);
    expect(summary.querySelector('h2')?.textContent).toMatch(/Bitte korrigieren Sie \d Angaben:/);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['#title', '#summary', '#fieldsOfAction']),
    );
    expect(links[0]?.textContent).toContain('Titel');
    await userEvent.click(links[0]!);
    expect(shadowOf(el).activeElement?.id).toBe('title');
    expect($(el, '#title').getAttribute('aria-invalid')).toBe('true');
    expect($(el, '#title').getAttribute('aria-describedby')).toBe('title-error');
  });

  test('keyboard only: fill the form, add a time, give consent and send it to the endpoint', async () => {
    const el = await form();
    const submitted: Record<string, unknown>[] = [];
    el.addEventListener('vf-offer-submit', (e) => submitted.push({ ...e.offer, status: e.status }));
    const focusOn = async (selector: string) => {
      const target = $(el, selector);
      while (shadowOf(el).activeElement !== target) await userEvent.keyboard('{Tab}');
    };
    await focusOn('#title');
    await userEvent.keyboard('Nähcafé für alle');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('Gemeinsam nähen und Deutsch sprechen.');
    await focusOn('input[name="fieldsOfAction"]');
    await userEvent.keyboard(' ');
    await focusOn('#languages');
    await userEvent.keyboard('{End}, ar');
    await focusOn('fieldset:nth-of-type(4) button.secondary');
    await userEvent.keyboard('{Enter}');
    await until(() => $(el, '#slot-0-opens'));
    await focusOn('#publishEmail');
    await userEvent.keyboard(' ');
    await focusOn('[part="submit"]');
    await userEvent.keyboard('{Enter}');
    // Publishing the email without consent is refused.
    const summary = await until(() => $(el, '[part="error-summary"]'));
    expect(summary.textContent).toContain('Ohne Einverständnis');
    await focusOn('#consent');
    await userEvent.keyboard(' ');
    await focusOn('[part="submit"]');
    await userEvent.keyboard('{Enter}');
    await until(() => submitted.length === 1);
    expect(submitted[0]).toMatchObject({
      status: 201,
      kind: 'course',
      languages: ['de', 'ar'],
      fieldsOfAction: ['wohnen'],
    });
    expect(shadowOf(el).textContent).toContain('Danke!');
    expect(localStorage.getItem('vf-test-draft')).toBeNull();
  });

  test('editing an offer keeps its id, other languages and places, and sends the changed text', async () => {
    const original = sampleOffers(1)[0]!;
    const el = await form();
    const submitted: Record<string, unknown>[] = [];
    el.addEventListener('vf-offer-submit', (e) =>
      submitted.push(e.offer as Record<string, unknown>),
    );
    el.offer = original;
    await el.updateComplete;
    const title = $<HTMLInputElement>(el, '#title');
    expect(title.value).toBe('Deutschkurs Castrop-Rauxel');
    await userEvent.tripleClick(title);
    await userEvent.keyboard('Deutschkurs am Abend');
    await userEvent.click($(el, '[part="submit"]'));
    await until(() => submitted.length === 1);
    expect(submitted[0]).toMatchObject({
      id: original.id,
      providerId: original.providerId,
      texts: { de: { title: 'Deutschkurs am Abend' }, en: { title: original.texts['en']!.title } },
      locations: [{ id: original.locations[0]!.id, geo: original.locations[0]!.geo }],
    });
  });

  test('the draft survives a reload and can be discarded', async () => {
    const el = await form();
    await userEvent.click($(el, '#title'));
    await userEvent.keyboard('Sprachkurs');
    el.remove();
    const again = await form();
    expect($<HTMLInputElement>(again, '#title').value).toBe('Sprachkurs');
    expect(shadowOf(again).textContent).toContain('Ihr Entwurf wurde wiederhergestellt.');
    await userEvent.click(
      [...shadowOf(again).querySelectorAll('button')].find((b) =>
        b.textContent?.includes('verwerfen'),
      )!,
    );
    expect($<HTMLInputElement>(again, '#title').value).toBe('');
    expect(localStorage.getItem('vf-test-draft')).toBeNull();
  });

  test('a refused submit keeps the entries and says so', async () => {
    localStorage.setItem(
      'vf-test-draft',
      JSON.stringify({
        ...emptyDraft(),
        title: 'Elterncafé',
        summary: 'Treffen für Eltern.',
        fieldsOfAction: ['wohnen'],
      }),
    );
    const el = await form('de', '/__vf/nowhere');
    await userEvent.click($(el, '[part="submit"]'));
    await until(() => shadowOf(el).textContent?.includes('Das Senden ist fehlgeschlagen'));
    expect(JSON.parse(localStorage.getItem('vf-test-draft') ?? '{}').title).toBe('Elterncafé');
  });

  test('loads the county profile from profile-src, and names what is wrong with a broken one', async () => {
    const el = await mount<VfOfferForm>(
      `<vf-offer-form profile-src="${jsonUrl(recklinghausenProfile)}"></vf-offer-form>`,
    );
    await until(() => el.profile);
    expect(el.profile?.id).toBe(recklinghausenProfile.id);
    const reasons: string[] = [];
    document.addEventListener('vf-load-error', (e) => reasons.push(e.reason));
    await mount(`<vf-offer-form profile-src="${jsonUrl({ id: 42 })}"></vf-offer-form>`);
    await until(() => reasons.length > 0);
    expect(reasons[0]).toMatch(/erwartet .* \/ .*expected /);
  });

  test('messages follow lang and dir of the nearest ancestor', async () => {
    const el = await form('ar');
    await userEvent.click($(el, '[part="submit"]'));
    await until(() => $(el, '[part="error-summary"]'));
    expect($(el, '[part="base"]').getAttribute('dir')).toBe('rtl');
    expect($(el, '#title-error').textContent).toBe('يرجى ملء هذا الحقل.');
    el.closest('main')!.lang = 'ru';
    await until(() => $(el, '#title-error')?.textContent === 'Пожалуйста, заполните это поле.');
    expect($(el, '[part="base"]').getAttribute('dir')).toBe('ltr');
  });

  test(
    'XSS payloads in a restored draft stay text',
    async () => {
      for (const payload of xssPayloads) {
        localStorage.setItem(
          'vf-test-draft',
          JSON.stringify({
            ...emptyDraft(),
            title: payload,
            summary: payload,
            description: payload,
            street: payload,
            contactName: payload,
          }),
        );
        const el = await form();
        expect($<HTMLInputElement>(el, '#title').value).toBe(payload);
        await userEvent.click($(el, '[part="submit"]'));
        await expectNoXss(shadowOf(el), ['textarea']);
      }
    },
    perPayloadTimeout,
  );

  describe.each(['de', 'en', 'ar', 'uk'])('axe (WCAG 2.1 AA) in %s', (lang) => {
    test('empty, restored, error and failed states have no violations', async () => {
      const el = await form(lang);
      expect(await axeViolations(el)).toEqual([]);
      await userEvent.click($(el, '[part="submit"]'));
      await until(() => $(el, '[part="error-summary"]'));
      expect(await axeViolations(el)).toEqual([]);
      localStorage.setItem(
        'vf-test-draft',
        JSON.stringify({
          ...emptyDraft(),
          title: 'Elterncafé',
          summary: 'Treffen.',
          fieldsOfAction: ['wohnen'],
          slots: [{ day: 'mo', opens: '10:00', closes: '12:00' }],
        }),
      );
      const failed = await form(lang, '/__vf/nowhere');
      expect(await axeViolations(failed)).toEqual([]);
      await userEvent.click($(failed, '[part="submit"]'));
      await until(() => shadowOf(failed).querySelector('p[role="alert"]'));
      expect(await axeViolations(failed)).toEqual([]);
    });
  });
});
