import { describe, expect, test } from 'vitest';
import { isOpenAt, scheduleSchema, type ScheduleInput } from './index.js';

const tuesdayAfternoons: ScheduleInput = {
  weekly: [{ day: 'tu', opens: '15:00', closes: '17:00' }],
};

describe('isOpenAt', () => {
  test('reads the Berlin wall clock in winter (UTC+1) and summer (UTC+2)', () => {
    // 2026-11-24 is a Tuesday in winter time: 15:30 in Berlin is 14:30 UTC.
    expect(isOpenAt(tuesdayAfternoons, new Date('2026-11-24T14:30:00Z'))).toBe(true);
    expect(isOpenAt(tuesdayAfternoons, new Date('2026-11-24T16:30:00Z'))).toBe(false);
    // 2026-06-23 is a Tuesday in summer time: 15:30 in Berlin is 13:30 UTC.
    expect(isOpenAt(tuesdayAfternoons, new Date('2026-06-23T13:30:00Z'))).toBe(true);
    expect(isOpenAt(tuesdayAfternoons, new Date('2026-06-23T15:30:00Z'))).toBe(false);
  });

  test('opens at the opening minute and is closed at the closing minute', () => {
    expect(isOpenAt(tuesdayAfternoons, new Date('2026-11-24T15:00:00+01:00'))).toBe(true);
    expect(isOpenAt(tuesdayAfternoons, new Date('2026-11-24T16:59:00+01:00'))).toBe(true);
    expect(isOpenAt(tuesdayAfternoons, new Date('2026-11-24T17:00:00+01:00'))).toBe(false);
    expect(isOpenAt(tuesdayAfternoons, new Date('2026-11-25T15:30:00+01:00'))).toBe(false);
  });

  test('uses the weekday in Berlin, not in UTC, around midnight', () => {
    const lateMonday: ScheduleInput = { weekly: [{ day: 'mo', opens: '23:00', closes: '23:59' }] };
    // 23:30 Monday in Berlin is 22:30 UTC Monday; 00:30 Tuesday in Berlin is 23:30 UTC Monday.
    expect(isOpenAt(lateMonday, new Date('2026-11-23T22:30:00Z'))).toBe(true);
    expect(isOpenAt(lateMonday, new Date('2026-11-23T23:30:00Z'))).toBe(false);
  });

  test('several slots on one day', () => {
    const split: ScheduleInput = {
      weekly: [
        { day: 'we', opens: '09:00', closes: '12:00' },
        { day: 'we', opens: '14:00', closes: '16:00' },
      ],
    };
    expect(isOpenAt(split, new Date('2026-11-25T10:00:00+01:00'))).toBe(true);
    expect(isOpenAt(split, new Date('2026-11-25T13:00:00+01:00'))).toBe(false);
    expect(isOpenAt(split, new Date('2026-11-25T15:00:00+01:00'))).toBe(true);
  });

  test('every second week, counted from the week of validFrom', () => {
    // validFrom is a Thursday; its week (from Monday 2026-01-05) is week 0, so Tuesday 6 January is on.
    const fortnightly: ScheduleInput = {
      validFrom: '2026-01-08',
      weekly: [{ day: 'tu', opens: '10:00', closes: '12:00', interval: 2 }],
    };
    expect(isOpenAt(fortnightly, new Date('2026-01-13T11:00:00+01:00'))).toBe(false);
    expect(isOpenAt(fortnightly, new Date('2026-01-20T11:00:00+01:00'))).toBe(true);
    expect(isOpenAt(fortnightly, new Date('2026-01-27T11:00:00+01:00'))).toBe(false);
    // Across the year boundary the count goes on: 2027-01-05 is 52 weeks after 2026-01-06.
    expect(isOpenAt(fortnightly, new Date('2027-01-05T11:00:00+01:00'))).toBe(true);
    // Before validFrom nothing is open, not even a matching week.
    expect(isOpenAt(fortnightly, new Date('2026-01-06T11:00:00+01:00'))).toBe(false);
  });

  test('closures (inclusive) and the validity period suspend weekly slots', () => {
    const schedule: ScheduleInput = {
      ...tuesdayAfternoons,
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      closures: [{ from: '2026-07-14', until: '2026-08-25' }],
    };
    expect(isOpenAt(schedule, new Date('2026-07-07T15:30:00+02:00'))).toBe(true);
    expect(isOpenAt(schedule, new Date('2026-07-14T15:30:00+02:00'))).toBe(false);
    expect(isOpenAt(schedule, new Date('2026-08-25T15:30:00+02:00'))).toBe(false);
    expect(isOpenAt(schedule, new Date('2026-09-01T15:30:00+02:00'))).toBe(true);
    expect(isOpenAt(schedule, new Date('2027-01-05T15:30:00+01:00'))).toBe(false);
  });

  test('dated sessions count on their own, as instants', () => {
    const course: ScheduleInput = {
      sessions: [{ start: '2026-03-07T10:00:00+01:00', end: '2026-03-07T13:00:00+01:00' }],
      closures: [{ from: '2026-03-01', until: '2026-03-31' }],
    };
    expect(isOpenAt(course, new Date('2026-03-07T09:30:00Z'))).toBe(true);
    expect(isOpenAt(course, new Date('2026-03-07T12:00:00Z'))).toBe(false);
  });

  test('by appointment only is never "open"', () => {
    expect(isOpenAt({ byAppointment: true }, new Date('2026-11-24T15:30:00+01:00'))).toBe(false);
  });

  test('works on parsed schedules with other time zones', () => {
    const istanbul = scheduleSchema.parse({ ...tuesdayAfternoons, timeZone: 'Europe/Istanbul' });
    // 15:30 in Istanbul (UTC+3) is 12:30 UTC.
    expect(isOpenAt(istanbul, new Date('2026-11-24T12:30:00Z'))).toBe(true);
    expect(isOpenAt(istanbul, new Date('2026-11-24T14:30:00Z'))).toBe(false);
  });
});
