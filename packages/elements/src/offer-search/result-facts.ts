import type { Actor, CountyProfile, Offer } from '@vielfalt/model';
import type { Translation } from '../i18n/index.js';
import { weekdayName } from '../offer-detail/render-schedule.js';

/** What tells two offers with the same title apart in a result list. */
export interface ResultFacts {
  /** Where: the cities of its places or area, or "in the whole county". */
  readonly where: string;
  /** Whether `where` names cities (German proper names) rather than saying "in the whole county". */
  readonly whereIsNames: boolean;
  /** Who offers it. */
  readonly provider: string | undefined;
  /** When: the next dated session, the weekly times, or "by appointment". */
  readonly when: string | undefined;
  /** How far from the chosen city, when the search has a distance filter. */
  readonly distance: string | undefined;
}

/** Cities shown before "+n". */
const MAX_CITIES = 2;

function where(offer: Offer, profile: CountyProfile | undefined, t: Translation): string {
  const fromPlaces = offer.locations.map((l) => l.municipality);
  const fromArea = offer.area.kind === 'municipalities' ? offer.area.ags : [];
  const ags = [...new Set(fromPlaces.length > 0 ? fromPlaces : fromArea)];
  if (ags.length === 0) return t.offer.countyWide;
  const names = ags.map((a) => profile?.municipalities.find((m) => m.ags === a)?.name ?? a);
  const shown = names.slice(0, MAX_CITIES).join(', ');
  return names.length > MAX_CITIES ? `${shown} +${names.length - MAX_CITIES}` : shown;
}

function when(offer: Offer, lang: string, t: Translation, now: Date): string | undefined {
  const { schedule } = offer;
  const next = schedule.sessions
    .map((s) => Date.parse(s.start))
    .filter((start) => start >= now.getTime())
    .sort((a, b) => a - b)[0];
  if (next !== undefined) {
    const format = new Intl.DateTimeFormat(lang, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: schedule.timeZone,
    });
    return t.offer.nextDate(format.format(new Date(next)));
  }
  if (schedule.weekly.length > 0) {
    const order = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
    const slots = [...schedule.weekly].sort(
      (a, b) => order.indexOf(a.day) - order.indexOf(b.day) || a.opens.localeCompare(b.opens),
    );
    const shown = slots
      .slice(0, 2)
      .map((s) => `${weekdayName(s.day, lang)} ${s.opens}–${s.closes}`)
      .join(', ');
    return slots.length > 2 ? `${shown} +${slots.length - 2}` : shown;
  }
  return schedule.byAppointment ? t.offer.byAppointment : undefined;
}

/** The facts of a result row in the UI language. */
export function resultFacts(
  offer: Offer,
  context: {
    readonly profile: CountyProfile | undefined;
    readonly actors: ReadonlyMap<string, Actor> | undefined;
    readonly lang: string;
    readonly t: Translation;
    readonly now: Date;
    readonly distanceKm: number | undefined;
  },
): ResultFacts {
  const { profile, actors, lang, t, now, distanceKm } = context;
  return {
    where: where(offer, profile, t),
    whereIsNames: offer.locations.length > 0 || offer.area.kind === 'municipalities',
    provider: actors?.get(offer.providerId)?.name,
    when: when(offer, lang, t, now),
    distance:
      distanceKm === undefined
        ? undefined
        : t.offer.distance(
            new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(distanceKm),
          ),
  };
}
