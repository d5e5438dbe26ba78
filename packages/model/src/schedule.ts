import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, localizedStringSchema } from './common.js';

export const weekdaySchema = z.enum(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);
export type Weekday = z.infer<typeof weekdaySchema>;

/** Local wall-clock time `HH:MM` in the county's time zone (Europe/Berlin). */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const weeklySlotSchema = z.object({
  day: weekdaySchema,
  opens: clockTimeSchema,
  closes: clockTimeSchema,
  /** Every n-th week only (1 = weekly). */
  interval: z.number().int().min(1).max(4).default(1),
  note: localizedStringSchema.optional(),
});
export type WeeklySlot = z.infer<typeof weeklySlotSchema>;

export const datedSessionSchema = z.object({
  start: isoDateTimeSchema,
  end: isoDateTimeSchema,
  note: localizedStringSchema.optional(),
});
export type DatedSession = z.infer<typeof datedSessionSchema>;

export const closureSchema = z.object({
  from: isoDateSchema,
  until: isoDateSchema,
  reason: localizedStringSchema.optional(),
});

/** When an offer takes place: weekly slots (several per day allowed), dated sessions, or by appointment. */
export const scheduleSchema = z.object({
  timeZone: z.string().default('Europe/Berlin'),
  weekly: z.array(weeklySlotSchema).default([]),
  sessions: z.array(datedSessionSchema).default([]),
  byAppointment: z.boolean().default(false),
  validFrom: isoDateSchema.optional(),
  validUntil: isoDateSchema.optional(),
  closures: z.array(closureSchema).default([]),
  note: localizedStringSchema.optional(),
});
export type Schedule = z.infer<typeof scheduleSchema>;
export type ScheduleInput = z.input<typeof scheduleSchema>;
