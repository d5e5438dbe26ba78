import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import type { RequestSession } from '../auth/authenticate.js';
import type { User } from '../store/records.js';
import type { ServerContext } from '../context.js';
import type { CachedBody } from './compression.js';

/** Who may call a route: everyone, any signed-in account (provider or moderator), or moderators only. */
export type Access = 'public' | 'signed-in' | 'moderator';

/**
 * Which limit guards a route: public writes or sign-in attempts, both per client address and counted in
 * the store, so the limit holds across instances. The numbers are in the server config.
 */
export type RateLimit = 'public-write' | 'login';

/** What a handler gets: validated input, the signed-in user if any, and the server's services. */
export interface RouteContext<P, Q, B> {
  /** Validated path parameters. */
  params: P;
  /** Validated query parameters. */
  query: Q;
  /** Validated JSON body (undefined for GET). */
  body: B;
  /** The signed-in account, if any. */
  user: User | undefined;
  /** The session of the request, if any. */
  session: RequestSession | undefined;
  /** The raw request, for headers. */
  request: IncomingMessage;
  /** The client's address (from the socket; `X-Forwarded-For` only when `trustProxy` is set). */
  ip: string;
  /** Whether the client reached the service over TLS (directly, or as a trusted proxy says). */
  tls: boolean;
  /** The raw body, for hashing idempotent requests. */
  rawBody: string;
  /** The services of the server. */
  server: ServerContext;
}

/** What a handler returns. `body` is sent as JSON unless `text` is given. */
export interface Reply {
  /** HTTP status; default the route's success status. */
  status?: number;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, instead of `body`. */
  text?: string;
  /** JSON already written as bytes (see `jsonWithList`), sent as `body` would be; instead of `body`. */
  json?: Buffer;
  /** Bytes built once and sent many times, compressed as the client accepts; instead of `body` and `text`. */
  cached?: CachedBody;
  /** Extra response headers. */
  headers?: Record<string, string>;
}

/** One HTTP route; the list of routes is also the source of the OpenAPI document. */
export interface Route<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  /** HTTP method. */
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** OpenAPI-style path, `/api/v1/offers/{id}`. */
  path: string;
  /** Who may call it. */
  access: Access;
  /** Group in the OpenAPI document. */
  tag: string;
  /** One line for the OpenAPI document. */
  summary: string;
  /** Schema of the path parameters. */
  params?: P;
  /** Schema of the query parameters (unknown ones are refused). */
  query?: Q;
  /** Schema of the JSON body (unknown fields are refused). */
  body?: B;
  /** Schema of the success response body, for the OpenAPI document and response tests. */
  response?: z.ZodType;
  /** Status of a success (200 unless given). */
  successStatus?: number;
  /** The limit guarding the route, if any. */
  rateLimit?: RateLimit;
  /** Whether clients may send an `Idempotency-Key` header. */
  idempotent?: boolean;
  /** Does the work; throws `ApiError` or `StoreError` to refuse. */
  handler(context: RouteContext<z.output<P>, z.output<Q>, z.output<B>>): Promise<Reply>;
}

/** Declares a route with its input types inferred from its schemas. */
export function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  definition: Route<P, Q, B>,
): Route {
  return definition as unknown as Route;
}

/** A compiled path: the regular expression and the names of its `{parameters}`. */
export interface PathMatcher {
  pattern: RegExp;
  names: string[];
}

/** Compiles `/api/v1/offers/{id}` into a matcher for request paths. */
export function compilePath(path: string): PathMatcher {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), names };
}

/** Finds the route for a method and path; `allowed` lists the methods the path has when none matched. */
export function matchRoute(
  routes: readonly { route: Route; matcher: PathMatcher }[],
  method: string,
  pathname: string,
): { route: Route; params: Record<string, string> } | { allowed: string[] } {
  const allowed: string[] = [];
  for (const { route: candidate, matcher } of routes) {
    const match = matcher.pattern.exec(pathname);
    if (!match) continue;
    if (candidate.method !== method && !(method === 'HEAD' && candidate.method === 'GET')) {
      allowed.push(candidate.method);
      continue;
    }
    const params: Record<string, string> = {};
    matcher.names.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1] ?? '');
    });
    return { route: candidate, params };
  }
  return { allowed };
}
