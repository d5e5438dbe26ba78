import type { IncomingMessage } from 'node:http';
import { ApiError } from './problem.js';

/** Reads a request body up to `limit` bytes; refuses larger ones with 413 without reading them all. */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        reject(tooLarge(limit));
      } else {
        chunks.push(chunk);
      }
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, 'body-too-large', {
    de: `Der Inhalt der Anfrage ist größer als ${limit} Bytes.`,
    en: `The request body is larger than ${limit} bytes.`,
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a body as UTF-8, refusing (400) bytes that are not UTF-8 instead of replacing them with U+FFFD,
 * which would store something other than what was sent.
 */
export function decodeBody(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ApiError(400, 'invalid-utf8', {
      de: 'Der Inhalt ist kein gültiges UTF-8; bitte als UTF-8 kodiert senden.',
      en: 'The body is not valid UTF-8; please send it encoded as UTF-8.',
    });
  }
}

/** `application/json`, optionally with parameters (`; charset=utf-8`), and nothing else. */
const jsonType = /^application\/json[ \t]*(;.*)?$/i;

/** Parses a JSON body; an empty body counts as `{}`. Says where the JSON broke. */
export function parseJsonBody(text: string, contentType: string | undefined): unknown {
  if (text.trim() === '') return {};
  if (!contentType || !jsonType.test(contentType.trim())) {
    const sent = contentType === undefined ? undefined : contentType.slice(0, 100);
    throw new ApiError(415, 'unsupported-media-type', {
      de: `Erwartet wird Content-Type application/json, gesendet wurde ${sent ?? 'keiner'}.`,
      en: `Expected Content-Type application/json, got ${sent ?? 'none'}.`,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    throw new ApiError(400, 'invalid-json', {
      de: `Der Inhalt ist kein gültiges JSON: ${detail}`,
      en: `The body is not valid JSON: ${detail}`,
    });
  }
}
