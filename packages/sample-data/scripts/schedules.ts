import type { z } from 'zod';
import type { scheduleSchema } from '@vielfalt/model';
import type { Random } from './prng.js';

type ScheduleInput = z.input<typeof scheduleSchema>;
type Day = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

/** The rhythms offers have in practice; each template names the ones that fit it. */
export type SchedulePattern =
  | 'course-mornings'
  | 'course-evenings'
  | 'office-hours'
  | 'appointment'
  | 'weekly-morning'
  | 'weekly-afternoon'
  | 'weekly-evening'
  | 'fortnightly'
  | 'training'
  | 'weekend'
  | 'sessions'
  | 'holiday';

const weekdays: readonly Day[] = ['mo', 'tu', 'we', 'th', 'fr'];

const christmas = {
  from: '2026-12-23',
  until: '2027-01-06',
  reason: { de: 'Weihnachtsferien', en: 'Christmas holidays' },
};
const easter = {
  from: '2027-03-22',
  until: '2027-04-03',
  reason: { de: 'Osterferien', en: 'Easter holidays' },
};
const summer = {
  from: '2027-07-19',
  until: '2027-08-31',
  reason: { de: 'Sommerferien', en: 'Summer holidays' },
};
const autumn = {
  from: '2026-10-17',
  until: '2026-10-31',
  reason: { de: 'Herbstferien', en: 'Autumn holidays' },
};

/** Berlin's UTC offset on a day of 2026/27 (summer time from the last Sunday of March to that of October). */
function offset(date: string): string {
  const summerTime =
    (date >= '2026-03-29' && date < '2026-10-25') || (date >= '2027-03-28' && date < '2027-10-31');
  return summerTime ? '+02:00' : '+01:00';
}

