import {
  validateDataset,
  type Actor,
  type Contact,
  type CountyProfile,
  type Offer,
  type Problem,
} from '@vielfalt/model';
import { ApiError } from '../http/problem.js';

const prefix = 'offers[0]';

/**
 * Checks an offer against the county profile the way dataset validation does (municipalities, fields of
 * action, target groups, place kinds, contacts of its provider, texts in the default language,
 * coordinates inside the county) and refuses it with every problem, named by its place in the body.
 */
export function checkOfferAgainstProfile(
  profile: CountyProfile,
  offer: Offer,
  provider: Actor,
  contacts: readonly Contact[],
): void {
  const result = validateDataset(profile, {
    schemaVersion: 1,
    profileId: profile.id,
    actors: [provider],
    contacts,
    offers: [offer],
  });
  if (result.ok) return;
  const rename = (text: string) => text.split(prefix).join('body');
  const problems: Problem[] = result.problems
    .filter((p) => p.path.startsWith(prefix))
    .map((p) => ({
      path: rename(p.path),
      code: p.code,
      message: { de: rename(p.message.de), en: rename(p.message.en) },
    }));
  if (problems.length === 0) return;
  throw new ApiError(
    400,
    'invalid-offer',
    {
      de: `Das Angebot passt nicht zum Kreisprofil „${profile.id}“: ${problems.map((p) => p.message.de).join('; ')}`,
      en: `The offer does not fit county profile "${profile.id}": ${problems.map((p) => p.message.en).join('; ')}`,
    },
    problems,
  );
}
