import type { OfferInput } from '@vielfalt/model';
import type { OfferFilters } from './offer-search/filters.js';

/** Options every `vf-` event shares: it bubbles and crosses shadow roots, so a page can listen on `document`. */
const eventInit: EventInit = { bubbles: true, composed: true };

/** Fired by `<vf-offer-search>` when results were shown for a query and filters. */
export class VfSearchEvent extends Event {
  static readonly eventName = 'vf-search';
  constructor(
    readonly query: string,
    readonly filters: OfferFilters,
    readonly total: number,
  ) {
    super(VfSearchEvent.eventName, eventInit);
  }
}

/** Fired when a person opens an offer from the result list; cancel it to handle navigation yourself. */
export class VfOfferSelectEvent extends Event {
  static readonly eventName = 'vf-offer-select';
  constructor(readonly offerId: string) {
    super(VfOfferSelectEvent.eventName, { ...eventInit, cancelable: true });
  }
}

/** Fired when an element could not load its data (`src` or `endpoint`). */
export class VfLoadErrorEvent extends Event {
  static readonly eventName = 'vf-load-error';
  constructor(readonly url: string, readonly reason: string) {
    super(VfLoadErrorEvent.eventName, eventInit);
  }
}

/** Fired by `<vf-offer-detail>` when "report an error" is chosen; cancel it to open your own form. */
export class VfReportErrorEvent extends Event {
  static readonly eventName = 'vf-report-error';
  constructor(readonly offerId: string) {
    super(VfReportErrorEvent.eventName, { ...eventInit, cancelable: true });
  }
}

/** Fired by `<vf-offer-form>` after the endpoint accepted the offer. */
export class VfOfferSubmitEvent extends Event {
  static readonly eventName = 'vf-offer-submit';
  constructor(readonly offer: OfferInput, readonly status: number) {
    super(VfOfferSubmitEvent.eventName, eventInit);
  }
}

/** Fired by `<vf-klima-board>` when a statement was added. */
export class VfStatementAddEvent extends Event {
  static readonly eventName = 'vf-statement-add';
  constructor(readonly statementId: string, readonly wall: string, readonly text: string) {
    super(VfStatementAddEvent.eventName, eventInit);
  }
}

/** Fired by `<vf-klima-board>` when dots on a statement changed (placed, removed or transcribed). */
export class VfDotChangeEvent extends Event {
  static readonly eventName = 'vf-dot-change';
  constructor(
    readonly statementId: string,
    readonly participantId: string | undefined,
    readonly count: number,
  ) {
    super(VfDotChangeEvent.eventName, eventInit);
  }
}

/** Fired by `<vf-strategy>` when the filters changed. */
export class VfFilterChangeEvent extends Event {
  static readonly eventName = 'vf-filter-change';
  constructor(readonly filters: Readonly<Record<string, string>>) {
    super(VfFilterChangeEvent.eventName, eventInit);
  }
}


/** Every `vf-` event by name, for typed `addEventListener` on elements and on `document`. */
export interface VfEventMap {
  'vf-search': VfSearchEvent;
  'vf-offer-select': VfOfferSelectEvent;
  'vf-load-error': VfLoadErrorEvent;
  'vf-report-error': VfReportErrorEvent;
  'vf-offer-submit': VfOfferSubmitEvent;
  'vf-statement-add': VfStatementAddEvent;
  'vf-dot-change': VfDotChangeEvent;
  'vf-filter-change': VfFilterChangeEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends VfEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends VfEventMap {}
}
