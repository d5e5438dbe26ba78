import { datasetSchema, type Dataset } from './dataset.js';
import { describeIssues } from './issues.js';
import { checkNodes, datasetNodeRules } from './node-rules.js';
import { sortProblems, type Problem } from './problem.js';
import type { CountyProfile } from './profile.js';
import { checkDuplicateIds, checkReferences } from './references.js';
import { isPlainObject } from './schema-walk.js';

/** The outcome of {@link validateDataset}: the parsed dataset, or every problem found. */
export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/**
 * Checks raw data (parsed JSON, say) against the dataset schema and `profile`, and returns every problem at
 * once, sorted by path: schema problems, unknown fields, duplicate ids, references that point nowhere (offer →
 * municipality, provider, contacts, fields of action, target groups, place kinds; contact → actor; goals,
 * action steps, projects, good practice), texts without the profile's default language, coordinates outside
 * the county, and times or ages in the wrong order. Records that break the schema are still checked for
 * everything else, so one run shows all there is to fix.
 *
 * @example
 * const result = validateDataset(recklinghausenProfile, JSON.parse(text));
 * if (!result.ok) for (const problem of result.problems) console.error(formatProblem(problem, 'en'));
 */
export function validateDataset(profile: CountyProfile, data: unknown): DatasetValidation {
  const parsed = datasetSchema.safeParse(data, { reportInput: true });
  const problems = parsed.success ? [] : describeIssues(parsed.error.issues);
  if (isPlainObject(data)) {
    problems.push(
      ...checkNodes(datasetSchema, data, datasetNodeRules(profile), profile.defaultLanguage),
      ...checkDuplicateIds(data),
      ...checkReferences(profile, data),
    );
  }
  if (parsed.success && problems.length === 0) return { ok: true, dataset: parsed.data };
  return { ok: false, problems: sortProblems(problems) };
}
