import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The vendored HSDS 3.0 folder (schemas and official examples; CC BY-SA 4.0, see its README). */
export const hsdsDir = fileURLToPath(new URL('../hsds-3.0/', import.meta.url));
/** The official HSDS 3.0 example records (`service_full.json`, `service_list.json`, …). */
export const hsdsExamplesDir = `${hsdsDir}examples/`;
const schemaDir = `${hsdsDir}schema/compiled/`;

/** One official example record, parsed. */
export function hsdsExample(name) {
  return JSON.parse(readFileSync(`${hsdsExamplesDir}${name}.json`, 'utf8'));
}

/** Sets `additionalProperties: false` on every object schema, as upstream's own check does, to catch misspelt fields. */
function closeObjects(schema) {
  if (Array.isArray(schema)) schema.forEach(closeObjects);
  else if (schema && typeof schema === 'object') {
    if (schema.type === 'object' && schema.properties) schema.additionalProperties = false;
    Object.values(schema).forEach(closeObjects);
  }
}

const validators = new Map();

/**
 * A validator for one HSDS 3.0 object (`service`, `organization`, `service_at_location`), from upstream's
 * compiled schema (references inlined, and the relations the split schemas leave out, such as an
 * organization's `services`), with every object closed.
 */
export function hsdsValidator(name) {
  const known = validators.get(name);
  if (known) return known;
  const schema = JSON.parse(readFileSync(`${schemaDir}${name}.json`, 'utf8'));
  closeObjects(schema);
  // strict: false because the HSDS schemas carry their own keywords (constraints, core, datapackage_metadata).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  validators.set(name, validate);
  return validate;
}
