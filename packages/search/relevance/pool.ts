/**
 * Pools the top 20 of every engine for each judged query, grades every pooled offer from the query's rubric
 * (grades by offer type) and writes judgments.json; prints the pooled offers with their grades so that a
 * person can read them and correct the rubric. Run: `npm run relevance:pool -w @vielfalt/search`.
 */
import { writeFileSync } from 'node:fs';
import { recklinghausenSample } from '@vielfalt/model/sample';
import { type Judgments, buildRankers, offerType, queries } from './evaluate.js';

const rank = await buildRankers();
const titles = new Map(recklinghausenSample.offers.map((o) => [o.id, o.texts.de?.title ?? o.id]));
const judgments: Judgments = {};
for (const query of queries) {
  const pooled = new Set<string>();
  for (const ids of rank(query, 20).values()) for (const id of ids) pooled.add(id);
  const grades: Record<string, number> = {};
  for (const id of [...pooled].sort()) grades[id] = query.grades[offerType(id)] ?? 0;
  judgments[query.id] = grades;
  console.log(`\n${query.id} [${query.category}] "${query.text}" — ${query.intent}`);
  for (const [id, grade] of Object.entries(grades).sort((a, b) => b[1] - a[1])) console.log(`  ${grade}  ${id}  ${titles.get(id)}`);
}
writeFileSync(new URL('./judgments.json', import.meta.url), `${JSON.stringify(judgments, null, 1)}\n`);
console.log(`\n${queries.length} queries, ${Object.values(judgments).reduce((n, j) => n + Object.keys(j).length, 0)} judged offers`);
