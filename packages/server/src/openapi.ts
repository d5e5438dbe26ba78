import * as z from 'zod';
import { errorBodySchema } from './http/problem.js';
import type { Route } from './http/route.js';

/** A JSON object of the OpenAPI document. */
export type JsonObject = Record<string, unknown>;

/** Description of an API for the OpenAPI document's `info`. */
export interface ApiInfo {
  /** Title of the API. */
  title: string;
  /** Version of the API document. */
  version: string;
}

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  // `unrepresentable: 'any'` keeps the document whole where a schema has no JSON Schema form (dates, transforms).
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as JsonObject;
  delete json['$schema'];
  return json;
}

function parametersOf(route: Route): JsonObject[] {
  const list: JsonObject[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, 'input') as {
      properties?: Record<string, JsonObject>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      list.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  if (route.idempotent) {
    list.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Retry with the same key: the submission is stored once.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,100}$' },
    });
  }
  return list;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function responsesOf(route: Route): JsonObject {
  const success = String(route.successStatus ?? 200);
  const responses: JsonObject = {
    [success]: {
      description: 'Success',
      ...(route.response
        ? { content: { 'application/json': { schema: schemaOf(route.response, 'output') } } }
        : {}),
    },
    '400': errorResponse(
      'Invalid request: every problem with path, code and German and English message',
    ),
  };
  if (route.access !== 'public') responses['401'] = errorResponse('Not signed in');
  if (route.access !== 'public' || route.method !== 'GET')
    responses['403'] = errorResponse('Not allowed (role, organisation or CSRF token)');
  if (route.params) responses['404'] = errorResponse('Not found');
  if (route.method !== 'GET') {
    responses['409'] = errorResponse('Conflict: an illegal lifecycle move or a concurrent change');
    responses['413'] = errorResponse('Body larger than the limit');
  }
  if (route.rateLimit) responses['429'] = errorResponse('Too many requests; see Retry-After');
  if (route.path === '/api/v1/feed')
    responses['304'] = { description: 'Not modified (ETag or Last-Modified matched)' };
  return responses;
}

/** Builds the OpenAPI 3.1 document of the routes from their zod schemas. */
export function openApiDocument(routes: readonly Route[], info: ApiInfo): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const r of routes) {
    const operation: JsonObject = {
      operationId: `${r.method.toLowerCase()}${r.path
        .replace(/\{(\w+)\}/g, 'By-$1')
        .split(/[^A-Za-z0-9]+/)
        .map((p) => (p ? p[0]?.toUpperCase() + p.slice(1) : ''))
        .join('')}`,
      summary: r.summary,
      tags: [r.tag],
      parameters: parametersOf(r),
      responses: responsesOf(r),
      ...(r.access === 'public' ? { security: [] } : {}),
      'x-access': r.access,
    };
    if (r.body)
      operation['requestBody'] = {
        required: true,
        content: { 'application/json': { schema: schemaOf(r.body, 'input') } },
      };
    (paths[r.path] ??= {})[r.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description:
        'vielfalt offer database: public reading, provider editing with review, moderation, Klimakonferenz and strategy.',
    },
    paths,
    components: {
      schemas: { Error: schemaOf(errorBodySchema, 'output') },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'vf_session',
          description:
            'Session cookie from /api/v1/auth/login; writes also need the X-CSRF-Token header.',
        },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Token from /api/v1/auth/login with tokenType "bearer".',
        },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
  };
}
