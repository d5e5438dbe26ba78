import type { OfferInput } from '@vielfalt/model';
import { cities, type SampleCity } from './cities.js';
import { documents } from './documents.js';
import { makeLocation } from './locations.js';
import type { Random } from './prng.js';
import type { Provider } from './providers.js';
import { makeSchedule } from './schedules.js';
import { scheduleSentence } from './schedule-text.js';
import type { LocationInput } from './shapes.js';
import type { OfferTemplate, TranslationLanguage } from './template.js';
import { templates, templatesOf } from './templates/index.js';
import { allFields, place, type PlaceId } from './vocabulary.js';
import { offerLifecycle } from './lifecycle.js';
import { chooseProvider, providerLine, type Context } from './provider-choice.js';

/** How many offers each city gets per field of action: larger cities have more. */
const perField = { gross: [4, 6], mittel: [3, 4] } as const;

/** Templates that the county-wide providers also run for the whole county (online or in the Kreishaus). */
const countyWideKeys = [
  'sprachmittlerpool',
  'fortbildung-ehrenamt',
  'antidiskriminierungsberatung',
  'anerkennung',
  'online-deutschkurs',
  'interkulturelle-fortbildung',
  'jmd',
  'stammtischparolen',
] as const;

/** Services every larger city has (federally funded counselling), whatever else is drawn. */
const standardServices: readonly string[] = ['mbe', 'jmd', 'integrationskurs'];

/**
 * Generates the offers: for every city and field a few templates (always including the `required` ones, which
 * good-practice examples point to), plus some county-wide offers.
 */
export function generateOffers(
  ctx: Context,
  required: readonly { city: string; key: string }[],
): OfferInput[] {
  const offers: OfferInput[] = [];
  for (const city of cities) {
    for (const fieldId of allFields) {
      const [min, max] = perField[city.size];
      const pool = templatesOf(fieldId);
      const must = pool.filter(
        (t) =>
          required.some((r) => r.city === city.slug && r.key === t.key) ||
          (city.size === 'gross' && standardServices.includes(t.key)),
      );
      const rest = ctx.rng.sampleWeighted(
        pool.filter((t) => !must.includes(t)),
        (t) => t.weight ?? 1,
        Math.max(0, ctx.rng.int(min, max) - must.length),
      );
      for (const template of [...must, ...rest]) {
        offers.push(makeOffer(ctx, template, city, `${city.slug}-${template.key}`));
      }
    }
  }
  for (const key of countyWideKeys) {
    const template = templates.find((t) => t.key === key);
    if (!template) throw new Error(`unknown template ${key}`);
    offers.push(makeOffer(ctx, template, undefined, `kreis-${template.key}`));
  }
  return offers;
}

function fill(text: string, city: SampleCity, district: string, provider: Provider): string {
  return text
    .replaceAll('{ort}', city.name)
    .replaceAll('{stadtteil}', district)
    .replaceAll('{traeger}', provider.actor.name);
}

function venueName(
  rng: Random,
  venue: PlaceId,
  template: OfferTemplate,
  city: SampleCity,
  district: string,
): string {
  switch (venue) {
    case place.sportverein:
      if (template.key.includes('schwimm'))
        return rng.pick([`Hallenbad ${city.name}`, `Lehrschwimmbecken ${district}`]);
      return rng.pick([
        `Sporthalle ${district}`,
        `Sportplatz ${district}`,
        `Dreifachhalle am Schulzentrum ${city.name}`,
      ]);
    case place.schule:
      return rng.pick([
        `Grundschule ${district}`,
        `Gesamtschule ${city.name}`,
        `Realschule ${district}`,
      ]);
    case place.kita:
      return rng.pick([`Kita ${district}`, `Familienzentrum ${district}`]);
    case place.unterkunft:
      return rng.pick([`Übergangsheim ${district}`, `Gemeinschaftsunterkunft ${district}`]);
    case place.quartier:
      return rng.pick([
        `Quartiersplatz ${district}`,
        `Stadtteilpark ${district}`,
        `Treffpunkt am Bürgerhaus ${district}`,
      ]);
    default:
      return `${district}, ${city.name}`;
  }
}

