import { geoPointSchema } from './common.js';
import { describeIssues } from './issues.js';
import { checkNodes, withinCountyRule } from './node-rules.js';
import {
  problemAt,
  ProblemsError,
  truncate,
  sortProblems,
  type DataPath,
  type Problem,
} from './problem.js';
import { countyProfileSchema, type CountyProfile, type CountyProfileInput } from './profile.js';
import { standardFieldsOfAction } from './standard-fields.js';

/** The outcome of {@link validateCountyProfile}: the parsed profile, or every problem found. */
export type CountyProfileValidation =
  { ok: true; profile: CountyProfile } | { ok: false; problems: Problem[] };

/** Thrown by {@link defineCountyProfile}; `problems` lists everything wrong, the message repeats it in German and English. */
export class CountyProfileError extends ProblemsError {
  constructor(problems: readonly Problem[]) {
    super(
      {
        de: `Ungültiges Kreisprofil (${problems.length} ${problems.length === 1 ? 'Problem' : 'Probleme'}):`,
        en: `Invalid county profile (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):`,
      },
      problems,
    );
    this.name = 'CountyProfileError';
  }
}

function duplicates(
  ids: readonly string[],
  path: (index: number) => DataPath,
  what: string,
): Problem[] {
  const first = new Map<string, number>();
  return ids.flatMap((id, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, index);
      return [];
    }
    return [
      problemAt(path(index), 'duplicate-id', {
        de: `erwartet eine eindeutige ${what === 'ags' ? 'AGS' : 'ID'}, gefunden „${id}“, schon an Position ${earlier}.`,
        en: `expected a unique ${what === 'ags' ? 'AGS' : 'id'}, found "${id}", already at position ${earlier}.`,
      }),
    ];
  });
}

function profileRules(profile: CountyProfile): Problem[] {
  const { key } = profile.county;
  const problems = profile.municipalities.flatMap((municipality, index) =>
    municipality.ags.startsWith(key)
      ? []
      : [
          problemAt(['municipalities', index, 'ags'], 'ags-outside-county', {
            de: `erwartet einen AGS, der mit dem Kreisschlüssel „${key}“ beginnt, gefunden „${municipality.ags}“.`,
            en: `expected an AGS starting with the county key "${key}", found "${municipality.ags}".`,
          }),
        ],
  );
  problems.push(
    ...duplicates(
      profile.municipalities.map((m) => m.ags),
      (i) => ['municipalities', i, 'ags'],
      'ags',
    ),
  );
  problems.push(
    ...duplicates(
      profile.fieldsOfAction.map((f) => f.id),
      (i) => ['fieldsOfAction', i, 'id'],
      'id',
    ),
  );
  for (const [name, terms] of Object.entries(profile.taxonomies)) {
    problems.push(
      ...duplicates(
        terms.map((t) => t.id),
        (i) => ['taxonomies', name, i, 'id'],
        'id',
      ),
    );
  }
  const standard = new Set(standardFieldsOfAction.map((field) => field.id));
  profile.fieldsOfAction.forEach((field, index) => {
    if (field.standardField === undefined || standard.has(field.standardField)) return;
    problems.push(
      problemAt(['fieldsOfAction', index, 'standardField'], 'unknown-standard-field', {
        de: `erwartet ein Standard-Handlungsfeld (${[...standard].join(', ')}), gefunden „${field.standardField}“.`,
        en: `expected a standard field of action (${[...standard].join(', ')}), found "${field.standardField}".`,
      }),
    );
  });
  if (!profile.languages.includes(profile.defaultLanguage)) {
    problems.push(
      problemAt(['defaultLanguage'], 'default-language-not-offered', {
        de: `erwartet eine der Sprachen in languages (${profile.languages.join(', ')}), gefunden „${truncate(profile.defaultLanguage)}“.`,
        en: `expected one of the languages in languages (${profile.languages.join(', ')}), found "${truncate(profile.defaultLanguage)}".`,
      }),
    );
  }
  return problems;
}

/**
 * Checks a county profile from outside (a JSON file, say) and returns the parsed profile or every problem:
 * schema problems, AGS that do not start with the county key, duplicate AGS or ids, municipality centres
 * outside the county radius, labels without the default language, a default language not offered.
 */
export function validateCountyProfile(data: unknown): CountyProfileValidation {
  const parsed = countyProfileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success)
    return { ok: false, problems: sortProblems(describeIssues(parsed.error.issues)) };
  const profile = parsed.data;
  const rules = new Map([
    [geoPointSchema, [withinCountyRule(profile.county.centre, profile.county.radiusKm)]],
  ]);
  const problems = [
    ...profileRules(profile),
    ...checkNodes(countyProfileSchema, data, rules, profile.defaultLanguage),
  ];
  return problems.length === 0
    ? { ok: true, profile }
    : { ok: false, problems: sortProblems(problems) };
}

/**
 * Defines a county profile: validates `input` and returns it parsed, or throws a {@link CountyProfileError}
 * that lists every problem in German and English.
 *
 * @example
 * const profile = defineCountyProfile({ id: 'kreis-beispiel', county: { … }, municipalities: [ … ], … });
 */
export function defineCountyProfile(input: CountyProfileInput): CountyProfile {
  const result = validateCountyProfile(input);
  if (!result.ok) throw new CountyProfileError(result.problems);
  return result.profile;
}
