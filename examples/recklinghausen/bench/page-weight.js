// `npm run bench`: the first-load weight of every portal page (HTML, scripts, styles; gzip), against the budgets
// of issue 17: every page at most 50 KiB, search and offer detail at most 40 KiB each.
import { recklinghausenSample } from '@vielfalt/sample-data';
import { recklinghausenSample as klimakonferenzen } from '@vielfalt/klimakonferenz/sample';
import { budget, measurePages, portalPages, sharedWeight } from '../src/page-budgets.js';
import { startTestPortal } from '../src/testing.js';

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const { portal, browser, close } = await startTestPortal({ klimakonferenzen });
try {
  const offer = recklinghausenSample.offers.find((o) => o.status === 'published').id;
  const rows = await measurePages(browser, portal.url, portalPages(offer));
  console.log('page'.padEnd(44), 'code (gzip)'.padStart(12), 'data (gzip)'.padStart(12), ' budget');
  for (const r of rows)
    console.log(
      r.path.padEnd(44),
      kib(r.code).padStart(12),
      kib(r.data).padStart(12),
      ` ${r.code <= budget(r.path) ? '≤' : '> OVER'} ${kib(budget(r.path))}`,
    );
  const visit = rows.filter((r) => r.path === '/' || r.path.startsWith('/angebote/'));
  console.log(
    `a newcomer's visit, search then an offer (files fetched once): ${kib(sharedWeight(visit))}`,
  );
} finally {
  await close();
}
