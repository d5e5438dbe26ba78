import { chromium } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { chromiumArgs, chromiumExecutable, npmChromium, systemChromium } from './chromium.js';

const saved = process.env['CHROMIUM_PATH'];
afterEach(() => {
  if (saved === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = saved;
});

describe('the test Chromium', () => {
  test('CHROMIUM_PATH wins; an empty one counts as unset', async () => {
    process.env['CHROMIUM_PATH'] = '/opt/elsewhere/chrome';
    expect(await chromiumExecutable()).toBe('/opt/elsewhere/chrome');
    process.env['CHROMIUM_PATH'] = '';
    expect(await chromiumExecutable()).toMatch(
      new RegExp(`^(${systemChromium}|.*vielfalt-chromium-[^/]+/chromium)$`),
    );
  });

  test(
    'the npm-shipped Chromium unpacks once, even when asked twice at the same time, and renders a page',
    { timeout: 120_000 },
    async () => {
      const [a, b] = await Promise.all([npmChromium(), npmChromium()]);
      expect(a).toBe(b);
      const browser = await chromium.launch({ executablePath: a, args: [...chromiumArgs] });
      try {
        // Two pages at once: the npm package's own `--single-process` flag would close the browser here.
        const [one, two] = await Promise.all([browser.newPage(), browser.newPage()]);
        await one.setContent('<p>Hallo</p>');
        await two.setContent('<p>Welt</p>');
        expect([await one.textContent('p'), await two.textContent('p')]).toEqual(['Hallo', 'Welt']);
        expect(browser.version()).toMatch(/^\d+\./);
      } finally {
        await browser.close();
      }
    },
  );
});
