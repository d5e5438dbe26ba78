import type { z } from 'zod';
import type { OfferInput } from '@vielfalt/model';
import type { goodPracticeSchema } from '@vielfalt/model';
import type { ActorLookup } from './actor-lookup.js';
import { cityBySlug } from './cities.js';
import type { ContactInput } from './shapes.js';
import { goodPracticeSpecs as specs } from './good-practice-examples.js';

type GoodPracticeInput = z.input<typeof goodPracticeSchema>;

/** The offers the good-practice examples need: the first offer template of each example, in its city. */
export function goodPracticeOffers(): { city: string; key: string }[] {
  return specs.map((spec) => ({ city: spec.city, key: spec.offerKeys[0] ?? '' }));
}

/** The good-practice examples, linked to actors, offers and contacts of the generated data. */
export function generateGoodPractices(
  actors: ActorLookup,
  offers: readonly OfferInput[],
  contacts: readonly ContactInput[],
): GoodPracticeInput[] {
  return specs.map((spec) => {
    const city = cityBySlug(spec.city);
    const actorId = actors.id(spec.actor, spec.city);
    const offerIds = offers
      .filter((o) => spec.offerKeys.some((k) => o.id === `${city.slug}-${k}`))
      .map((o) => o.id);
    const contactIds = contacts
      .filter((c) => c.actorId === actorId && c.consent.given)
      .slice(0, 1)
      .map((c) => c.id);
    return {
      id: `gp-${spec.key}`,
      title: { de: spec.title[0], en: spec.title[1] },
      summary: { de: spec.summary[0], en: spec.summary[1] },
      whatWorks: { de: spec.whatWorks[0], en: spec.whatWorks[1] },
      actorIds: actorId === actors.id('ki') ? [actorId] : [actorId, actors.id('ki')],
      municipalities: [city.ags],
      fieldsOfAction: [...spec.fields],
      targetGroups: [...spec.groups],
      offerIds,
      ...(spec.projectId ? { projectId: spec.projectId } : {}),
      contactIds,
      since: spec.since,
    };
  });
}
