import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * How far to trust `X-Forwarded-For` and `X-Forwarded-Proto`: `false` not at all, `true` one proxy in front
 * (the usual TLS-terminating reverse proxy), a number for that many proxies in a row.
 */
export type TrustProxy = boolean | number;

const hopsTrusted = (trust: TrustProxy): number =>
  trust === true ? 1 : trust === false ? 0 : Math.max(0, Math.floor(trust));

function listHeader(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  return joined
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The client's address. Each proxy appends the address it received the request from to
 * `X-Forwarded-For`, so only the rightmost entries are written by proxies we trust; everything left of
 * them is whatever the client sent. With `n` trusted proxies the client is the n-th address from the right
 * of `[…X-Forwarded-For, socket address]`.
 */
export function clientAddress(request: IncomingMessage, trust: TrustProxy): string {
  const socketAddress = request.socket.remoteAddress ?? 'unknown';
  const hops = hopsTrusted(trust);
  if (hops === 0) return socketAddress;
  const chain = [...listHeader(request.headers['x-forwarded-for']), socketAddress];
  return chain[Math.max(0, chain.length - 1 - hops)] ?? socketAddress;
}

/**
 * Whether the client reached us over TLS: the socket itself is encrypted, or a trusted proxy says so in
 * `X-Forwarded-Proto` (its last entry is the one our proxy wrote).
 */
export function viaTls(request: IncomingMessage, trust: TrustProxy): boolean {
  if ((request.socket as Partial<TLSSocket>).encrypted === true) return true;
  if (hopsTrusted(trust) === 0) return false;
  return listHeader(request.headers['x-forwarded-proto']).at(-1)?.toLowerCase() === 'https';
}
