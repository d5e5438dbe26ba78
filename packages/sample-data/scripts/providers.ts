import type { Random } from './prng.js';
import { cities, cityBySlug, type SampleCity } from './cities.js';
import { makeLocation } from './locations.js';
import type { ActorInput, LocationInput } from './shapes.js';
import { providerTypeInfo, type ProviderType } from './provider-types.js';

export type { ProviderType } from './provider-types.js';

/** A generated provider: the actor record plus what offers need (city, home address, mail domain). */
export interface Provider {
  type: ProviderType;
  actor: ActorInput & { id: string; name: string };
  /** Undefined for county-wide providers. */
  city: SampleCity | undefined;
  home: LocationInput;
  domain: string;
}

/** Which provider types each city has; larger cities have more. */
const perCity: Record<'gross' | 'mittel', readonly (ProviderType | readonly ProviderType[])[]> = {
  gross: [
    'stadt',
    'vhs',
    ['caritas', 'awo'],
    ['diakonie', 'drk'],
    'sportverein',
    'sportverein',
    'mso',
    'mso',
    ['moschee', 'kirche'],
    'stadtteilzentrum',
    'jugendzentrum',
    'initiative',
    'familienzentrum',
  ],
  mittel: [
    'stadt',
    'vhs',
    ['caritas', 'awo', 'diakonie', 'drk'],
    'sportverein',
    ['mso', 'moschee'],
    'kirche',
    'initiative',
    'familienzentrum',
  ],
};

const countyWide: readonly ProviderType[] = [
  'ki',
  'jobcenter',
  'agentur',
  'ksb',
  'jmd',
  'hwk',
  'abh',
  'adb',
  'bildungstraeger',
  'bildungstraeger',
];

/** Lower-case ASCII slug of a German name (ä → ae, ß → ss). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function fill(pattern: string, city: SampleCity, district: string): string {
  return pattern.replace('{ort}', city.name).replace('{stadtteil}', district);
}

/** A short, readable mail domain: the town's own for its offices, else the provider's name cut at a word. */
function mailDomain(type: ProviderType, city: SampleCity, name: string): string {
  if (type === 'stadt') return `stadt-${city.slug}`;
  if (type === 'vhs') return `vhs-${city.slug}`;
  const slug = slugify(name.replace(/ e\. V\.$| gGmbH$/, ''));
  return slug.length <= 40 ? slug : slug.slice(0, slug.lastIndexOf('-', 40));
}

/** Generates every provider of the sample: per city by size, plus the county-wide ones. */
export function generateProviders(rng: Random): Provider[] {
  const providers: Provider[] = [];
  const usedNames = new Set<string>();
  // How often each name pattern was used, so that the cities get different clubs and associations.
  const patternUse = new Map<string, number>();
  const usedDomains = new Set<string>();
  const add = (type: ProviderType, city: SampleCity | undefined): void => {
    const home = city ?? cityBySlug('recklinghausen');
    const meta = providerTypeInfo[type];
    let name = '';
    // Every city's first sports club is an all-round club; specialised clubs only come second.
    const needsAllRounder =
      type === 'sportverein' && !providers.some((p) => p.city === city && p.type === 'sportverein');
    const names = needsAllRounder
      ? meta.names.filter((n) => !/^(Schwimm|Kampfsport)verein/.test(n))
      : meta.names;
    const patterns = rng
      .shuffle(names)
      .sort((a, b) => (patternUse.get(a) ?? 0) - (patternUse.get(b) ?? 0));
    for (const pattern of patterns) {
      name = fill(pattern, home, rng.pick(home.districts.slice(1)));
      if (!usedNames.has(name)) {
        patternUse.set(pattern, (patternUse.get(pattern) ?? 0) + 1);
        break;
      }
    }
    if (usedNames.has(name)) throw new Error(`no unused name left for ${type} in ${home.name}`);
    usedNames.add(name);
    const id = slugify(name.replace(/ e\. V\.$| gGmbH$/, '')).slice(0, 60);
    const base = mailDomain(type, home, name);
    const domain = `${usedDomains.has(base) ? `${base}-${home.slug}` : base}.example`;
    usedDomains.add(base);
    providers.push({
      type,
      city,
      domain,
      actor: {
        id,
        name,
        kind: meta.kind,
        staffing: meta.staffing,
        description: {
          de: `Fiktiver Beispielträger. ${meta.about[0]}`,
          en: `Fictional sample provider. ${meta.about[1]}`,
        },
        website: `https://www.${domain}/`,
        email: `info@${domain}`,
        phone: fictionalPhone(rng),
        municipalities: city ? [city.ags] : [],
      },
      home: city
        ? makeLocation(rng, city, `${id}-sitz`, name, meta.place)
        : type === 'ki'
          ? {
              ...makeLocation(rng, home, `${id}-sitz`, 'Kreishaus Recklinghausen', meta.place),
              address: {
                street: 'Kurt-Schumacher-Allee 1',
                postalCode: '45657',
                locality: 'Recklinghausen',
                country: 'DE',
              },
            }
          : makeLocation(rng, home, `${id}-sitz`, name, meta.place),
    });
  };
  for (const city of cities) {
    for (const entry of perCity[city.size])
      add(typeof entry === 'string' ? entry : rng.pick(entry), city);
  }
  for (const type of countyWide) add(type, undefined);
  return providers;
}

/**
 * A phone number from the ranges the Bundesnetzagentur keeps free for film and fiction
 * (e.g. 030 23125 000-999), so no sample number can reach a real line.
 */
export function fictionalPhone(rng: Random): string {
  const [prefix, block] = rng.pick([
    ['30', '23125'],
    ['40', '66969'],
    ['69', '90009'],
    ['89', '99998'],
    ['221', '4710'],
  ] as const);
  return `+49 ${prefix} ${block} ${String(rng.int(0, 999)).padStart(3, '0')}`;
}
