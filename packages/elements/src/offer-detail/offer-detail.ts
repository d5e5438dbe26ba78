import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Actor, Contact, CountyProfile, Location, Offer } from '@vielfalt/model';
import { isOpenAt, publicContacts, type PublicContact } from '@vielfalt/model/helpers';
import { VfElement } from '../base/element.js';
import { loadFeed } from '../base/load-feed.js';
import { mailHref, safeHref, telHref } from '../base/safe-url.js';
import { VfLoadErrorEvent, VfReportErrorEvent } from '../events.js';
import { chooseTexts, languageName } from '../offer-text.js';
import { renderLocalized } from '../base/localized-text.js';
import { offerJsonLd, serializeJsonLd } from '@vielfalt/model/jsonld';
import { renderSchedule } from './render-schedule.js';
import { loadErrorReason, renderLoadError } from '../base/load-error.js';
import { offerIdFromAddress } from './offer-address.js';

/**
 * One offer in full: texts (with Einfache Sprache where available), open now, times, places with a plain map
 * link, contacts (only the fields the person agreed to publish), cost and registration, and a way to report an
 * error. Adds one schema.org JSON-LD script for the offer to the page's head while it is shown.
 *
 * @summary An offer's detail view with schedule, places, contacts and JSON-LD.
 * @tag vf-offer-detail
 *
 * @attr src - URL of a feed that holds the offer (as for `<vf-offer-search>`).
 * @attr offer-id - Id of the offer in the feed; without it, the page address's `angebot` (or `id`) parameter, so one page `angebot.html?angebot={id}` serves every offer.
 * @attr report-url - Where "report an error" leads, `{id}` replaced by the offer id (http(s) or mailto). Without it a button fires `vf-report-error`.
 * @attr easy-language - Start in Einfache Sprache on German pages.
 * @attr no-jsonld - Do not add a JSON-LD script to the page.
 *
 * @fires vf-report-error - "Report an error" was chosen; `offerId`. Cancel it to show your own form.
 * @fires vf-load-error - The feed could not be loaded, or has no such offer (the element then says "not found"); `url`, `reason`.
 *
 * @csspart title - The offer's title.
 * @csspart badges - Kind, cost, format and open-now badges.
 * @csspart section - Each section (times, place, contact …).
 * @csspart map-link - The link to OpenStreetMap.
 * @csspart report - The "report an error" link or button.
 * @csspart provider - The provider section.
 * @csspart error - The box explaining why loading failed.
 *
 * @cssprop --vf-color-accent - Links and buttons (default #0b5cad).
 * @cssprop --vf-space - Base spacing (default 0.75rem).
 */
export class VfOfferDetail extends VfElement {
  /** Shared base styles plus this element's own layout. */
  static override styles = [
    ...VfElement.styles,
    css`
      h2 {
        margin-block: 0 0.5rem;
      }
      h3 {
        margin-block: var(--_gap) 0.25rem;
        font-size: 1.1em;
      }
      .plain {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .badges {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        list-style: none;
        padding: 0;
      }
      .badges li {
        border: 1px solid var(--_border);
        border-radius: 1em;
        padding-inline: 0.5em;
      }
      .open {
        color: #1e6b2e;
        border-color: #1e6b2e;
      }
      .description {
        white-space: pre-line;
      }
    `,
  ];

  /** URL of a feed holding the offer (`src` attribute). */
  @property() src: string | undefined;
  /** Id of the offer in the feed (`offer-id` attribute); without it, read from the page address. */
  @property({ attribute: 'offer-id' }) offerId: string | undefined;
  /** Where "report an error" leads, with `{id}` (`report-url` attribute). */
  @property({ attribute: 'report-url' }) reportUrl: string | undefined;
  /** Show Einfache Sprache (`easy-language` attribute). */
  @property({ type: Boolean, attribute: 'easy-language' }) easyLanguage = false;
  /** Add no JSON-LD script to the page (`no-jsonld` attribute). */
  @property({ type: Boolean, attribute: 'no-jsonld' }) noJsonld = false;
  /** The offer to show; set directly or loaded from `src`. */
  @property({ attribute: false }) offer: Offer | undefined;
  /** Contacts named by the offer; only consented, visible fields are shown. */
  @property({ attribute: false }) contacts: readonly Contact[] = [];
  /** Contacts as a feed publishes them (already reduced to their consented, visible fields). */
  @property({ attribute: false }) publishedContacts: readonly PublicContact[] = [];
  /** The provider, shown with its public contact details and in the JSON-LD. */
  @property({ attribute: false }) provider: Actor | undefined;
  /** The county profile, for city names. */
  @property({ attribute: false }) profile: CountyProfile | undefined;

  @state() private status: 'idle' | 'loading' | 'error' | 'not-found' = 'idle';
  #error: unknown;
  #script: HTMLScriptElement | undefined;

  protected override easyLanguageText(): boolean {
    return this.easyLanguage;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#script?.remove();
    this.#script = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('src') || changed.has('offerId')) && this.src !== undefined) void this.#load();
  }