function at(date: string, time: string): string {
  return `${date}T${time}:00${offset(date)}`;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function time(rng: Random, hours: readonly number[], minutes: readonly number[] = [0, 30]): string {
  return `${String(rng.pick(hours)).padStart(2, '0')}:${String(rng.pick(minutes)).padStart(2, '0')}`;
}

function later(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** A schedule following `pattern`, with varied days, times, closures and validity. */
export function makeSchedule(rng: Random, pattern: SchedulePattern): ScheduleInput {
  switch (pattern) {
    case 'course-mornings': {
      const days = rng.chance(0.5)
        ? weekdays.slice(0, 4)
        : rng.sample(weekdays, 3).sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b));
      const opens = rng.pick(['08:30', '09:00']);
      const start = rng.pick(['2026-09-07', '2026-10-05', '2026-11-16', '2027-01-11']);
      return {
        weekly: days.map((day) => ({ day, opens, closes: later(opens, 195) })),
        validFrom: start,
        validUntil: addDays(start, rng.pick([140, 182, 210])),
        closures: [christmas, easter],
        note: {
          de: 'Einstieg nach Einstufungstest auch später möglich.',
          en: 'Later entry possible after a placement test.',
        },
      };
    }
    case 'course-evenings': {
      const days = rng.pick([['tu', 'th'], ['mo', 'we'], ['we']] as const);
      const opens = time(rng, [17, 18]);
      const start = rng.pick(['2026-09-14', '2026-11-02', '2027-01-18']);
      return {
        weekly: days.map((day) => ({ day, opens, closes: later(opens, 135) })),
        validFrom: start,
        validUntil: addDays(start, rng.pick([84, 112])),
        closures: [christmas],
      };
    }
    case 'office-hours': {
      const [dayA, dayB] = rng.sample(weekdays, 2) as [Day, Day];
      return {
        weekly: [
          { day: dayA, opens: '09:00', closes: '12:00' },
          { day: dayA, opens: '14:00', closes: rng.pick(['16:00', '17:30']) },
          { day: dayB, opens: rng.pick(['08:30', '09:00']), closes: '12:30' },
        ],
        byAppointment: true,
        note: {
          de: 'Offene Sprechstunde; außerhalb der Zeiten nach Vereinbarung.',
          en: 'Drop-in hours; other times by appointment.',
        },
        ...(rng.chance(0.3) ? { closures: [christmas] } : {}),
      };
    }
    case 'appointment':
      return {
        byAppointment: true,
        note: rng.pick([
          {
            de: 'Termine nach telefonischer Vereinbarung, auch kurzfristig.',
            en: 'Appointments by phone, also at short notice.',
          },
          {
            de: 'Terminvergabe per E-Mail; Dolmetschende können mitgebracht oder angefragt werden.',
            en: 'Appointments by e-mail; interpreters can be brought along or requested.',
          },
          {
            de: 'Beratung nach Absprache, auch als Hausbesuch oder per Video.',
            en: 'Counselling by arrangement, also at home or by video.',
          },
        ]),
      };
    case 'weekly-morning': {
      const opens = time(rng, [9, 10]);
      return {
        weekly: [{ day: rng.pick(weekdays), opens, closes: later(opens, rng.pick([90, 120])) }],
        closures: rng.chance(0.6) ? [summer] : [],
      };
    }
    case 'weekly-afternoon': {
      const opens = time(rng, [14, 15, 16]);
      const days = rng.chance(0.35) ? rng.sample(weekdays, 2) : [rng.pick(weekdays)];
      return {
        weekly: days.map((day) => ({ day, opens, closes: later(opens, rng.pick([90, 120])) })),
        closures: rng.chance(0.7) ? [summer, christmas] : [summer],
      };
    }
    case 'weekly-evening': {
      const opens = time(rng, [17, 18, 19]);
      return {
        weekly: [
          { day: rng.pick(weekdays), opens, closes: later(opens, rng.pick([90, 120, 150])) },
        ],
        ...(rng.chance(0.4) ? { closures: [christmas] } : {}),
      };
    }
    case 'fortnightly': {
      const opens = time(rng, [10, 15, 16, 18]);
      return {
        weekly: [
          {
            day: rng.pick([...weekdays, 'sa'] as const),
            opens,
            closes: later(opens, 120),
            interval: 2,
            note: {
              de: 'Jede zweite Woche (gerade Kalenderwochen)',
              en: 'Every other week (even calendar weeks)',
            },
          },
        ],
        // Mondays of even ISO weeks (2 and 36 of 2026), so "every other week" counts the even weeks.
        validFrom: rng.pick(['2026-01-05', '2026-08-31']),
        closures: [summer],
      };
    }
    case 'training': {
      const [dayA, dayB] = rng
        .sample(weekdays, 2)
        .sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b)) as [Day, Day];
      const opens = time(rng, [16, 17, 18], [0, 15, 30, 45]);
      return {
        weekly: [
          { day: dayA, opens, closes: later(opens, 90) },
          { day: dayB, opens, closes: later(opens, 90) },
        ],
        closures: rng.chance(0.5) ? [summer] : [autumn, christmas],
      };
    }
    case 'weekend': {
      const opens = time(rng, [10, 11, 14]);
      return {
        weekly: [
          {
            day: rng.pick(['sa', 'su'] as const),
            opens,
            closes: later(opens, rng.pick([120, 180])),
          },
        ],
        closures: [christmas],
      };
    }
    case 'sessions': {
      const first = rng.pick([
        '2026-11-10',
        '2026-11-19',
        '2026-12-02',
        '2027-01-14',
        '2027-02-04',
      ]);
      const opens = time(rng, [10, 17, 18]);
      const count = rng.int(2, 5);
      const step = rng.pick([7, 14, 28]);
      return {
        sessions: Array.from({ length: count }, (_, i) => {
          const date = addDays(first, i * step);
          return { start: at(date, opens), end: at(date, later(opens, rng.pick([90, 120, 180]))) };
        }),
        validUntil: addDays(first, (count - 1) * step),
      };
    }
    case 'holiday': {
      const first = rng.pick(['2027-03-22', '2027-03-29', '2027-07-19', '2027-07-26']);
      return {
        sessions: Array.from({ length: 5 }, (_, i) => {
          const date = addDays(first, i);
          return { start: at(date, '09:00'), end: at(date, '15:00') };
        }),
        validUntil: addDays(first, 4),
        note: {
          de: 'Ferienwoche mit Mittagessen, Montag bis Freitag.',
          en: 'Holiday week with lunch, Monday to Friday.',
        },
      };
    }
  }
}
