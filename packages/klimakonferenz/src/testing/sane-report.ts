import { buildReport } from '../report/build.js';
import { renderMarkdown } from '../report/markdown.js';
import { reportSchema } from '../report/report-schema.js';
import { VoteRuleError } from '../vote-rule-error.js';
import type { Klimakonferenz } from '../workshop.js';

/** Field names whose values are shares or probabilities and must lie in [0, 1]. */
const UNIT_FIELDS = new Set([
  'share',
  'interval.low',
  'interval.high',
  'pTop',
  'pTopK',
  'smoothedSupport',
  'balancedShare',
  'bridgingScore',
  'hhi',
  'stability',
]);

/** Every path in `value` holding NaN, an infinity, or a share outside [0, 1]. */
function badNumbers(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number') {
    const key = /(?:interval\.)?[^.[\]]+$/.exec(path)?.[0] ?? '';
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
    else if (UNIT_FIELDS.has(key) && (value < 0 || value > 1)) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => badNumbers(v, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) badNumbers(v, `${path}.${k}`, out);
  }
}

/**
 * What is wrong with the report of a schema-valid workshop: NaN or out-of-range numbers, a count above
 * its voters, a report failing its own schema, "NaN" in the Markdown, or strict mode accepting what the
 * rules flag. An empty list means the report is sane. Shared by the property test and `npm run fuzz`.
 */
export function reportProblems(workshop: Klimakonferenz, draws = 200): string[] {
  const problems: string[] = [];
  const collection = { schemaVersion: 1 as const, fictional: false, workshops: [workshop] };
  const report = buildReport(collection, {
    draws,
    stabilityDraws: draws,
    seed: 3,
    mode: 'lenient',
  });
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) problems.push(`reportSchema: ${parsed.error.message}`);
  badNumbers(report, 'report', problems);
  for (const score of report.workshops)
    for (const wall of score.walls)
      for (const s of wall.statements) {
        if (s.count > wall.voters)
          problems.push(`${s.id}: ${s.count} dots > ${wall.voters} voters`);
        for (const c of s.perspectives ?? [])
          if (c.dots !== null && c.voters !== null && c.dots > c.voters)
            problems.push(`${s.id}/${c.perspective}: ${c.dots}/${c.voters}`);
      }
  if (/NaN|Infinity/.test(renderMarkdown(report, { language: 'en' })))
    problems.push('Markdown prints NaN');
  const violations = report.workshops[0]?.violations.length ?? 0;
  try {
    buildReport(collection, { draws, stabilityDraws: draws, seed: 3 });
    if (violations > 0) problems.push('strict mode accepted votes the rules flag');
  } catch (error) {
    if (!(error instanceof VoteRuleError)) problems.push(`strict mode threw ${String(error)}`);
    else if (violations === 0) problems.push('strict mode refused votes lenient mode accepts');
  }
  return problems;
}