  /** The id to show: the attribute, else the page address. */
  #wantedId(): string | undefined {
    return this.offerId ?? offerIdFromAddress(window.location.search);
  }

  protected override updated(): void {
    this.#syncJsonLd();
  }

  async #load(): Promise<void> {
    const url = this.src ?? '';
    const id = this.#wantedId();
    this.status = 'loading';
    try {
      const feed = await loadFeed(url);
      this.profile = feed.profile;
      const offer = feed.offers.find((o) => o.id === id);
      if (offer === undefined) {
        // The data loaded; the offer is not (or no longer) published. Not a load error: say "not found".
        this.offer = undefined;
        this.status = 'not-found';
        this.dispatchEvent(
          new VfLoadErrorEvent(
            url,
            `Angebot „${id ?? ''}“ nicht im Feed / offer "${id ?? ''}" not in the feed`,
          ),
        );
        return;
      }
      this.provider = feed.actors.find((a) => a.id === offer.providerId);
      this.publishedContacts = (feed.contacts ?? []).filter((c) => offer.contactIds.includes(c.id));
      this.offer = offer;
      this.status = 'idle';
    } catch (error) {
      this.#error = error;
      this.status = 'error';
      this.dispatchEvent(new VfLoadErrorEvent(url, loadErrorReason(error)));
    }
  }

  /** The offer's contacts that may be shown: consented, visible fields only, in the offer's order. */
  #shownContacts(): PublicContact[] {
    const ids = this.offer?.contactIds ?? [];
    const fromContacts = publicContacts(ids, new Map(this.contacts.map((c) => [c.id, c])));
    const known = new Set(fromContacts.map((c) => c.id));
    const published = new Map(this.publishedContacts.map((c) => [c.id, c]));
    return [
      ...fromContacts,
      ...ids.flatMap((id) => {
        const c = published.get(id);
        return c && !known.has(id) ? [c] : [];
      }),
    ];
  }

  #syncJsonLd(): void {
    if (this.noJsonld || this.offer === undefined || this.status !== 'idle') {
      this.#script?.remove();
      this.#script = undefined;
      return;
    }
    this.#script ??= Object.assign(document.createElement('script'), {
      type: 'application/ld+json',
    });
    const options = {
      language: chooseTexts(this.offer, this.locale.lang, false, this.profile).lang,
      ...(this.profile ? { profile: this.profile } : {}),
    };
    this.#script.textContent = serializeJsonLd(
      offerJsonLd(
        this.offer,
        {
          actors: this.provider ? [this.provider] : [],
          contacts: [...this.contacts, ...this.publishedContacts.map(asPublishedContact)],
        },
        options,
      ),
    );
    if (!this.#script.isConnected) document.head.append(this.#script);
  }

  #report(event: Event): void {
    const id = this.offer?.id ?? '';
    if (!this.dispatchEvent(new VfReportErrorEvent(id))) event.preventDefault();
  }

  #renderLocation(l: Location): TemplateResult {
    const t = this.t.detail;
    const city = this.profile?.municipalities.find((m) => m.ags === l.municipality)?.name;
    const map = l.geo
      ? `https://www.openstreetmap.org/?mlat=${l.geo.lat}&mlon=${l.geo.lon}#map=17/${l.geo.lat}/${l.geo.lon}`
      : undefined;
    return html`<li>
      ${l.name ? html`<strong>${l.name}</strong><br />` : nothing}
      ${l.address ? html`${l.address.street}, ${l.address.postalCode} ${l.address.locality}<br />` : city ? html`${city}<br />` : nothing}
      <span>${t.wheelchair[l.accessibility.wheelchair]}</span>
      ${map ? html`<br /><a part="map-link" href=${map}>${t.map}</a>` : nothing}
    </li>`;
  }

  #renderProvider(a: Actor): TemplateResult {
    const t = this.t.detail;
    const website = safeHref(a.website);
    const mail = a.email ? mailHref(a.email) : undefined;
    const tel = a.phone ? telHref(a.phone) : undefined;
    return html`<section part="section provider">
      <h3>${t.provider}</h3>
      <p>
        <strong lang="de" dir="auto">${a.name}</strong>
        ${website ? html`<br /><a href=${website} dir="ltr">${website}</a>` : nothing}
        ${a.email ? html`<br />${t.email}: ${mail ? html`<a href=${mail} dir="ltr">${a.email}</a>` : a.email}` : nothing}
        ${a.phone ? html`<br />${t.phone}: ${tel ? html`<a href=${tel} dir="ltr">${a.phone}</a>` : a.phone}` : nothing}
      </p>
    </section>`;
  }

  #renderContact(c: PublicContact): TemplateResult {
    const t = this.t.detail;
    const mail = c.email ? mailHref(c.email) : undefined;
    const tel = c.phone ? telHref(c.phone) : undefined;
    return html`<li>
      ${c.name ? html`<strong dir="auto">${c.name}</strong><br />` : nothing}
      ${c.role ? html`${renderLocalized(c.role, this.locale.lang, this.t)}<br />` : nothing}
      ${c.email ? html`${t.email}: ${mail ? html`<a href=${mail} dir="ltr">${c.email}</a>` : c.email}<br />` : nothing}
      ${c.phone ? html`${t.phone}: ${tel ? html`<a href=${tel} dir="ltr">${c.phone}</a>` : c.phone}<br />` : nothing}
      ${c.languages && c.languages.length > 0 ? html`${c.languages.map((l) => languageName(l, this.locale.lang)).join(', ')}` : nothing}
    </li>`;
  }

  #renderOffer(offer: Offer): TemplateResult {
    const { lang } = this.locale;
    const t = this.t;
    const texts = chooseTexts(offer, lang, this.easyLanguage, this.profile);
    const open = isOpenAt(offer.schedule, new Date());
    const contacts = this.#shownContacts();
    const registrationUrl = safeHref(offer.registration.url);
    const reportHref = this.reportUrl
      ? safeHref(this.reportUrl.replace('{id}', encodeURIComponent(offer.id)))
      : undefined;
    const canSimplify = lang.toLowerCase().startsWith('de') && offer.easyLanguage !== undefined;
    return html`<article lang=${lang}>
      <div lang=${texts.lang} dir="auto">
        <h2 part="title">${texts.title}</h2>
        <p><strong>${texts.summary}</strong></p>
        ${texts.description ? html`<p class="description">${texts.description}</p>` : nothing}
      </div>
      ${
        canSimplify
          ? html`<button
              type="button"
              class="secondary"
              aria-pressed=${this.easyLanguage ? 'true' : 'false'}
              @click=${() => (this.easyLanguage = !this.easyLanguage)}
            >
              ${t.detail.easyLanguage}
            </button>`
          : nothing
      }
      <ul part="badges" class="badges">
        <li>${t.offer.kind[offer.kind]}</li>
        <li>${t.offer.format[offer.format]}</li>
        <li class=${open ? 'open' : ''}>${open ? t.offer.openNow : t.offer.closedNow}</li>
        ${texts.machineTranslated ? html`<li>${t.offer.machineTranslated}</li>` : nothing}
      </ul>
      <section part="section">
        <h3>${t.detail.schedule}</h3>
        ${renderSchedule(offer.schedule, t, lang)}
      </section>
      ${
        offer.locations.length > 0
          ? html`<section part="section">
              <h3>${t.detail.location}</h3>
              <ul class="plain">
                ${offer.locations.map((l) => this.#renderLocation(l))}
              </ul>
            </section>`
          : html`<p>${t.offer.countyWide}</p>`
      }
      <section part="section">
        <h3>${t.detail.cost}</h3>
        <p>
          ${t.offer.cost[offer.cost.kind]}${offer.cost.note ? html` (${renderLocalized(offer.cost.note, lang, t)})` : nothing}
        </p>
        <h3>${t.detail.registration}</h3>
        <p>
          ${offer.registration.required ? t.detail.registrationRequired : t.detail.registrationNotRequired}
        </p>
        ${offer.registration.howTo ? html`<p>${renderLocalized(offer.registration.howTo, lang, t)}</p>` : nothing}
        ${registrationUrl ? html`<p><a href=${registrationUrl}>${registrationUrl}</a></p>` : nothing}
        <h3>${t.detail.spokenLanguages}</h3>
        <p>${offer.languages.map((l) => languageName(l, lang)).join(', ')}</p>
      </section>
      ${
        contacts.length > 0
          ? html`<section part="section">
              <h3>${t.detail.contact}</h3>
              <ul class="plain">
                ${contacts.map((c) => this.#renderContact(c))}
              </ul>
            </section>`
          : nothing
      }
      ${this.provider ? this.#renderProvider(this.provider) : nothing}
      <p>
        ${
          reportHref
            ? html`<a part="report" href=${reportHref} @click=${(e: Event) => this.#report(e)}
                >${t.detail.reportError}</a
              >`
            : html`<button
                part="report"
                type="button"
                class="secondary"
                @click=${(e: Event) => this.#report(e)}
              >
                ${t.detail.reportError}
              </button>`
        }
      </p>
    </article>`;
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    const t = this.t;
    const body =
      this.status === 'error'
        ? renderLoadError(t, this.#error, () => void this.#load())
        : this.offer !== undefined && this.status !== 'loading'
          ? this.#renderOffer(this.offer)
          : html`<p role="status">
              ${this.status === 'loading' ? t.common.loading : t.detail.notFound}
            </p>`;
    return html`<div part="base" lang=${lang} dir=${dir}>${body}</div>`;
  }
}

/** A contact a feed published, as the model's contact with exactly its published fields switched on. */
function asPublishedContact(c: PublicContact): Contact {
  return {
    ...c,
    languages: c.languages ?? [],
    consent: { given: true, date: '1970-01-01', basis: 'consent' },
    visibility: {
      name: c.name !== undefined,
      role: c.role !== undefined,
      email: c.email !== undefined,
      phone: c.phone !== undefined,
      languages: c.languages !== undefined,
    },
  };
}
