import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { recklinghausenSample } from '@vielfalt/klimakonferenz/sample';
import '../define/klima-map.js';
import '../define/klima-report.js';
import { axeViolations, jsonUrl, mount, shadowOf, until } from '../testing/dom.js';
import { sampleWorkshop } from '../testing/workshop.js';
import { expectNoXss, perPayloadTimeout, xssPayloads } from '../testing/xss.js';
import type { VfKlimaMap } from './klima-map.js';
import type { VfKlimaReport } from './klima-report.js';

async function report(lang = 'de'): Promise<VfKlimaReport> {
  const el = await mount<VfKlimaReport>('<vf-klima-report></vf-klima-report>', lang);
  el.workshop = sampleWorkshop();
  await el.updateComplete;
  return el;
}
async function map(lang = 'de'): Promise<VfKlimaMap> {
  const el = await mount<VfKlimaMap>('<vf-klima-map></vf-klima-map>', lang);
  el.collection = recklinghausenSample;
  await el.updateComplete;
  return el;
}

describe('<vf-klima-report>', () => {
  test('per wall a chart hidden from assistive technology and a data table with share, interval and tier', async () => {
    const el = await report();
    const tables = shadowOf(el).querySelectorAll('table');
    expect(tables).toHaveLength(4);
    expect(shadowOf(el).querySelector('[part="chart"]')?.getAttribute('aria-hidden')).toBe('true');
    const firstRow = [...tables[0]!.querySelectorAll('tbody tr')][0]!;
    expect(firstRow.querySelector('th')?.textContent).toBe('Viele Ehrenamtliche');
    expect(
      [...firstRow.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s/g, ' ').trim()),
    ).toEqual(['2', '100 %', expect.stringMatching(/^\d+ % – \d+ %$/), '1']);
    expect(shadowOf(el).textContent).toContain('Fiktive Beispieldaten');
  });

  test('keyboard: tables are reachable by screen-reader table navigation; no focus traps (Tab leaves the element)', async () => {
    const el = await report();
    const after = document.createElement('button');
    after.textContent = 'danach';
    el.after(after);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(after);
  });

  test('loads from src and switches lang and dir', async () => {
    const el = await mount<VfKlimaReport>(
      `<vf-klima-report src="${jsonUrl(sampleWorkshop())}"></vf-klima-report>`,
      'ar',
    );
    await until(() => shadowOf(el).querySelectorAll('table').length === 4);
    expect(shadowOf(el).querySelector('[part="base"]')?.getAttribute('dir')).toBe('rtl');
    expect(shadowOf(el).textContent).toContain('الشمس');
    el.closest('main')!.lang = 'en';
    await until(() => shadowOf(el).textContent?.includes('Sun: What is going well?'));
  });

  test('a file written by hand, its defaults left out, is validated in full and scored like the stored form', async () => {
    const stored = sampleWorkshop();
    const { round, dotBudget, perspectives, mergeLog, quotes, facilitators, ...written } = stored;
    expect([round, dotBudget, perspectives.length > 0, mergeLog, quotes]).toEqual([
      1,
      1,
      true,
      [],
      [],
    ]);
    expect(facilitators).toEqual([]);
    const [fromStored, fromWritten] = await Promise.all(
      [stored, written].map(async (data) => {
        const el = await mount<VfKlimaReport>(
          `<vf-klima-report src="${jsonUrl(data)}"></vf-klima-report>`,
        );
        await until(() => shadowOf(el).querySelectorAll('table').length === 4);
        return el;
      }),
    );
    expect(fromWritten!.workshop).toEqual(fromStored!.workshop);
    expect(shadowOf(fromWritten!).querySelector('table')?.textContent).toBe(
      shadowOf(fromStored!).querySelector('table')?.textContent,
    );
  });

  test(
    'XSS payloads in statements stay text',
    async () => {
      const el = await mount<VfKlimaReport>('<vf-klima-report></vf-klima-report>');
      for (let i = 0; i < xssPayloads.length; i += 8) {
        el.workshop = sampleWorkshop(xssPayloads.slice(i, i + 8));
        await el.updateComplete;
        await expectNoXss(shadowOf(el));
      }
    },
    perPayloadTimeout,
  );
});

describe('<vf-klima-map>', () => {
  test('shows fields × cities with smoothed values and a data table', async () => {
    const el = await map();
    const rows = shadowOf(el).querySelectorAll('table tbody tr');
    expect(rows.length).toBeGreaterThan(3);
    expect(shadowOf(el).querySelector('[part="grid"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(shadowOf(el).querySelector('table')?.textContent).toMatch(
      /Recklinghausen|Marl|Herten|Dorsten/,
    );
    expect(shadowOf(el).querySelector('table tbody tr td:nth-of-type(2)')?.textContent).toMatch(
      /^\d+\s%$/,
    );
  });

  test('loads from src, reports a broken file, and follows lang', async () => {
    const el = await mount<VfKlimaMap>(
      `<vf-klima-map src="${jsonUrl(recklinghausenSample)}"></vf-klima-map>`,
      'uk',
    );
    await until(() => shadowOf(el).querySelector('table'));
    expect(shadowOf(el).querySelector('caption')?.textContent).toContain('Таблиця даних');
    const failures: string[] = [];
    document.addEventListener('vf-load-error', (e) => failures.push(`${e.url}: ${e.reason}`));
    const broken = await mount<VfKlimaMap>('<vf-klima-map src="/nope.json"></vf-klima-map>');
    await until(() => shadowOf(broken).querySelector('[role="alert"]'));
    const invalid = await mount<VfKlimaReport>(
      `<vf-klima-report src="${jsonUrl({ workshops: 'keine' })}"></vf-klima-report>`,
    );
    await until(() => shadowOf(invalid).querySelector('[role="alert"]'));
    expect(failures[0]).toMatch(/^\/nope\.json: .*HTTP 404/);
    expect(failures[1]).toMatch(/erwartet .* \/ .*expected /);
  });
});

describe.each(['de', 'en', 'ar', 'uk'])('axe (WCAG 2.1 AA) for report and map in %s', (lang) => {
  test('empty, loaded and error states have no violations', async () => {
    expect(await axeViolations(await mount('<vf-klima-report></vf-klima-report>', lang))).toEqual(
      [],
    );
    expect(await axeViolations(await report(lang))).toEqual([]);
    expect(await axeViolations(await mount('<vf-klima-map></vf-klima-map>', lang))).toEqual([]);
    expect(await axeViolations(await map(lang))).toEqual([]);
    const broken = await mount<VfKlimaMap>('<vf-klima-map src="/nope.json"></vf-klima-map>', lang);
    await until(() => shadowOf(broken).querySelector('[role="alert"]'));
    expect(await axeViolations(broken)).toEqual([]);
  });
});
