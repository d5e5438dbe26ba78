import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import type { ServerContext } from '../context.js';
import { authenticate } from '../auth/authenticate.js';
import { StoreError } from '../store/errors.js';
import { parseJsonBody, readBody } from './body.js';
import { ApiError, parseInput, refusals } from './problem.js';
import { compilePath, matchRoute, type Reply, type Route } from './route.js';

const emptyBody = z.object({});
const unsafe = new Set(['POST', 'PUT', 'DELETE']);

function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string')
    return forwarded.split(',')[0]?.trim() || 'unknown';
  return request.socket.remoteAddress ?? 'unknown';
}

function storeErrorStatus(error: StoreError): number {
  return {
    'not-found': 404,
    conflict: 409,
    'illegal-transition': 409,
    'idempotency-mismatch': 422,
  }[error.code];
}

function send(
  response: ServerResponse,
  method: string,
  status: number,
  reply: Reply,
  publicRoute: boolean,
): void {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': publicRoute ? 'public, max-age=0, must-revalidate' : 'no-store',
    ...(publicRoute ? { 'access-control-allow-origin': '*' } : {}),
    ...reply.headers,
  };
  let payload = '';
  if (reply.text !== undefined) payload = reply.text;
  else if (reply.body !== undefined) {
    payload = JSON.stringify(reply.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  if (payload) headers['content-length'] = String(Buffer.byteLength(payload));
  response.writeHead(status, headers);
  response.end(method === 'HEAD' || status === 304 ? undefined : payload);
}

/** Turns the route list into a Node request listener with access checks, limits and validation. */
export function createRequestHandler(server: ServerContext, routes: readonly Route[]) {
  const compiled = routes.map((r) => ({ route: r, matcher: compilePath(r.path) }));

  async function handle(
    request: IncomingMessage,
  ): Promise<{ status: number; reply: Reply; publicRoute: boolean }> {
    const method = request.method ?? 'GET';
    let url: URL;
    let found: ReturnType<typeof matchRoute>;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
      found = matchRoute(compiled, method, url.pathname);
    } catch {
      throw new ApiError(400, 'invalid-url', {
        de: 'Die Adresse der Anfrage ist ungültig.',
        en: 'The request URL is invalid.',
      });
    }
    if ('allowed' in found) {
      if (found.allowed.length) {
        throw new ApiError(
          405,
          'method-not-allowed',
          {
            de: `Methode ${method} ist hier nicht erlaubt; erlaubt: ${found.allowed.join(', ')}.`,
            en: `Method ${method} is not allowed here; allowed: ${found.allowed.join(', ')}.`,
          },
          undefined,
          { allow: found.allowed.join(', ') },
        );
      }
      throw refusals.notFound({
        de: `Unter ${url.pathname} gibt es nichts.`,
        en: `There is nothing at ${url.pathname}.`,
      });
    }
    const { route: current, params } = found;
    const ip = clientAddress(request, server.config.trustProxy);
    const session = await authenticate(server.store, request);
    if (current.access !== 'public' && !session) throw refusals.unauthenticated();
    if (current.access === 'moderator' && session?.user.role !== 'moderator')
      throw refusals.forbidden();
    // Public writes act on nobody's authority, so a session cookie that happens to be sent needs no CSRF token there.
    if (
      current.access !== 'public' &&
      session?.kind === 'cookie' &&
      unsafe.has(method) &&
      !session.csrfValid
    ) {
      throw refusals.forbidden({
        de: 'Der CSRF-Schutz fehlt oder stimmt nicht: bitte den Header X-CSRF-Token aus der Anmeldung mitsenden.',
        en: 'CSRF protection missing or wrong: send the X-CSRF-Token header from the sign-in response.',
      });
    }
    if (current.rateLimit) {
      const { max, windowMs } =
        current.rateLimit === 'login' ? server.config.loginsPerAddress : server.config.publicWrites;
      if ((await server.store.hitRateLimit(`${current.rateLimit}:${ip}`, windowMs)) > max)
        throw refusals.tooMany(Math.ceil(windowMs / 1000));
    }
    const rawBody = unsafe.has(method) ? await readBody(request, server.config.bodyLimit) : '';
    const json = unsafe.has(method)
      ? parseJsonBody(rawBody, request.headers['content-type'])
      : undefined;
    const input = {
      params: current.params ? parseInput(current.params, params, 'path') : params,
      query: parseInput(current.query ?? emptyBody, Object.fromEntries(url.searchParams), 'query'),
      body: unsafe.has(method) ? parseInput(current.body ?? emptyBody, json, 'body') : undefined,
    };
    const reply = await current.handler({
      ...input,
      user: session?.user,
      session,
      request,
      ip,
      rawBody,
      server,
    });
    return {
      status: reply.status ?? current.successStatus ?? 200,
      reply,
      publicRoute: current.access === 'public' && !unsafe.has(method),
    };
  }

  return (request: IncomingMessage, response: ServerResponse): void => {
    const method = request.method ?? 'GET';
    handle(request).then(
      ({ status, reply, publicRoute }) => send(response, method, status, reply, publicRoute),
      (error: unknown) => {
        let failure: ApiError;
        if (error instanceof ApiError) failure = error;
        else if (error instanceof StoreError)
          failure = new ApiError(storeErrorStatus(error), error.code, error.messages);
        else {
          console.error('vielfalt server: unexpected error', error);
          failure = new ApiError(500, 'internal', {
            de: 'Interner Fehler; die Änderung wurde nicht gespeichert.',
            en: 'Internal error; the change was not stored.',
          });
        }
        if (!response.headersSent)
          send(
            response,
            method,
            failure.status,
            { body: failure.toBody(), headers: failure.headers },
            false,
          );
        // A refused upload may still be arriving; close the connection rather than read it.
        if (failure.status === 413) request.socket.destroySoon?.();
      },
    );
  };
}
