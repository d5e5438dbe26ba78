import { describe, expect, it } from 'vitest';
import { scheduleSentence } from '../scripts/schedule-text.js';

describe('the schedule sentences of sample summaries', () => {
  it('names days in weekday order and joins consecutive days with "bis"', () => {
    const slot = (day: 'mo' | 'tu' | 'we' | 'th' | 'fr') => ({
      day,
      opens: '09:00',
      closes: '12:15',
    });
    expect(scheduleSentence({ weekly: [slot('th'), slot('mo')] })).toBe(
      'Montags und donnerstags, 09:00–12:15 Uhr.',
    );
    expect(scheduleSentence({ weekly: [slot('mo'), slot('tu'), slot('we'), slot('th')] })).toBe(
      'Montags bis donnerstags, 09:00–12:15 Uhr.',
    );
  });

  it('lists several slots per day and mentions appointments', () => {
    const schedule = {
      weekly: [
        { day: 'fr' as const, opens: '09:00', closes: '12:30' },
        { day: 'tu' as const, opens: '09:00', closes: '12:00' },
        { day: 'tu' as const, opens: '14:00', closes: '16:00' },
      ],
      byAppointment: true,
    };
    expect(scheduleSentence(schedule)).toBe(
      'Dienstags 09:00–12:00 und 14:00–16:00, freitags 09:00–12:30 Uhr, sonst nach Vereinbarung.',
    );
  });

  it('describes fortnightly slots, dated sessions and appointment-only offers', () => {
    expect(
      scheduleSentence({ weekly: [{ day: 'we', opens: '16:00', closes: '18:00', interval: 2 }] }),
    ).toBe('Alle zwei Wochen mittwochs, 16:00–18:00 Uhr.');
    const session = (date: string) => ({
      start: `${date}T18:00:00+01:00`,
      end: `${date}T20:00:00+01:00`,
    });
    expect(scheduleSentence({ sessions: [session('2026-11-10'), session('2026-11-24')] })).toBe(
      '2 Termine ab 10. November 2026.',
    );
    expect(scheduleSentence({ sessions: [session('2027-03-01')] })).toBe('Termin: 1. März 2027.');
    expect(scheduleSentence({ byAppointment: true })).toBe('Termine nach Vereinbarung.');
    expect(scheduleSentence({})).toBeUndefined();
  });
});
