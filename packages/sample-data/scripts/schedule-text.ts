import type { z } from 'zod';
import type { scheduleSchema } from '@vielfalt/model';

type ScheduleInput = z.input<typeof scheduleSchema>;

const adverb: Record<string, string> = {
  mo: 'montags',
  tu: 'dienstags',
  we: 'mittwochs',
  th: 'donnerstags',
  fr: 'freitags',
  sa: 'samstags',
  su: 'sonntags',
};
const months = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

function list(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} und ${words.at(-1)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function longDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${day}. ${months[month - 1]} ${year}`;
}

/**
 * A short German sentence on when an offer takes place ("Dienstags und donnerstags, 09:00–12:15 Uhr."), as
 * providers write it into their summaries. Undefined when the schedule has no regular times or dates.
 */
export function scheduleSentence(schedule: ScheduleInput): string | undefined {
  const weekly = schedule.weekly ?? [];
  const first = weekly[0];
  if (first) {
    const order = Object.keys(adverb);
    const dayKeys = [...new Set(weekly.map((slot) => slot.day))].sort(
      (a, b) => order.indexOf(a) - order.indexOf(b),
    );
    const consecutive =
      dayKeys.length >= 3 &&
      dayKeys.every(
        (day, i) => i === 0 || order.indexOf(day) === order.indexOf(dayKeys[i - 1] ?? '') + 1,
      );
    const days = consecutive
      ? [`${adverb[dayKeys[0] ?? ''] ?? ''} bis ${adverb[dayKeys.at(-1) ?? ''] ?? ''}`]
      : dayKeys.map((day) => adverb[day] ?? day);
    const sameTimes = weekly.every(
      (slot) => slot.opens === first.opens && slot.closes === first.closes,
    );
    if ((first.interval ?? 1) === 2)
      return `Alle zwei Wochen ${days[0]}, ${first.opens}–${first.closes} Uhr.`;
    if (sameTimes) return `${capitalise(list(days))}, ${first.opens}–${first.closes} Uhr.`;
    const perDay = dayKeys.map((day) => {
      const times = weekly
        .filter((slot) => slot.day === day)
        .map((slot) => `${slot.opens}–${slot.closes}`);
      return `${adverb[day] ?? day} ${times.join(' und ')}`;
    });
    return `${capitalise(perDay.join(', '))} Uhr${schedule.byAppointment ? ', sonst nach Vereinbarung' : ''}.`;
  }
  const session = schedule.sessions?.[0];
  if (session) {
    const count = schedule.sessions?.length ?? 1;
    return count === 1
      ? `Termin: ${longDate(session.start)}.`
      : `${count} Termine ab ${longDate(session.start)}.`;
  }
  return schedule.byAppointment ? 'Termine nach Vereinbarung.' : undefined;
}
