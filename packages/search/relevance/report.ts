/** Prints the relevance table and the weakest queries. Run: `npm run relevance -w @vielfalt/search`. */
import { formatReport, queries, relevanceReport } from './evaluate.js';

const report = await relevanceReport();
console.log(formatReport(report));
const weakest = [...report.perQuery]
  .sort((a, b) => (a[1].get('vielfalt') ?? 0) - (b[1].get('vielfalt') ?? 0))
  .slice(0, Number(process.argv[2] ?? 25));
for (const [id, scores] of weakest) {
  const query = queries.find((q) => q.id === id);
  console.log(
    `${id} ${[...scores].map(([e, v]) => `${e[0]}=${v.toFixed(2)}`).join(' ')}  [${query?.category}] ${query?.text}`,
  );
}
