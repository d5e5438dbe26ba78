import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { recklinghausenProfile } from '@vielfalt/model';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { launchChromium } from '@vielfalt/testing/chromium';
import { startPortal } from './portal.js';

const require = createRequire(import.meta.url);

/** Headless Chromium for the end-to-end tests: `CHROMIUM_PATH`, Debian's, or the npm-shipped one. */
export { launchChromium as launchBrowser };

/** A fresh data folder for an embedded store, removed by the returned function. */
export async function tempDataFolder() {
  const dir = await mkdtemp(join(tmpdir(), 'vielfalt-portal-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The Recklinghausen portal with its sample offers on a free port, a fresh store (an embedded one in a temp folder
 * unless `storeLocation` names another) and a headless Chromium: what every browser test and script of this
 * example starts. `options` go to `startPortal` (e.g. `klimakonferenzen`). `close()` stops all three.
 */
export async function startTestPortal({ storeLocation, ...options } = {}) {
  const data = await tempDataFolder();
  const portal = await startPortal({
    profile: recklinghausenProfile,
    dataset: recklinghausenSample,
    port: 0,
    ...options,
    storeLocation: storeLocation ?? data.dir,
  });
  const browser = await launchChromium();
  return {
    portal,
    browser,
    async close() {
      await browser.close();
      await portal.close();
      await data.remove();
    },
  };
}

const axeSource = readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.1 A and AA) on the page, shadow roots included; returns the violations. */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, so the page's own Content-Security-Policy stays in force.
  await page.evaluate(await axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Signs in through the page's own form. */
export async function signIn(page, email, password) {
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.locator('form.login button[type=submit]').click();
  await page.locator('p.logout').waitFor({ state: 'visible' });
}

/** Waits until every vf- element on the page has rendered and the data they fetch has arrived. */
export async function settled(page) {
  await page.waitForLoadState('load');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('vf-'))
      .every((el) => customElements.get(el.localName)),
  );
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('vf-'))
        .map((el) => el.updateComplete),
    ),
  );
}
