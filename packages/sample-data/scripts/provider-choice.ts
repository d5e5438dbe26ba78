import type { Random } from './prng.js';
import type { Provider } from './providers.js';
import type { SampleCity } from './cities.js';
import type { ContactInput } from './shapes.js';
import type { OfferTemplate } from './template.js';

/** What offer generation draws on: the random source, the providers and their contacts. */
export interface Context {
  rng: Random;
  providers: readonly Provider[];
  contacts: readonly ContactInput[];
}

/** Specialised clubs run only their sport; general clubs run everything else. */
function suits(provider: Provider, template: OfferTemplate): boolean {
  if (!template.providers.includes(provider.type)) return false;
  if (provider.type !== 'sportverein') return true;
  const swimming = provider.actor.name.startsWith('Schwimmverein');
  const martialArts = provider.actor.name.startsWith('Kampfsportverein');
  if (template.key.includes('schwimm')) return !martialArts;
  if (template.key.includes('boxen')) return !swimming;
  return !swimming && !martialArts;
}

/**
 * Who runs an offer of `template` in `city`: a fitting local provider (the specialised club for swimming
 * and boxing), sometimes a county-wide one, else the city's own integration office.
 */
export function chooseProvider(
  ctx: Context,
  template: OfferTemplate,
  city: SampleCity | undefined,
): Provider {
  const fits = (p: Provider) => suits(p, template);
  const candidates = city ? ctx.providers.filter((p) => p.city === city && fits(p)) : [];
  // A swimming or boxing course goes to the city's swimming or martial-arts club when there is one.
  const specialist = candidates.filter(
    (p) =>
      (template.key.includes('schwimm') && p.actor.name.startsWith('Schwimmverein')) ||
      (template.key.includes('boxen') && p.actor.name.startsWith('Kampfsportverein')),
  );
  const local = specialist.length > 0 ? specialist : candidates;
  const county = ctx.providers.filter((p) => p.city === undefined && fits(p));
  const pool = local.length > 0 && (county.length === 0 || ctx.rng.chance(0.8)) ? local : county;
  if (pool.length > 0) return ctx.rng.pick(pool);
  const fallback = ctx.providers.find((p) => p.city === city && p.type === 'stadt');
  if (!fallback) throw new Error(`no provider for ${template.key} in ${city?.name ?? 'county'}`);
  return fallback;
}

/** The closing line of a description that names who runs the offer, as real listings do. */
export function providerLine(rng: Random, provider: Provider, city: SampleCity): string {
  if (provider.type === 'vhs')
    return rng.pick([
      `Beratung und Anmeldung im Kursbüro der VHS ${city.name}.`,
      `Ein Angebot der VHS ${city.name}.`,
    ]);
  return rng.pick([
    `Ein Angebot von ${provider.actor.name}.`,
    `Träger: ${provider.actor.name}.`,
    `Veranstalter: ${provider.actor.name}.`,
  ]);
}
