import { recklinghausenProfile } from '@vielfalt/model';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { recklinghausenSample as klimakonferenzen } from '@vielfalt/klimakonferenz/sample';
import { demoPassword, startPortal } from './portal.js';

const storeLocation =
  process.env.DATABASE_URL ??
  process.env.VIELFALT_DATA ??
  new URL('../.data', import.meta.url).pathname;
const portal = await startPortal({
  profile: recklinghausenProfile,
  dataset: recklinghausenSample,
  storeLocation,
  klimakonferenzen,
  port: Number(process.env.PORT ?? 5173),
  host: process.env.HOST ?? '127.0.0.1',
});

console.log(`\nKreis Recklinghausen portal: ${portal.url}\n`);
console.log('Demo logins (fictional data):');
for (const account of portal.accounts)
  console.log(`  ${account.role.padEnd(9)} ${account.email}  password: ${demoPassword}`);
console.log(`Store: ${storeLocation.startsWith('postgres') ? 'PostgreSQL' : storeLocation}\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    portal.close().finally(() => process.exit(0));
  });
}
