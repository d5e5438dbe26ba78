import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import type { ServerContext } from '../context.js';
import { authenticate } from '../auth/authenticate.js';
import { StoreError } from '../store/errors.js';
import { decodeBody, parseJsonBody, readBody } from './body.js';
import { clientAddress, viaTls } from './client.js';
import { chooseEncoding, compress, COMPRESS_ABOVE, type Encoding } from './compression.js';
import { refuseControlCharacters } from './controls.js';
import { ApiError, parseInput, refusals } from './problem.js';
import { compilePath, matchRoute, type Reply, type Route } from './route.js';

const emptyBody = z.object({});
const unsafe = new Set(['POST', 'PUT', 'DELETE']);

function storeErrorStatus(error: StoreError): number {
  return {
    'not-found': 404,
    conflict: 409,
    'illegal-transition': 409,
    'idempotency-mismatch': 422,
  }[error.code];
}

/** The body of a reply as bytes in the coding to send, and that coding. */
async function payloadOf(
  reply: Reply,
  headers: Record<string, string>,
  accepted: Encoding,
): Promise<{ bytes: Buffer; encoding: Encoding }> {
  if (reply.cached) {
    headers['content-type'] ??= reply.cached.contentType;
    return { bytes: await reply.cached.encoded(accepted), encoding: accepted };
  }
  let bytes: Buffer = Buffer.alloc(0);
  if (reply.text !== undefined) bytes = Buffer.from(reply.text);
  else if (reply.json !== undefined || reply.body !== undefined) {
    bytes = reply.json ?? Buffer.from(JSON.stringify(reply.body));
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  if (accepted === 'identity' || bytes.length <= COMPRESS_ABOVE)
    return { bytes, encoding: 'identity' };
  return { bytes: await compress(bytes, accepted), encoding: accepted };
}

async function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  reply: Reply,
  publicRoute: boolean,
  stallMs: number,
): Promise<void> {
  const method = request.method ?? 'GET';
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': publicRoute ? 'public, max-age=0, must-revalidate' : 'no-store',
    ...(publicRoute ? { 'access-control-allow-origin': '*' } : {}),
    vary: 'Accept-Encoding',
    ...reply.headers,
  };
  const withBody = method !== 'HEAD' && status !== 304;
  const { bytes, encoding } = withBody
    ? await payloadOf(reply, headers, chooseEncoding(request.headers['accept-encoding']))
    : { bytes: Buffer.alloc(0), encoding: 'identity' as const };
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  if (bytes.length > 0) headers['content-length'] = String(bytes.length);
  if (response.destroyed) return;
  // A reader that takes nothing for `stallMs` is cut off, so slow or stalled clients cannot pile up
  // responses; one that reads, however slowly, keeps the socket active and is not.
  response.setTimeout(stallMs, () => response.destroy());
  response.once('finish', () => response.socket?.setTimeout(0));
  response.writeHead(status, headers);
  response.end(bytes.length > 0 ? bytes : undefined);
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
    refuseControlCharacters(params, 'path');
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
    const rawBody = unsafe.has(method)
      ? decodeBody(await readBody(request, server.config.bodyLimit))
      : '';
    const json = unsafe.has(method)
      ? parseJsonBody(rawBody, request.headers['content-type'])
      : undefined;
    const query = Object.fromEntries(url.searchParams);
    refuseControlCharacters(query, 'query');
    refuseControlCharacters(json, 'body');
    const input = {
      params: current.params ? parseInput(current.params, params, 'path') : params,
      query: parseInput(current.query ?? emptyBody, query, 'query'),
      body: unsafe.has(method) ? parseInput(current.body ?? emptyBody, json, 'body') : undefined,
    };
    const reply = await current.handler({
      ...input,
      user: session?.user,
      session,
      request,
      ip,
      tls: viaTls(request, server.config.trustProxy),
      rawBody,
      server,
    });
    return {
      status: reply.status ?? current.successStatus ?? 200,
      reply,
      publicRoute: current.access === 'public' && !unsafe.has(method),
    };
  }

  const stallMs = server.config.responseStallMs;
  const fail = (error: unknown) =>
    console.error('vielfalt server: could not send an answer', error);
  return (request: IncomingMessage, response: ServerResponse): void => {
    handle(request).then(
      ({ status, reply, publicRoute }) =>
        send(request, response, status, reply, publicRoute, stallMs).catch(fail),
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
        const sent = response.headersSent
          ? Promise.resolve()
          : send(
              request,
              response,
              failure.status,
              { body: failure.toBody(), headers: failure.headers },
              false,
              stallMs,
            );
        sent
          .then(() => {
            // A refused upload may still be arriving; close the connection rather than read it.
            if (failure.status === 413) request.socket.destroySoon?.();
          })
          .catch(fail);
      },
    );
  };
}
