import type { OfferInput } from '@vielfalt/model';
import type { OfferFilters } from './offer-search/filters.js';

/** Options every `vf-` event shares: it bubbles and crosses shadow roots, so a page can listen on `document`. */
const eventInit: EventInit = { bubbles: true, composed: true };

/** Fired by `<vf-offer-search>` when results were shown for a query and filters. */
export class VfSearchEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'vf-search';
  constructor(
    /** The query as typed. */
    readonly query: string,
    /** The filters in effect. */
    readonly filters: OfferFilters,
    /** Number of offers found. */
    readonly total: number,
  ) {
    super(VfSearchEvent.eventName, eventInit);
  }
}

/** Fired when a person opens an offer from the result list; cancel it to handle navigation yourself. */
export class VfOfferSelectEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'vf-offer-select';
  constructor(
    /** Id of the chosen offer. */
    readonly offerId: string,
  ) {
    super(VfOfferSelectEvent.eventName, { ...eventInit, cancelable: true });
  }
}

/** Fired when an element could not load its data (`src` or `endpoint`). */
export class VfLoadErrorEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'vf-load-error';
  constructor(
    /** What could not be loaded. */
    readonly url: string,
    /** Why, as the browser or the validation reported it. */
    readonly reason: string,
  ) {
    super(VfLoadErrorEvent.eventName, eventInit);
  }
}

/** Fired by `<vf-offer-detail>` when "report an error" is chosen; cancel it to open your own form. */
export class VfReportErrorEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'vf-report-error';
  constructor(
    /** Id of the offer with the error. */
    readonly offerId: string,
  ) {
    super(VfReportErrorEvent.eventName, { ...eventInit, cancelable: true });
  }
}

/** Fired by `<vf-offer-form>` after the endpoint accepted the offer. */
export class VfOfferSubmitEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'vf-offer-submit';
  constructor(
    /** The offer as sent. */
    readonly offer: OfferInput,
    /** HTTP status of the endpoint's answer. */
    readonly status: number,
  ) {
    super(VfOfferSubmitEvent.eventName, eventInit);
  }
}

/** Fired by `<vf-klima-board>` when a statement was added. */
export class VfStatementAddEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'vf-statement-add';
  constructor(
    /** Id given to the new statement. */
    readonly statementId: string,
    /** The wall it was added to. */
    readonly wall: string,
    /** Its text. */
    readonly text: string,
  ) {
    super(VfStatementAddEvent.eventName, eventInit);
  }
}

/** Fired by `<vf-klima-board>` when dots on a statement changed (placed, removed or transcribed). */
export class VfDotChangeEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'vf-dot-change';
  constructor(
    /** The statement whose dots changed. */
    readonly statementId: string,
    /** Who placed or removed the dot. */
    readonly participantId: string | undefined,
    /** Dots on the statement now. */
    readonly count: number,
  ) {
    super(VfDotChangeEvent.eventName, eventInit);
  }
}

/** Fired by `<vf-strategy>` when the filters changed. */
export class VfFilterChangeEvent extends Event {
  /** The event's name. */
  static readonly eventName = 'vf-filter-change';
  constructor(
    /** The filters now in effect, by name; empty string for "all". */
    readonly filters: Readonly<Record<string, string>>,
  ) {
    super(VfFilterChangeEvent.eventName, eventInit);
  }
}

/** Every `vf-` event by name, for typed `addEventListener` on elements and on `document`. */
export interface VfEventMap {
  /** Results were shown. */
  'vf-search': VfSearchEvent;
  /** A result was chosen. */
  'vf-offer-select': VfOfferSelectEvent;
  /** Data could not be loaded. */
  'vf-load-error': VfLoadErrorEvent;
  /** "Report an error" was chosen. */
  'vf-report-error': VfReportErrorEvent;
  /** An offer was sent. */
  'vf-offer-submit': VfOfferSubmitEvent;
  /** A statement was added. */
  'vf-statement-add': VfStatementAddEvent;
  /** Dots changed. */
  'vf-dot-change': VfDotChangeEvent;
  /** Filters changed. */
  'vf-filter-change': VfFilterChangeEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends VfEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends VfEventMap {}
}
