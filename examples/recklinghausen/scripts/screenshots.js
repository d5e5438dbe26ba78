// Screenshots of the portal's main pages for docs/ and the README: `npm run screenshots -w examples/recklinghausen`.
import { mkdir } from 'node:fs/promises';
import { recklinghausenProfile } from '@vielfalt/model';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { recklinghausenSample as klimakonferenzen } from '@vielfalt/klimakonferenz/sample';
import { startPortal } from '../src/portal.js';
import { launchBrowser, settled, tempDataFolder } from '../src/testing.js';

const out = new URL('../../../docs/img/', import.meta.url);
const shots = [
  ['portal-search.png', '/?q=Deutschkurs'],
  ['portal-search-ar.png', '/?lang=ar&q=%D8%AF%D9%88%D8%B1%D8%A9%20%D9%84%D8%BA%D8%A9'],
  [
    'portal-offer.png',
    `/angebote/${recklinghausenSample.offers.find((o) => o.status === 'published' && o.texts.ar).id}`,
  ],
  ['portal-klimakonferenzen.png', '/klimakonferenzen'],
  ['portal-strategie.png', '/strategie'],
];

await mkdir(out, { recursive: true });
const data = await tempDataFolder();
const portal = await startPortal({
  profile: recklinghausenProfile,
  dataset: recklinghausenSample,
  klimakonferenzen,
  storeLocation: data.dir,
  port: 0,
});
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  for (const [file, path] of shots) {
    await page.goto(portal.url + path);
    await settled(page);
    await page.screenshot({ path: new URL(file, out).pathname });
    console.log(`docs/img/${file}`);
  }
} finally {
  await browser.close();
  await portal.close();
  await data.remove();
}
