import type { IncomingMessage } from 'node:http';
import { ApiError } from './problem.js';

/** Reads a request body up to `limit` bytes; refuses larger ones with 413 without reading them all. */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
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
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, 'body-too-large', {
    de: `Der Inhalt der Anfrage ist größer als ${limit} Bytes.`,
    en: `The request body is larger than ${limit} bytes.`,
  });
}

/** Parses a JSON body; an empty body counts as `{}`. Says where the JSON broke. */
export function parseJsonBody(text: string, contentType: string | undefined): unknown {
  if (text.trim() === '') return {};
  if (!contentType || !/^application\/(.+\+)?json\b/i.test(contentType)) {
    throw new ApiError(415, 'unsupported-media-type', {
      de: `Erwartet wird Content-Type application/json, gesendet wurde ${contentType ?? 'keiner'}.`,
      en: `Expected Content-Type application/json, got ${contentType ?? 'none'}.`,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiError(400, 'invalid-json', {
      de: `Der Inhalt ist kein gültiges JSON: ${detail}`,
      en: `The body is not valid JSON: ${detail}`,
    });
  }
}
