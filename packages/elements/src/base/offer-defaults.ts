import type { Offer, Schedule } from '@vielfalt/model';

/**
 * An offer with the parts the model fills in by default, for offers from feeds that left them out (the outline
 * check lets them through; a full validator would put zod into every page). What is present is kept as is.
 */
export function withOfferDefaults(offer: Offer): Offer {
  const partial = offer as Partial<Offer> & Pick<Offer, 'id'>;
  const schedule: Partial<Schedule> = partial.schedule ?? {};
  return {
    ...offer,
    contactIds: partial.contactIds ?? [],
    locations: partial.locations ?? [],
    targetGroups: partial.targetGroups ?? [],
    tags: partial.tags ?? [],
    history: partial.history ?? [],
    registration: { required: false, documents: [], ...partial.registration },
    schedule: {
      timeZone: 'Europe/Berlin',
      byAppointment: false,
      ...schedule,
      weekly: schedule.weekly ?? [],
      sessions: schedule.sessions ?? [],
      closures: schedule.closures ?? [],
    },
  };
}
