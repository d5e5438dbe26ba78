import * as z from 'zod';
import { isoDateSchema, isoDateTimeSchema, localizedStringSchema } from './common.js';
import { patterns } from './patterns.js';

const knownTimeZones = new Map<string, boolean>();

/** Whether this runtime's `Intl` knows `name` as a time zone (`Europe/Berlin`); remembered per name. */
function isTimeZone(name: string): boolean {
  let known = knownTimeZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    // Only a handful of zones occur in real data; a bounded cache keeps hostile input from growing it.
    if (knownTimeZones.size < 1000) knownTimeZones.set(name, known);
  }
  return known;
}

/**
 * An IANA time zone this runtime knows (`Europe/Berlin`). Checked here, because an unknown one makes every
 * later date calculation (opening hours, HSDS export) throw a RangeError.
 */
export const timeZoneSchema = z.string().refine(isTimeZone, {
  error: 'expected an IANA time zone such as "Europe/Berlin"',
  params: {
    code: 'unknown-time-zone',
    expected: {
      de: 'eine IANA-Zeitzone (z. B. „Europe/Berlin“)',
      en: 'an IANA time zone (e.g. "Europe/Berlin")',
    },
  },
});

/** Day of the week, Monday first (`mo` … `su`). */
export const weekdaySchema = z.enum(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);
/** Day of the week, Monday first. */
export type Weekday = z.infer<typeof weekdaySchema>;

/** Local wall-clock time `HH:MM` in the county's time zone (Europe/Berlin). */
export const clockTimeSchema = z.string().regex(patterns.clockTime.regex);

/** A weekly opening slot; several per day are allowed. `closes` must be after `opens` (same day). */
export const weeklySlotSchema = z.object({
  day: weekdaySchema,
  opens: clockTimeSchema,
  closes: clockTimeSchema,
  /** Every n-th week only (1 = weekly), counted from the schedule's `validFrom` week, which it then needs. */
  interval: z.number().int().min(1).max(4).default(1),
  note: localizedStringSchema.optional(),
});
/** A weekly opening slot. */
export type WeeklySlot = z.infer<typeof weeklySlotSchema>;

/** A single dated session (a course date, an event); `end` must be after `start`. */
export const datedSessionSchema = z.object({
  start: isoDateTimeSchema,
  end: isoDateTimeSchema,
  note: localizedStringSchema.optional(),
});
/** A single dated session. */
export type DatedSession = z.infer<typeof datedSessionSchema>;

/** Days on which the weekly slots do not take place (holidays), `from` to `until` inclusive. */
export const closureSchema = z.object({
  from: isoDateSchema,
  until: isoDateSchema,
  reason: localizedStringSchema.optional(),
});
/** Days on which the weekly slots do not take place. */
export type Closure = z.infer<typeof closureSchema>;

/**
 * When an offer takes place: weekly slots (several per day allowed), dated sessions, or by appointment.
 * Validity and closures restrict the weekly slots; dated sessions stand on their own.
 */
export const scheduleSchema = z.object({
  timeZone: timeZoneSchema.default('Europe/Berlin'),
  weekly: z.array(weeklySlotSchema).default([]),
  sessions: z.array(datedSessionSchema).default([]),
  byAppointment: z.boolean().default(false),
  validFrom: isoDateSchema.optional(),
  validUntil: isoDateSchema.optional(),
  closures: z.array(closureSchema).default([]),
  note: localizedStringSchema.optional(),
});
/** When an offer takes place. */
export type Schedule = z.infer<typeof scheduleSchema>;
/** What {@link scheduleSchema} accepts (before defaults are applied). */
export type ScheduleInput = z.input<typeof scheduleSchema>;
