// Writes schemas/report.schema.json from the zod schema. Run: npm run schema -w @vielfalt/klimakonferenz
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/index.js';

const target = `${process.cwd()}/schemas/report.schema.json`;
writeFileSync(target, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
