// Screenshots of the portal's main pages for docs/ and the README: `npm run screenshots -w examples/recklinghausen`.
import { mkdir } from 'node:fs/promises';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { recklinghausenSample as klimakonferenzen } from '@vielfalt/klimakonferenz/sample';
import { settled, startTestPortal } from '../src/testing.js';

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
const { portal, browser, close } = await startTestPortal({ klimakonferenzen });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  for (const [file, path] of shots) {
    await page.goto(portal.url + path);
    await settled(page);
    await page.screenshot({ path: new URL(file, out).pathname });
    console.log(`docs/img/${file}`);
  }
} finally {
  await close();
}
