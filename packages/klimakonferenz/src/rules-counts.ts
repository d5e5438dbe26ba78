import type { AcceptedVote, RuleCheck } from './rules.js';
import type { Violation } from './violation.js';
import type { Wall } from './walls.js';
import type { Klimakonferenz, Statement } from './workshop.js';

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
 * A statement with more dots than people who could dot it: each person dots a statement at most once, so
 * its dots cannot exceed everyone present (or, per colour, the perspective's headcount).
 */
function overVoters(
  statement: Statement,
  found: number,
  allowed: number,
  perspective?: string,
): Violation {
  return {
    kind: 'over-voters',
    wall: statement.wall,
    ...(perspective === undefined ? {} : { perspective }),
    statements: [statement.id],
    found,
    allowed,
  };
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

/**
 * Rules of the perspective-count level: known perspectives and statements, a statement's dots of one colour
 * within that perspective's headcount, and a perspective's dots on a wall within headcount × budget.
 */
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
  // Rows naming the same statement and perspective add up; their sum is what the bound applies to.
  const summed = new Map<string, { statement: Statement; perspective: string; dots: number }>();
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
      const key = `${row.perspective}\u0000${row.statement}`;
      const cell = summed.get(key) ?? { statement, perspective: row.perspective, dots: 0 };
      summed.set(key, cell);
      cell.dots += row.dots;
    }
  }
  // perspective → wall → accepted votes
  const cells = new Map<string, Map<Wall, AcceptedVote[]>>();
  for (const { statement, perspective, dots } of summed.values()) {
    const people = headcount.get(perspective) ?? 0;
    if (dots > people) {
      violations.push(overVoters(statement, dots, people, perspective));
      continue;
    }
    const walls = cells.get(perspective) ?? new Map<Wall, AcceptedVote[]>();
    cells.set(perspective, walls);
    addCounted(walls, check, statement, dots, perspective);
  }
  for (const [perspective, walls] of cells) {
    const allowed = (headcount.get(perspective) ?? 0) * workshop.dotBudget;
    acceptWithinBudget(walls, allowed, check, perspective);
  }
  check.headcount = headcount;
  check.participants = [...headcount.values()].reduce((a, b) => a + b, 0);
}

/**
 * Rules of the counts-only level: known statements, a statement's dots within the participants, and dots
 * per wall within participants × budget.
 */
export function checkCounts(
  workshop: Klimakonferenz,
  check: RuleCheck,
  byId: Map<string, Statement>,
): void {
  if (workshop.votes.level !== 'counts') return;
  const allowed = workshop.votes.participants * workshop.dotBudget;
  const summed = new Map<string, { statement: Statement; dots: number }>();
  for (const row of workshop.votes.counts) {
    const statement = byId.get(row.statement);
    if (!statement) {
      check.violations.push({ kind: 'unknown-statement', statements: [row.statement] });
      continue;
    }
    const cell = summed.get(row.statement) ?? { statement, dots: 0 };
    summed.set(row.statement, cell);
    cell.dots += row.dots;
  }
  const walls = new Map<Wall, AcceptedVote[]>();
  for (const { statement, dots } of summed.values()) {
    if (dots > workshop.votes.participants) {
      check.violations.push(overVoters(statement, dots, workshop.votes.participants));
    } else if (dots > 0) {
      addCounted(walls, check, statement, dots, null);
    }
  }
  acceptWithinBudget(walls, allowed, check);
  check.participants = workshop.votes.participants;
}
