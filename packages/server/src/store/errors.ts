/** Why a store operation was refused. */
export type StoreErrorCode =
  'not-found' | 'conflict' | 'illegal-transition' | 'idempotency-mismatch';

/** A refused store operation, with a message in German and English. */
export class StoreError extends Error {
  /** Why the operation was refused. */
  readonly code: StoreErrorCode;
  /** The reason in German and English. */
  readonly messages: { de: string; en: string };
  constructor(code: StoreErrorCode, messages: { de: string; en: string }) {
    super(messages.en);
    this.name = 'StoreError';
    this.code = code;
    this.messages = messages;
  }
}

/** The offer with this id does not exist. */
export function offerNotFound(id: string): StoreError {
  return new StoreError('not-found', {
    de: `Angebot „${id}“ gibt es nicht.`,
    en: `Offer "${id}" does not exist.`,
  });
}
