import {
  problemAt,
  truncate,
  type DataPath,
  type LocalizedMessage,
  type Problem,
} from './problem.js';
import type { CountyProfile } from './profile.js';
import { isPlainObject } from './schema-walk.js';

/** The collections of a dataset whose records have ids. */
export const collections = [
  'actors',
  'contacts',
  'offers',
  'goodPractices',
  'goals',
  'actionSteps',
  'projects',
  'barriers',
] as const;
/** A collection of a dataset whose records have ids. */
export type Collection = (typeof collections)[number];

type Target =
  Collection | 'fieldsOfAction' | 'targetGroups' | 'actorKinds' | 'places' | 'fundingSources';

interface Reference {
  /** Where the id sits in a record; `*` stands for every item of a list. */
  path: string;
  target: Target;
  code: string;
}

const ref = (path: string, target: Target, code: string): Reference => ({ path, target, code });

/** Every reference by id, per collection: the cross-references a dataset must keep intact. */
const references: Record<Collection, Reference[]> = {
  actors: [ref('kind', 'actorKinds', 'unknown-actor-kind')],
  contacts: [ref('actorId', 'actors', 'unknown-actor')],
  offers: [
    ref('providerId', 'actors', 'unknown-provider'),
    ref('contactIds.*', 'contacts', 'unknown-contact'),
    ref('fieldsOfAction.*', 'fieldsOfAction', 'unknown-field-of-action'),
    ref('targetGroups.*.id', 'targetGroups', 'unknown-target-group'),
    ref('locations.*.placeKind', 'places', 'unknown-place-kind'),
  ],
  goodPractices: [
    ref('actorIds.*', 'actors', 'unknown-actor'),
    ref('fieldsOfAction.*', 'fieldsOfAction', 'unknown-field-of-action'),
    ref('targetGroups.*', 'targetGroups', 'unknown-target-group'),
    ref('offerIds.*', 'offers', 'unknown-offer'),
    ref('projectId', 'projects', 'unknown-project'),
    ref('contactIds.*', 'contacts', 'unknown-contact'),
  ],
  goals: [ref('fieldOfAction', 'fieldsOfAction', 'unknown-field-of-action')],
  actionSteps: [
    ref('goalId', 'goals', 'unknown-goal'),
    ref('responsibleActorIds.*', 'actors', 'unknown-actor'),
    ref('partnerActorIds.*', 'actors', 'unknown-actor'),
  ],
  projects: [
    ref('actorIds.*', 'actors', 'unknown-actor'),
    ref('fieldsOfAction.*', 'fieldsOfAction', 'unknown-field-of-action'),
    ref('fundingSources.*', 'fundingSources', 'unknown-funding-source'),
  ],
  barriers: [ref('fieldsOfAction.*', 'fieldsOfAction', 'unknown-field-of-action')],
};

const targetNames: Record<Target, LocalizedMessage> = {
  actors: { de: 'eines Akteurs (actors)', en: 'of an actor (actors)' },
  contacts: { de: 'einer Kontaktperson (contacts)', en: 'of a contact (contacts)' },
  offers: { de: 'eines Angebots (offers)', en: 'of an offer (offers)' },
  goodPractices: { de: 'eines Good-Practice-Beispiels', en: 'of a good-practice example' },
  goals: { de: 'eines Ziels (goals)', en: 'of a goal (goals)' },
  actionSteps: { de: 'eines Handlungsschritts', en: 'of an action step' },
  projects: { de: 'eines Projekts (projects)', en: 'of a project (projects)' },
  barriers: { de: 'einer Barriere', en: 'of a barrier' },
  fieldsOfAction: {
    de: 'eines Handlungsfelds des Profils',
    en: 'of a field of action of the profile',
  },
  targetGroups: { de: 'einer Zielgruppe des Profils', en: 'of a target group of the profile' },
  actorKinds: { de: 'einer Akteursart des Profils', en: 'of an actor kind of the profile' },
  places: { de: 'einer Ortsart des Profils', en: 'of a place kind of the profile' },
  fundingSources: {
    de: 'einer Förderquelle des Profils',
    en: 'of a funding source of the profile',
  },
};

