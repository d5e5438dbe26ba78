import type { Dataset } from '../dataset.js';
import type { Offer, OfferStatus } from '../offer.js';
import type { CountyProfile } from '../profile.js';
import { publicContacts } from '../public-contact.js';
import { germanDays } from './cells.js';
import {
  costWords,
  formatWords,
  germanWord,
  kindWords,
  offerColumns,
  statusWords,
  wheelchairWords,
  type OfferColumnKey,
} from './columns.js';

/** Options of {@link exportOffersCsv}. */
export interface CsvExportOptions {
  /** Language of the text columns (default: the profile's default language, else `de`). */
  profile?: CountyProfile;
  /** Offers with these editorial statuses are exported; default only `published`. */
  statuses?: readonly OfferStatus[];
  /** `;` (default, what German Excel opens directly) or `,`. */
  delimiter?: ';' | ',';
}

/**
 * Quotes a cell when it holds the delimiter, a quote or a line break (RFC 4180). A cell starting with
 * `=`, `+`, `-`, `@` or a tab gets a leading apostrophe, so a spreadsheet shows provider-entered text
 * instead of running it as a formula (CSV injection); the import removes the apostrophe again.
 */
function quote(value: string, delimiter: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const germanNumber = (value: number | undefined) =>
  value === undefined ? '' : String(value).replace('.', ',');
const germanDate = (value: string | undefined) =>
  value ? value.split('-').reverse().join('.') : '';

function cellsOf(
  offer: Offer,
  dataset: Dataset,
  language: string,
  contacts: Map<string, Dataset['contacts'][number]>,
): Record<OfferColumnKey, string> {
  const texts = offer.texts[language] ?? Object.values(offer.texts)[0];
  const provider = dataset.actors.find((actor) => actor.id === offer.providerId);
  const [location] = offer.locations;
  const shown = publicContacts(offer.contactIds, contacts);
  const yesNo = (value: boolean) => (value ? 'ja' : 'nein');
  return {
    id: offer.id,
    kind: germanWord(kindWords, offer.kind, true),
    title: texts?.title ?? '',
    summary: texts?.summary ?? '',
    description: texts?.description ?? '',
    providerId: offer.providerId,
    providerName: provider?.name ?? '',
    providerKind: provider?.kind ?? '',
    fieldsOfAction: offer.fieldsOfAction.join(', '),
    targetGroups: offer.targetGroups.map((group) => group.id).join(', '),
    languages: offer.languages.join(', '),
    area: offer.area.kind === 'county' ? 'Kreis' : offer.area.ags.join(', '),
    placeName: location?.name ?? '',
    street: location?.address?.street ?? '',
    postalCode: location?.address?.postalCode ?? '',
    locality: location?.address?.locality ?? '',
    municipality: location?.municipality ?? '',
    latitude: germanNumber(location?.geo?.lat),
    longitude: germanNumber(location?.geo?.lon),
    wheelchair: location ? germanWord(wheelchairWords, location.accessibility.wheelchair) : '',
    cost: germanWord(costWords, offer.cost.kind),
    amountEur: germanNumber(offer.cost.amountEur),
    format: germanWord(formatWords, offer.format),
    registration: yesNo(offer.registration.required),
    registrationUrl: offer.registration.url ?? '',
    times: offer.schedule.weekly
      .map((slot) => `${germanDays[slot.day]} ${slot.opens}-${slot.closes}`)
      .join(', '),
    byAppointment: yesNo(offer.schedule.byAppointment),
    validFrom: germanDate(offer.validFrom),
    validUntil: germanDate(offer.validUntil),
    tags: offer.tags.join(', '),
    status: germanWord(statusWords, offer.status),
    // Only what a contact consented to show, as in every export.
    contactEmail: shown.find((contact) => contact.email)?.email ?? '',
    contactPhone: shown.find((contact) => contact.phone)?.phone ?? '',
  };
}

/**
 * Writes offers as CSV in the template's columns, UTF-8 with BOM and CRLF so German Excel opens it
 * directly. One row per offer: the first place and the default language only (the full data is in
 * the JSON dataset and the HSDS export).
 */
export function exportOffersCsv(dataset: Dataset, options: CsvExportOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const statuses = new Set(options.statuses ?? ['published']);
  const language = options.profile?.defaultLanguage ?? 'de';
  const contacts = new Map(dataset.contacts.map((contact) => [contact.id, contact]));
  const lines = [offerColumns.map((column) => quote(column.header, delimiter)).join(delimiter)];
  for (const offer of dataset.offers.filter((candidate) => statuses.has(candidate.status))) {
    const cells = cellsOf(offer, dataset, language, contacts);
    lines.push(offerColumns.map((column) => quote(cells[column.key], delimiter)).join(delimiter));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
