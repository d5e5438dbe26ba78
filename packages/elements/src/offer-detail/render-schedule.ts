import { html, nothing, type TemplateResult } from 'lit';
import type { Schedule, Weekday } from '@vielfalt/model';
import type { Translation } from '../i18n/index.js';
import { renderLocalized } from '../base/localized-text.js';

const weekdays: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** The weekday's name in the UI language, from `Intl` (23 November 2026 was a Monday). */
export function weekdayName(day: Weekday, lang: string): string {
  const date = new Date(Date.UTC(2026, 10, 23 + weekdays.indexOf(day), 12));
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** Weekly slots in week order, dated sessions, "by appointment" and the schedule's note. */
export function renderSchedule(schedule: Schedule, t: Translation, lang: string): TemplateResult {
  const slots = [...schedule.weekly].sort(
    (a, b) => weekdays.indexOf(a.day) - weekdays.indexOf(b.day) || a.opens.localeCompare(b.opens),
  );
  const dateTime = new Intl.DateTimeFormat(lang, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: schedule.timeZone,
  });
  return html`${
    slots.length > 0
      ? html`<ul class="plain">
          ${slots.map(
            (s) =>
              html`<li>
                <span>${weekdayName(s.day, lang)}</span>
                <span dir="ltr">${s.opens}–${s.closes}</span>
                ${s.note ? html`<span class="muted">(${renderLocalized(s.note, lang, t)})</span>` : nothing}
              </li>`,
          )}
        </ul>`
      : nothing
  }
  ${
    schedule.sessions.length > 0
      ? html`<h4>${t.detail.sessions}</h4>
          <ul class="plain">
            ${schedule.sessions.map((s) => html`<li>${dateTime.format(new Date(s.start))}</li>`)}
          </ul>`
      : nothing
  }
  ${schedule.byAppointment ? html`<p>${t.offer.byAppointment}</p>` : nothing}
  ${schedule.note ? html`<p>${renderLocalized(schedule.note, lang, t)}</p>` : nothing}`;
}
