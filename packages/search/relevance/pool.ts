/**
 * Prints the pool of each judged query (top 20 of every engine) with the grade of every pooled offer, so
 * that a person can read them and correct the grades in queries.json, and stores the judgments in
 * judgments.json for review and diffs. Run: `npm run relevance:pool -w @vielfalt/search`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { buildRankers, poolJudgments, queries } from './evaluate.js';

const rank = await buildRankers();
const titles = new Map(recklinghausenSample.offers.map((o) => [o.id, o.texts.de?.title ?? o.id]));
const judgments = poolJudgments(rank);
for (const query of queries) {
  console.log(`\n${query.id} [${query.category}] "${query.text}" — ${query.intent}`);
  for (const [id, grade] of Object.entries(judgments[query.id] ?? {}).sort((a, b) => b[1] - a[1]))
    console.log(`  ${grade}  ${id}  ${titles.get(id)}`);
}
writeFileSync(
  resolve(process.cwd(), 'relevance/judgments.json'),
  `${JSON.stringify(judgments, null, 1)}\n`,
);
console.log(
  `\n${queries.length} queries, ${Object.values(judgments).reduce((n, j) => n + Object.keys(j).length, 0)} judged offers`,
);
