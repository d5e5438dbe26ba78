import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/klima-board.js';
import { axeViolations, jsonUrl, mount, shadowOf, until } from '../testing/dom.js';
import { sampleWorkshop } from '../testing/workshop.js';
import { expectNoXss, perPayloadTimeout, xssPayloads } from '../testing/xss.js';
import type { VfKlimaBoard } from './klima-board.js';

async function board(lang = 'de', extra = ''): Promise<VfKlimaBoard> {
  const el = await mount<VfKlimaBoard>(`<vf-klima-board ${extra}></vf-klima-board>`, lang);
  el.workshop = sampleWorkshop();
  await el.updateComplete;
  return el;
}
const buttons = (el: Element, wall: string) => [
  ...shadowOf(el).querySelectorAll<HTMLButtonElement>(
    `section[aria-labelledby="wall-${wall}"] [part="dot-button"]`,
  ),
];

describe('<vf-klima-board>', () => {
  test('shows four walls with their questions and hides counts from participants', async () => {
    const el = await board();
    const walls = [...shadowOf(el).querySelectorAll('[part="wall"] h3')].map((h) =>
      h.textContent?.trim(),
    );
    expect(walls).toEqual(['☀ Sonne', '☁ Wolke', '⚡ Gewitter', '🌬 Wind']);
    expect(shadowOf(el).textContent).toContain('Was läuft gut?');
    expect(shadowOf(el).textContent).not.toContain('2 Punkte');
    el.facilitator = true;
    await el.updateComplete;
    expect(shadowOf(el).textContent).toContain('2 Punkte');
  });

  test('keyboard only: place the one dot per wall, move it, add a statement', async () => {
    const el = await board();
    const changes: number[] = [];
    el.addEventListener('vf-dot-change', (e) => changes.push(e.count));
    const added: string[] = [];
    el.addEventListener('vf-statement-add', (e) => added.push(e.text));
    const [first, second] = buttons(el, 'sonne');
    while (shadowOf(el).activeElement !== first) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await until(() => first!.getAttribute('aria-pressed') === 'true');
    expect(changes).toEqual([3]); // two dots were there already
    expect(second!.disabled).toBe(true); // budget of one dot on this wall is spent
    expect(shadowOf(el).textContent).toContain('Noch 0 Punkte an dieser Wand');
    await userEvent.keyboard(' ');
    await until(() => first!.getAttribute('aria-pressed') === 'false' && !second!.disabled);
    const area = shadowOf(el).querySelector('#new-wind') as HTMLTextAreaElement;
    while (shadowOf(el).activeElement !== area) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('Mehr Begegnungsorte im Quartier');
    await userEvent.keyboard('{Tab}{Enter}');
    await until(() => added.length === 1);
    expect(added[0]).toBe('Mehr Begegnungsorte im Quartier');
    expect(el.workshop?.statements.at(-1)).toMatchObject({
      wall: 'wind',
      text: 'Mehr Begegnungsorte im Quartier',
    });
  });

  test('facilitator mode records transcribed dots for the chosen participant', async () => {
    const el = await board('de', 'facilitator');
    const select = shadowOf(el).querySelector('select') as HTMLSelectElement;
    await userEvent.selectOptions(select, 'p1');
    await userEvent.click(buttons(el, 'gewitter')[0]!);
    await until(() => el.workshop?.votes.level === 'dots' && el.workshop.votes.dots.length === 4);
    const votes = el.workshop!.votes;
    expect(votes.level === 'dots' && votes.dots.at(-1)).toMatchObject({
      participant: 'p1',
      statement: 's2',
      enteredBy: 'facilitator',
    });
    expect(shadowOf(el).textContent).toContain('2 Punkte');
  });

  test('loads a workshop from src, and shows an error for a broken one', async () => {
    const el = await mount<VfKlimaBoard>(
      `<vf-klima-board src="${jsonUrl(sampleWorkshop())}"></vf-klima-board>`,
    );
    await until(() => shadowOf(el).querySelectorAll('[part="statement"]').length === 8);
    const broken = await mount<VfKlimaBoard>(
      `<vf-klima-board src="${jsonUrl({ id: 'Ungültig!' })}"></vf-klima-board>`,
    );
    await until(() => shadowOf(broken).querySelector('[role="alert"]'));
  });

  test('follows lang and dir of the nearest ancestor', async () => {
    const el = await board('fa');
    expect(shadowOf(el).querySelector('[part="base"]')?.getAttribute('dir')).toBe('rtl');
    expect(shadowOf(el).textContent).toContain('خورشید');
    el.closest('main')!.lang = 'tr';
    await until(() => shadowOf(el).textContent?.includes('Güneş'));
    expect(shadowOf(el).querySelector('[part="base"]')?.getAttribute('dir')).toBe('ltr');
  });

  test(
    'XSS payloads in statements stay text',
    async () => {
      const el = await mount<VfKlimaBoard>('<vf-klima-board facilitator></vf-klima-board>');
      for (let i = 0; i < xssPayloads.length; i += 8) {
        el.workshop = sampleWorkshop(xssPayloads.slice(i, i + 8));
        await el.updateComplete;
        for (const p of xssPayloads.slice(i, i + 8)) expect(shadowOf(el).textContent).toContain(p);
        await expectNoXss(shadowOf(el), ['textarea']);
      }
    },
    perPayloadTimeout,
  );

  describe.each(['de', 'en', 'ar', 'uk'])('axe (WCAG 2.1 AA) in %s', (lang) => {
    test('empty, loaded, voted, facilitator and error states have no violations', async () => {
      const empty = await mount<VfKlimaBoard>('<vf-klima-board></vf-klima-board>', lang);
      expect(await axeViolations(empty)).toEqual([]);
      const el = await board(lang);
      expect(await axeViolations(el)).toEqual([]);
      await userEvent.click(buttons(el, 'sonne')[0]!);
      el.facilitator = true;
      await el.updateComplete;
      expect(await axeViolations(el)).toEqual([]);
      const broken = await mount<VfKlimaBoard>(
        '<vf-klima-board src="/no-such-workshop.json"></vf-klima-board>',
        lang,
      );
      await until(() => shadowOf(broken).querySelector('[role="alert"]'));
      expect(await axeViolations(broken)).toEqual([]);
    });
  });
});
