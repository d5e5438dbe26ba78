import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/problem.js';
import { requireSameId } from './schemas.js';

describe('requireSameId', () => {
  it('lets a body with the id of the URL through', () => {
    expect(() => requireSameId('kontakt-a', 'kontakt-a')).not.toThrow();
  });

  it('refuses another id with 400 id-mismatch, naming both ids in German and English', () => {
    let thrown: unknown;
    try {
      requireSameId('kontakt-a', 'kontakt-b');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    const error = thrown as ApiError;
    expect([error.status, error.code]).toEqual([400, 'id-mismatch']);
    expect(error.messages.de).toBe(
      'body.id: erwartet „kontakt-a“ wie in der Adresse, gefunden „kontakt-b“.',
    );
    expect(error.messages.en).toBe(
      'body.id: expected "kontakt-a" as in the URL, found "kontakt-b".',
    );
  });
});
