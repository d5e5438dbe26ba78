import type { AcceptedVote, RuleCheck } from './rules.js';
import type { Klimakonferenz, Statement, Wall } from './workshop.js';

/** Files a counted row's dots under the statement's wall, credited to its merge root. */
function addCounted(
  walls: Map<Wall, AcceptedVote[]>,
  check: RuleCheck,
  statement: Statement,
  dots: number,
  perspective: string | null,
): void {
  const votes = walls.get(statement.wall) ?? [];
  walls.set(statement.wall, votes);
  votes.push({
    statement: check.roots.get(statement.id) ?? statement.id,
    placedOn: statement.id,
    wall: statement.wall,
    participant: null,
    perspective,
    dots,
  });
}

/**
 * Accepts each wall's counted votes when their dots fit within `allowed`; a wall over budget is reported
 * whole, since counts cannot tell which dots were too many.
 */
function acceptWithinBudget(
  walls: Map<Wall, AcceptedVote[]>,
  allowed: number,
  check: RuleCheck,
  perspective?: string,
): void {
  for (const [wall, votes] of walls) {
    const found = votes.reduce((s, v) => s + v.dots, 0);
    if (found > allowed) {
      const statements = [...new Set(votes.map((v) => v.placedOn))].sort();
      check.violations.push({
        kind: 'over-budget',
        wall,
        ...(perspective === undefined ? {} : { perspective }),
        statements,
        found,
        allowed,
      });
    } else {
      check.votes.push(...votes);
    }
  }
}

/** Rules of the perspective-count level: known perspectives and statements, dots within headcount × budget. */
export function checkPerspectiveCounts(
  workshop: Klimakonferenz,
  check: RuleCheck,
  byId: Map<string, Statement>,
): void {
  if (workshop.votes.level !== 'perspective-counts') return;
  const { violations } = check;
  const known = new Set(workshop.perspectives.map((p) => p.id));
  const headcount = new Map<string, number>();
  for (const [perspective, n] of Object.entries(workshop.votes.headcount)) {
    if (known.has(perspective)) headcount.set(perspective, n);
    else violations.push({ kind: 'unknown-perspective', perspective, statements: [] });
  }
  // perspective → wall → accepted votes
  const cells = new Map<string, Map<Wall, AcceptedVote[]>>();
  for (const row of workshop.votes.counts) {
    const statement = byId.get(row.statement);
    if (!known.has(row.perspective)) {
      violations.push({
        kind: 'unknown-perspective',
        perspective: row.perspective,
        statements: [row.statement],
      });
    } else if (!statement) {
      violations.push({
        kind: 'unknown-statement',
        perspective: row.perspective,
        statements: [row.statement],
      });
    } else if (row.dots > 0) {
      const walls = cells.get(row.perspective) ?? new Map<Wall, AcceptedVote[]>();
      cells.set(row.perspective, walls);
      addCounted(walls, check, statement, row.dots, row.perspective);
    }
  }
  for (const [perspective, walls] of cells) {
    const allowed = (headcount.get(perspective) ?? 0) * workshop.dotBudget;
    acceptWithinBudget(walls, allowed, check, perspective);
  }
  check.headcount = headcount;
  check.participants = [...headcount.values()].reduce((a, b) => a + b, 0);
}

/** Rules of the counts-only level: known statements, dots per wall within participants × budget. */
export function checkCounts(
  workshop: Klimakonferenz,
  check: RuleCheck,
  byId: Map<string, Statement>,
): void {
  if (workshop.votes.level !== 'counts') return;
  const allowed = workshop.votes.participants * workshop.dotBudget;
  const walls = new Map<Wall, AcceptedVote[]>();
  for (const row of workshop.votes.counts) {
    const statement = byId.get(row.statement);
    if (!statement) {
      check.violations.push({ kind: 'unknown-statement', statements: [row.statement] });
      continue;
    }
    if (row.dots > 0) addCounted(walls, check, statement, row.dots, null);
  }
  acceptWithinBudget(walls, allowed, check);
  check.participants = workshop.votes.participants;
}