function makeOffer(
  ctx: Context,
  template: OfferTemplate,
  city: SampleCity | undefined,
  id: string,
): OfferInput {
  const { rng } = ctx;
  const provider = chooseProvider(ctx, template, city);
  const home = city ?? provider.city ?? cities.find((c) => c.slug === 'recklinghausen')!;
  const district = rng.pick(home.districts.slice(1));
  let title = fill(rng.pick(template.titles), home, district, provider);
  if (
    city &&
    !/[(–:?]/.test(title) &&
    !title.includes(district) &&
    !title.includes(home.name) &&
    title.length < 60
  ) {
    const suffix = rng.next();
    if (suffix < 0.2) title += ` (${district})`;
    else if (suffix < 0.3) title += ` in ${home.name}`;
  }
  const format = rng.pick(template.format ?? (['on-site'] as const));
  const languages = [
    'de',
    ...rng.sample(template.languages ?? [], rng.int(template.languages?.length ? 1 : 0, 4)),
  ];
  const locations: LocationInput[] = [];
  if (format !== 'online') {
    if (template.venue && rng.chance(0.85)) {
      locations.push(
        makeLocation(
          rng,
          home,
          `${id}-ort`,
          venueName(rng, template.venue, template, home, district),
          template.venue,
        ),
      );
    } else if (provider.city === home || !city) {
      locations.push(provider.home);
    } else {
      const outpost =
        template.kind === 'counselling' ? `Sprechstunde in ${home.name}` : `Kursort ${district}`;
      locations.push(
        makeLocation(
          rng,
          home,
          `${id}-ort`,
          `${provider.actor.name} – ${outpost}`,
          provider.home.placeKind as PlaceId,
        ),
      );
    }
  }
  const providerContacts = ctx.contacts.filter((c) => c.actorId === provider.actor.id);
  const publishable = providerContacts.filter((c) => c.consent.given);
  const contactIds = rng
    .sample(
      publishable.length > 0 && rng.chance(0.9) ? publishable : providerContacts,
      rng.int(1, 2),
    )
    .map((c) => c.id);

  if (
    provider.type === 'vhs' &&
    template.kind === 'course' &&
    !/[(:]/.test(title) &&
    !title.includes(home.name) &&
    rng.chance(0.3)
  )
    title += rng.pick([' an der VHS', ' (VHS)']);
  const schedule = makeSchedule(rng, rng.pick(template.schedule));
  // Many providers say when and where in the summary itself; search and listings then show it at once.
  let summary = fill(rng.pick(template.summaries), home, district, provider);
  const when = scheduleSentence(schedule);
  if (when && rng.chance(0.45)) summary += ` ${when}`;
  const texts: OfferInput['texts'] = {
    de: {
      title,
      summary,
      description: `${fill(template.description, home, district, provider)} ${providerLine(rng, provider, home)}`,
      status: 'original',
    },
  };
  const translated = Object.entries(template.i18n ?? {}) as [
    TranslationLanguage,
    { title: string; summary: string },
  ][];
  if (translated.length > 0 && rng.chance(0.7)) {
    const preferred = translated.filter(([lang]) => lang === 'en' || languages.includes(lang));
    for (const [lang, t] of rng.sample(
      rng.chance(0.25) ? translated : preferred.length > 0 ? preferred : translated,
      rng.int(1, 6),
    )) {
      texts[lang] = {
        title: t.title,
        summary: t.summary,
        status: rng.chance(0.6) ? 'machine' : 'human-checked',
      };
    }
  }
  const lifecycle = offerLifecycle(rng, provider.actor.id);
  const registration = template.registration;
  const area: OfferInput['area'] = city
    ? {
        kind: 'municipalities',
        ags: rng.chance(0.08)
          ? [city.ags, rng.pick(cities.filter((c) => c !== city)).ags]
          : [city.ags],
      }
    : { kind: 'county' };

  return {
    id,
    kind: template.kind,
    texts,
    ...(template.easy && rng.chance(0.6) ? { easyLanguage: template.easy } : {}),
    providerId: provider.actor.id,
    contactIds,
    area,
    locations,
    fieldsOfAction: [...template.fields],
    targetGroups: template.groups.map((g) => ({ ...g })),
    languages,
    cost: {
      kind: template.cost.kind,
      ...('amountEur' in template.cost && template.cost.amountEur !== undefined
        ? { amountEur: template.cost.amountEur }
        : {}),
      ...(template.cost.note
        ? { note: { de: template.cost.note[0], en: template.cost.note[1] } }
        : {}),
    },
    format,
    registration: registration?.required
      ? {
          required: true,
          howTo: rng.pick([
            {
              de: 'Anmeldung telefonisch oder per E-Mail; bitte Namen und Sprache angeben.',
              en: 'Register by phone or e-mail; please give your name and language.',
            },
            {
              de: 'Persönliche Anmeldung zu den Sprechzeiten vor Ort.',
              en: 'Register in person during opening hours.',
            },
            {
              de: 'Anmeldung über das Online-Formular; bei Fragen helfen wir gern telefonisch.',
              en: 'Register with the online form; we are happy to help by phone.',
            },
          ]),
          ...(rng.chance(0.4)
            ? { url: `https://www.${provider.domain}/anmeldung/${template.key}` }
            : {}),
          documents: (registration.documents ?? []).map((key) => ({ ...documents[key] })),
        }
      : {
          required: false,
          documents: (registration?.documents ?? []).map((key) => ({ ...documents[key] })),
        },
    schedule,
    tags: rng.sample(template.tags, rng.int(2, template.tags.length)),
    ...lifecycle,
    ...(schedule.validFrom && lifecycle.status !== 'archived'
      ? { validFrom: schedule.validFrom }
      : {}),
    ...(lifecycle.validUntil === undefined && schedule.validUntil
      ? { validUntil: schedule.validUntil }
      : {}),
  };
}
