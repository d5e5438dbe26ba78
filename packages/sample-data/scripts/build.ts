import type { Dataset } from '@vielfalt/model';
import { formatProblem } from '@vielfalt/model';
import { recklinghausenProfile } from '@vielfalt/model';
import { validateDataset } from '@vielfalt/model';
import { ActorLookup } from './actor-lookup.js';
import { generateContacts } from './contacts.js';
import { generateGoodPractices, goodPracticeOffers } from './good-practice.js';
import { generateOffers } from './offers.js';
import { PersonPool } from './people.js';
import { Random } from './prng.js';
import { generateBarriers, generateProjects } from './projects.js';
import { generateProviders } from './providers.js';
import { generateStrategy } from './strategy.js';

/** Seed of the sample: change it and every record changes, keep it and the output is byte-identical. */
export const SAMPLE_SEED = 20_171_128;

/** The notice shown wherever the sample data is shown. */
export const SAMPLE_NOTICE =
  'Fiktive Beispieldaten: Alle Träger, Angebote, Personen, Adressen, E-Mail-Adressen und Telefonnummern sind erfunden. ' +
  'Fictional sample data: all providers, offers, people, addresses, e-mail addresses and phone numbers are invented.';

/**
 * Builds the Recklinghausen sample dataset, deterministically from {@link SAMPLE_SEED}, and validates it
 * against the Recklinghausen profile: a generator change that breaks a reference fails here, not later.
 */
export function buildSample(seed: number = SAMPLE_SEED): Dataset {
  const rng = new Random(seed);
  const providers = generateProviders(rng);
  const people = new PersonPool(rng);
  const contacts = providers.flatMap((p) => generateContacts(rng, people, p));
  const actors = new ActorLookup(providers);
  const offers = generateOffers({ rng, providers, contacts }, goodPracticeOffers());
  const { goals, actionSteps } = generateStrategy(rng, actors);
  const result = validateDataset(recklinghausenProfile, {
    schemaVersion: 1,
    profileId: 'recklinghausen',
    generatedAt: '2026-11-01T08:00:00+01:00',
    notice: SAMPLE_NOTICE,
    actors: providers.map((p) => p.actor),
    contacts,
    offers,
    goodPractices: generateGoodPractices(actors, offers, contacts),
    goals,
    actionSteps,
    projects: generateProjects(actors),
    barriers: generateBarriers(),
  });
  if (!result.ok) {
    const report = result.problems
      .slice(0, 20)
      .map((p) => formatProblem(p, 'en'))
      .join('\n');
    throw new Error(
      `the generated sample is invalid (${result.problems.length} problems):\n${report}`,
    );
  }
  return result.dataset;
}