/** The string values at `pattern` in a raw record, with their paths; anything else is the schema's business. */
function valuesAt(
  value: unknown,
  pattern: readonly string[],
  path: DataPath,
): Array<[DataPath, string]> {
  const [head, ...rest] = pattern;
  if (head === undefined) return typeof value === 'string' ? [[path, value]] : [];
  if (head === '*') {
    return Array.isArray(value)
      ? value.flatMap((item, index) => valuesAt(item, rest, [...path, index]))
      : [];
  }
  return isPlainObject(value) ? valuesAt(value[head], rest, [...path, head]) : [];
}

function idsOf(records: unknown): Array<[number, string]> {
  if (!Array.isArray(records)) return [];
  return records.flatMap((record, index): Array<[number, string]> =>
    isPlainObject(record) && typeof record.id === 'string' ? [[index, record.id]] : [],
  );
}

function knownIds(profile: CountyProfile, data: Record<string, unknown>): KnownIds {
  const fromData = (key: Collection) => new Set(idsOf(data[key]).map(([, id]) => id));
  return {
    ...profileIds(profile),
    ...Object.fromEntries(collections.map((collection) => [collection, fromData(collection)])),
  };
}

/** Profile taxonomies are short, so the message lists them; dataset collections can hold hundreds. */
function expectedIds(
  target: Target,
  known: ReadonlySet<string>,
  fromProfile: boolean,
): LocalizedMessage {
  if (!fromProfile)
    return { de: `die ID ${targetNames[target].de}`, en: `the id ${targetNames[target].en}` };
  const list = [...known].join(', ');
  return {
    de: `die ID ${targetNames[target].de}: ${list}`,
    en: `the id ${targetNames[target].en}: ${list}`,
  };
}

const profileTargets = new Set<Target>([
  'fieldsOfAction',
  'targetGroups',
  'actorKinds',
  'places',
  'fundingSources',
]);

/** The ids a reference can point to; a target left out is not checked. */
export type KnownIds = Partial<Record<Target, ReadonlySet<string>>>;

/** The profile's ids (fields of action and taxonomies), which every check of references needs. */
export function profileIds(profile: CountyProfile): KnownIds {
  const ids = (terms: ReadonlyArray<{ id: string }>) => new Set(terms.map((term) => term.id));
  return {
    fieldsOfAction: ids(profile.fieldsOfAction),
    targetGroups: ids(profile.taxonomies.targetGroups),
    actorKinds: ids(profile.taxonomies.actorKinds),
    places: ids(profile.taxonomies.places),
    fundingSources: ids(profile.taxonomies.fundingSources),
  };
}

/** Every id reference in one raw record of `collection` that points nowhere among `known`. */
export function checkRecordReferences(
  collection: Collection,
  record: unknown,
  path: DataPath,
  known: KnownIds,
): Problem[] {
  const problems: Problem[] = [];
  for (const reference of references[collection]) {
    const ids = known[reference.target];
    if (!ids) continue;
    for (const [where, id] of valuesAt(record, reference.path.split('.'), path)) {
      if (ids.has(id)) continue;
      const wanted = expectedIds(reference.target, ids, profileTargets.has(reference.target));
      problems.push(
        problemAt(where, reference.code, {
          de: `erwartet ${wanted.de}; gefunden „${truncate(id)}“, das es nicht gibt.`,
          en: `expected ${wanted.en}; found "${truncate(id)}", which does not exist.`,
        }),
      );
    }
  }
  return problems;
}

/** Every id reference in raw dataset `data` that points nowhere. */
export function checkReferences(profile: CountyProfile, data: Record<string, unknown>): Problem[] {
  const known = knownIds(profile, data);
  return collections.flatMap((collection) => {
    const records = data[collection];
    if (!Array.isArray(records)) return [];
    return records.flatMap((record, index) =>
      checkRecordReferences(collection, record, [collection, index], known),
    );
  });
}

/** Ids used twice within one collection; references to them would be ambiguous. */
export function checkDuplicateIds(data: Record<string, unknown>): Problem[] {
  return collections.flatMap((collection) => {
    const first = new Map<string, number>();
    return idsOf(data[collection]).flatMap(([index, id]) => {
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, index);
        return [];
      }
      return [
        problemAt([collection, index, 'id'], 'duplicate-id', {
          de: `erwartet eine eindeutige ID, gefunden „${truncate(id)}“, das schon ${collection}[${earlier}] trägt.`,
          en: `expected a unique id, found "${truncate(id)}", already used by ${collection}[${earlier}].`,
        }),
      ];
    });
  });
}
