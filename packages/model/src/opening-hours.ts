import type { Schedule, ScheduleInput, Weekday } from './schedule.js';

interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  weekday: Weekday;
  /** `HH:MM` */
  time: string;
}

const weekdays: Record<string, Weekday> = {
  Mon: 'mo',
  Tue: 'tu',
  Wed: 'we',
  Thu: 'th',
  Fri: 'fr',
  Sat: 'sa',
  Sun: 'su',
};
const formatters = new Map<string, Intl.DateTimeFormat>();

// Filtering many offers asks about the same instant again and again; remember the last answer.
let lastClock: { time: number; timeZone: string; clock: WallClock } | undefined;

/** Date, weekday and time as a clock on the wall in `timeZone` shows them (daylight saving included). */
function wallClock(when: Date, timeZone: string): WallClock {
  const time = when.getTime();
  if (lastClock?.time === time && lastClock.timeZone === timeZone) return lastClock.clock;
  const clock = readWallClock(when, timeZone);
  lastClock = { time, timeZone, clock };
  return clock;
}

function readWallClock(when: Date, timeZone: string): WallClock {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(when).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: weekdays[parts.weekday ?? ''] ?? 'mo',
    time: `${parts.hour}:${parts.minute}`,
  };
}

const dayMs = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, independent of time zones. */
function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / dayMs);
}

/** Weeks (Monday to Sunday) between the week of `from` and the week of `date`. */
function weeksBetween(from: string, date: string): number {
  // 1970-01-01 was a Thursday; shifting by 3 days makes weeks start on Monday.
  const week = (day: number) => Math.floor((day + 3) / 7);
  return week(dayNumber(date)) - week(dayNumber(from));
}

/**
 * Whether an offer is open at `when`, read on the wall clock of the schedule's time zone (Europe/Berlin unless
 * set), daylight saving included. A weekly slot counts from `opens` up to but not including `closes`; slots every
 * n-th week count weeks from the week of `validFrom`; validity and closures (inclusive days) suspend the weekly
 * slots; dated sessions count on their own. "By appointment" alone is not "open": nobody can just drop in.
 *
 * @example
 * isOpenAt({ weekly: [{ day: 'tu', opens: '10:00', closes: '12:00' }] }, new Date('2026-11-24T10:30:00+01:00')); // true
 */
export function isOpenAt(schedule: Schedule | ScheduleInput, when: Date): boolean {
  const inSession = (schedule.sessions ?? []).some(
    (session) =>
      Date.parse(session.start) <= when.getTime() && when.getTime() < Date.parse(session.end),
  );
  if (inSession) return true;
  const weekly = schedule.weekly ?? [];
  // Reading the wall clock through Intl is the costly part; most offers without slots never need it.
  if (weekly.length === 0) return false;
  const clock = wallClock(when, schedule.timeZone ?? 'Europe/Berlin');
  if (schedule.validFrom !== undefined && clock.date < schedule.validFrom) return false;
  if (schedule.validUntil !== undefined && clock.date > schedule.validUntil) return false;
  if (
    (schedule.closures ?? []).some(
      (closure) => closure.from <= clock.date && clock.date <= closure.until,
    )
  )
    return false;
  return weekly.some((slot) => {
    if (slot.day !== clock.weekday || clock.time < slot.opens || clock.time >= slot.closes)
      return false;
    const interval = slot.interval ?? 1;
    // Validated data has validFrom for every interval slot; code-built schedules without it count from 1970.
    return (
      interval === 1 ||
      weeksBetween(schedule.validFrom ?? '1970-01-05', clock.date) % interval === 0
    );
  });
}
