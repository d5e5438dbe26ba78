// Writes the JSON Schema files shipped in `schemas/` from the built package, so they always match the zod
// schemas of the same build. Run by `npm run build` after tsup.
import { mkdir, writeFile } from 'node:fs/promises';
import { jsonSchemas } from '../dist/index.js';

const directory = new URL('../schemas/', import.meta.url);
await mkdir(directory, { recursive: true });
const schemas = jsonSchemas();
for (const [name, schema] of Object.entries(schemas)) {
  await writeFile(new URL(`${name}.json`, directory), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`JSON Schemas: wrote ${Object.keys(schemas).length} files to schemas/`);
