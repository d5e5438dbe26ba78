import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** A content coding the server can send. */
export type Encoding = 'br' | 'gzip' | 'identity';

/** Bodies below this size are sent as they are: compressing them saves less than its headers cost. */
export const COMPRESS_ABOVE = 1024;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * The coding to answer with, from `Accept-Encoding` (q-values honoured, `*` understood): Brotli when the
 * client takes it, else gzip, else none.
 */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return 'identity';
}

/**
 * Compresses off the event loop (zlib runs in libuv's thread pool). `large` bodies are built once and sent
 * many times, so they get a slower, tighter setting; per-request bodies a fast one.
 */
export function compress(data: Buffer, encoding: Exclude<Encoding, 'identity'>, large = false) {
  if (encoding === 'gzip') return gzipAsync(data, { level: large ? 9 : 5 });
  return brotliAsync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: large ? 7 : 4,
      [constants.BROTLI_PARAM_LGWIN]: large ? 24 : 22,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/**
 * A response body built once and sent many times (the feed): its bytes, and each coding made on first
 * request and kept, so no request encodes or compresses it again. Slow readers share these buffers: writing
 * a buffer to a socket does not copy it.
 */
export class CachedBody {
  readonly #encoded = new Map<Encoding, Promise<Buffer>>();
  constructor(
    /** The uncompressed bytes. */
    readonly bytes: Buffer,
    /** The `Content-Type` to send. */
    readonly contentType: string,
  ) {
    this.#encoded.set('identity', Promise.resolve(bytes));
  }

  /** The body in a coding. */
  encoded(encoding: Encoding): Promise<Buffer> {
    let encoded = this.#encoded.get(encoding);
    if (!encoded) {
      encoded = compress(this.bytes, encoding as Exclude<Encoding, 'identity'>, true);
      this.#encoded.set(encoding, encoded);
      encoded.catch(() => this.#encoded.delete(encoding));
    }
    return encoded;
  }
}
