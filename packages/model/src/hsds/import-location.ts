import { truncate } from '../problem.js';
import { describeFirstIssue } from '../issues.js';
import * as z from 'zod';
import { agsSchema, localizedStringSchema } from '../common.js';
import { accessibilitySchema, locationSchema, type Location } from '../location.js';
import { scheduleSchema, type Schedule, type WeeklySlot } from '../schedule.js';
import { dataAttribute, localized, note, ourId, type ImportContext } from './import-context.js';
import type { HsdsLocation, HsdsSchedule } from './schema.js';
import { readAttributes, vielfaltTaxonomies } from './vocabulary.js';

/** The municipality of a foreign place, found by its city name in the county profile. */
function municipalityByCity(ctx: ImportContext, city: string | undefined): string | undefined {
  const wanted = city?.trim().toLocaleLowerCase('de');
  return ctx.profile?.municipalities.find(
    (municipality) => municipality.name.toLocaleLowerCase('de') === wanted,
  )?.ags;
}

/** Maps an HSDS location onto ours; a place whose municipality cannot be told is skipped and noted. */
export function importLocation(
  location: HsdsLocation,
  ctx: ImportContext,
  path: string,
): Location | undefined {
  const attributes = readAttributes(location.attributes, ctx.terms);
  const address =
    location.addresses?.find((candidate) => candidate.address_type === 'physical') ??
    location.addresses?.[0];
  const municipality =
    dataAttribute(ctx, attributes, 'municipality', agsSchema, path) ??
    municipalityByCity(ctx, address?.city);
  if (!municipality) {
    note(
      ctx,
      path,
      'location-skipped',
      `Ort „${truncate(location.name ?? location.id)}“ übersprungen: keine Gemeinde (AGS) des Kreises erkennbar.`,
      `Place "${truncate(location.name ?? location.id)}" skipped: no municipality (AGS) of the county recognisable.`,
    );
    return undefined;
  }
  const postalCodeValid = address !== undefined && /^\d{5}$/.test(address.postal_code);
  if (address && !postalCodeValid) {
    note(
      ctx,
      `${path}.addresses`,
      'address-dropped',
      `Adresse weggelassen: Postleitzahl „${truncate(address.postal_code)}“ hat nicht fünf Ziffern.`,
      `Address left out: postal code "${truncate(address.postal_code)}" does not have five digits.`,
    );
  }
  const accessibilityText = location.accessibility
    ?.flatMap((entry) => [entry.description, entry.details])
    .filter((text): text is string => Boolean(text))
    .join('\n');
  const wheelchair = dataAttribute(
    ctx,
    attributes,
    'wheelchair',
    accessibilitySchema.shape.wheelchair,
    path,
  );
  const details =
    dataAttribute(ctx, attributes, 'accessibility-details', localizedStringSchema, path) ??
    (wheelchair ? undefined : localized(ctx, accessibilityText));
  const candidate = {
    id: ourId(attributes, location.id),
    name: location.name,
    municipality,
    address:
      address && postalCodeValid
        ? {
            street: address.address_1,
            postalCode: address.postal_code,
            locality: address.city,
            country: address.country.toUpperCase(),
          }
        : undefined,
    geo:
      location.latitude !== undefined && location.longitude !== undefined
        ? { lat: location.latitude, lon: location.longitude }
        : undefined,
    placeKind: attributes.codes(vielfaltTaxonomies.placeKinds)[0]?.code,
    accessibility: { wheelchair: wheelchair ?? 'unknown', details },
  };
  const parsed = locationSchema.safeParse(JSON.parse(JSON.stringify(candidate)), {
    reportInput: true,
  });
  if (!parsed.success) {
    const reason = describeFirstIssue(parsed.error.issues);
    note(
      ctx,
      path,
      'location-skipped',
      `Ort übersprungen: ${reason.de}`,
      `Place skipped: ${reason.en}`,
    );
    return undefined;
  }
  return parsed.data;
}

const weekdays = { MO: 'mo', TU: 'tu', WE: 'we', TH: 'th', FR: 'fr', SA: 'sa', SU: 'su' } as const;
const isoDate = z.iso.date();

function clock(time: string | undefined): string | undefined {
  const match = time?.match(/^([01]\d|2[0-3]):([0-5]\d)/);
  return match ? `${match[1]}:${match[2]}` : undefined;
}

/** Reads iCal-style weekly rules into weekly slots; other rules only lend their description as a note. */
export function importSchedule(
  schedules: HsdsSchedule[] | undefined,
  ctx: ImportContext,
  path: string,
): Schedule {
  const weekly: WeeklySlot[] = [];
  const notes: string[] = [];
  let validFrom: string | undefined;
  let validUntil: string | undefined;
  (schedules ?? []).forEach((schedule, index) => {
    const opens = clock(schedule.opens_at);
    const closes = clock(schedule.closes_at);
    const days = (schedule.byday ?? '')
      .split(',')
      .map((day) => weekdays[day.trim() as keyof typeof weekdays]);
    const description = schedule.description ?? schedule.notes;
    if (schedule.freq === 'WEEKLY' && opens && closes && days.length > 0 && days.every(Boolean)) {
      const slotNote = localized(ctx, description);
      for (const day of days) {
        if (day)
          weekly.push({
            day,
            opens,
            closes,
            interval: Math.min(4, Math.max(1, schedule.interval ?? 1)),
            ...(slotNote && { note: slotNote }),
          });
      }
      validFrom ??= isoDate.safeParse(schedule.valid_from).data;
      validUntil ??= isoDate.safeParse(schedule.valid_to).data;
    } else {
      if (description) notes.push(description);
      note(
        ctx,
        `${path}[${index}]`,
        'schedule-as-note',
        'Zeitplan ohne wöchentliche Regel: nur als Hinweis übernommen.',
        'Schedule without a weekly rule: kept as a note only.',
      );
    }
  });
  const scheduleNote = localized(ctx, notes.join('\n'));
  return scheduleSchema.parse({
    weekly,
    ...(validFrom && { validFrom }),
    ...(validUntil && { validUntil }),
    ...(scheduleNote && { note: scheduleNote }),
  });
}
