/** Prints the real-page relevance table. Run: `npm run relevance:pages -w @vielfalt/search` (PEERS=0 for vielfalt only). */
import { engines } from './engines.js';
import { formatPageReport, pageReport } from './pages.js';

const report = await pageReport(process.env.PEERS === '0' ? [] : engines.slice(1));
console.log(formatPageReport(report));
