import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset.js';
import { datasetArbitrary } from '../hsds/arbitraries.js';
import { publicContacts } from '../public-contact.js';
import { exportOffersCsv } from './export.js';
import { importOffersCsv } from './import.js';
import { parseCsv } from './parse.js';

const allStatuses = ['draft', 'submitted', 'published', 'archived', 'rejected'] as const;

/** The CSV holds one place and German texts only: keep offers it can carry whole. */
const csvSized = datasetArbitrary.map((dataset): Dataset => ({
  ...dataset,
  offers: dataset.offers.map((offer) => ({ ...offer, locations: offer.locations.slice(0, 1) })),
}));

// Property and whole-sample tests: generous time, CI runs every package's tests at once on two cores.
describe('exportOffersCsv', { timeout: 60_000 }, () => {
  it('writes UTF-8 with BOM, semicolons and CRLF, and imports back with the CSV columns intact', () => {
    fc.assert(
      fc.property(csvSized, (dataset) => {
        const text = exportOffersCsv(dataset, { statuses: allStatuses });
        expect(text.startsWith('\uFEFFID;Art;Titel;')).toBe(true);
        const result = importOffersCsv(new TextEncoder().encode(text), { today: '2026-11-25' });
        expect(result.problems).toEqual([]);
        const back = result.dataset?.offers ?? [];
        expect(back.map((offer) => offer.id)).toEqual(dataset.offers.map((offer) => offer.id));
        dataset.offers.forEach((original, index) => {
          const offer = back[index];
          expect(offer?.texts['de']?.title).toBe(original.texts['de']?.title);
          expect(offer?.texts['de']?.summary).toBe(original.texts['de']?.summary);
          expect(offer?.texts['de']?.description).toBe(original.texts['de']?.description);
          expect(offer?.kind).toBe(original.kind);
          expect(offer?.area).toEqual(original.area);
          expect(offer?.fieldsOfAction).toEqual(original.fieldsOfAction);
          expect(offer?.languages).toEqual(original.languages);
          expect(offer?.cost.kind).toBe(original.cost.kind);
          expect(offer?.cost.amountEur).toBe(original.cost.amountEur);
          expect(offer?.status).toBe(original.status);
          expect(offer?.schedule.weekly.map((slot) => [slot.day, slot.opens, slot.closes])).toEqual(
            original.schedule.weekly.map((slot) => [slot.day, slot.opens, slot.closes]),
          );
          expect(offer?.locations[0]?.geo).toEqual(original.locations[0]?.geo);
          expect(offer?.locations[0]?.address).toEqual(original.locations[0]?.address);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('shows only consented, visible contact fields', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const parsed = parseCsv(exportOffersCsv(dataset, { statuses: allStatuses }));
        if (!parsed.ok) throw new Error('the export must parse as CSV');
        // Whole cells, not substrings: a hidden "3@example.org" must not fail on a shown "a3@example.org".
        const cells = new Set(parsed.table.rows.flatMap((row) => row.cells));
        const contacts = new Map(dataset.contacts.map((contact) => [contact.id, contact]));
        const shown = publicContacts([...contacts.keys()], contacts);
        const shownValues = new Set(shown.flatMap((contact) => [contact.email, contact.phone]));
        for (const contact of dataset.contacts) {
          const visible = publicContacts([contact.id], contacts)[0];
          for (const [value, isShown] of [
            [contact.email, visible?.email],
            [contact.phone, visible?.phone],
          ] as const) {
            if (value && !isShown && !shownValues.has(value)) expect(cells.has(value)).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('exports only published offers unless asked otherwise', () => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const rows = exportOffersCsv(dataset).trimEnd().split('\r\n').length - 1;
        const published = dataset.offers.filter((offer) => offer.status === 'published').length;
        // Quoted cells may hold line breaks, so count at least one line per published offer.
        expect(rows >= published).toBe(true);
        expect(importOffersCsv(exportOffersCsv(dataset)).dataset?.offers.length ?? 0).toBe(
          published,
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe('exportOffersCsv and spreadsheet formulas', () => {
  it('keeps provider text from running as a formula, and imports it back unchanged', () => {
    fc.assert(
      fc.property(
        datasetArbitrary,
        fc.constantFrom('=HYPERLINK("https://example.org";"Hier")', '+SUM(1;2)', '-2+3', '@A1'),
        (dataset, formula) => {
          const [first, ...rest] = dataset.offers;
          if (!first) return;
          const offer = {
            ...first,
            status: 'published' as const,
            texts: {
              ...first.texts,
              de: { title: 'Kurs', summary: formula, status: 'original' as const },
            },
          };
          const text = exportOffersCsv({ ...dataset, offers: [offer, ...rest] });
          const row = text.split('\r\n')[1] ?? '';
          expect(row.split(';').some((cell) => /^"?[=+\-@]/.test(cell))).toBe(false);
          const back = importOffersCsv(text).dataset?.offers.find(
            (candidate) => candidate.id === first.id,
          );
          expect(back?.texts['de']?.summary).toBe(formula);
        },
      ),
      { numRuns: 20 },
    );
  });
});
