import { mergeRoot } from './merge.js';
import { checkCounts, checkPerspectiveCounts } from './rules-counts.js';
import type { Violation } from './violation.js';
import type { Wall } from './walls.js';
import type { Klimakonferenz, Statement } from './workshop.js';

/** A vote that passed the rules, on the statement it counts for (after merges). */
export interface AcceptedVote {
  /** The statement the vote counts for: the root of its merge chain. */
  statement: string;
  /** The statement the dot was actually placed on. */
  placedOn: string;
  /** Wall of the statement. */
  wall: Wall;
  /** Known at the dot level only. */
  participant: string | null;
  /** Known at the dot and perspective-count levels. */
  perspective: string | null;
  /** Dots this vote stands for: 1 at the dot level, a count otherwise. */
  dots: number;
}

/** What the vote rules let through, and what they found. */
export interface RuleCheck {
  /** Every violation found, in a stable order. */
  violations: Violation[];
  /** Statements that count on their own (merge roots), valid ones only. */
  statements: Statement[];
  /** Merge root of every valid statement id. */
  roots: Map<string, string>;
  /** The votes that pass the rules. */
  votes: AcceptedVote[];
  /** Accepted participants per perspective (dot level) or the stated headcount (perspective level). */
  headcount: Map<string, number> | null;
  /** Participants present in all. */
  participants: number;
}

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return twice;
}

/** Resolves merge chains and reports broken ones; a broken link leaves the statement standing alone. */
function resolveMerges(
  statements: readonly Statement[],
  violations: Violation[],
): Map<string, string> {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const roots = new Map<string, string>();
  for (const s of statements) {
    if (s.mergedInto === undefined) {
      roots.set(s.id, s.id);
      continue;
    }
    const root = mergeRoot(s.id, byId);
    const target = byId.get(s.mergedInto);
    if (!target) {
      violations.push({
        kind: 'merge-unknown-target',
        wall: s.wall,
        statements: [s.id, s.mergedInto].sort(),
      });
      roots.set(s.id, s.id);
    } else if (root === null) {
      violations.push({
        kind: 'merge-cycle',
        wall: s.wall,
        statements: [s.id, s.mergedInto].sort(),
      });
      roots.set(s.id, s.id);
    } else if (byId.get(root)?.wall !== s.wall) {
      violations.push({
        kind: 'merge-across-walls',
        wall: s.wall,
        statements: [s.id, root].sort(),
      });
      roots.set(s.id, s.id);
    } else {
      roots.set(s.id, root);
    }
  }
  return roots;
}

function checkDots(workshop: Klimakonferenz, check: RuleCheck, byId: Map<string, Statement>): void {
  if (workshop.votes.level !== 'dots') return;
  const { violations } = check;
  const known = new Set(workshop.perspectives.map((p) => p.id));
  const dupParticipants = duplicates(workshop.votes.participants.map((p) => p.id));
  for (const id of dupParticipants)
    violations.push({ kind: 'duplicate-id', participant: id, statements: [] });
  const perspectiveOf = new Map<string, string>();
  for (const p of workshop.votes.participants) {
    if (dupParticipants.has(p.id)) continue;
    if (!known.has(p.perspective)) {
      violations.push({
        kind: 'unknown-perspective',
        participant: p.id,
        perspective: p.perspective,
        statements: [],
      });
      continue;
    }
    perspectiveOf.set(p.id, p.perspective);
  }
  // participant → wall → set of statements dotted
  const placed = new Map<string, Map<Wall, Set<string>>>();
  const repeats = new Set<string>();
  for (const dot of workshop.votes.dots) {
    const statement = byId.get(dot.statement);
    if (!perspectiveOf.has(dot.participant)) {
      violations.push({
        kind: 'unknown-participant',
        participant: dot.participant,
        statements: [dot.statement],
      });
    } else if (!statement) {
      violations.push({
        kind: 'unknown-statement',
        participant: dot.participant,
        statements: [dot.statement],
      });
    } else if (dot.wall !== undefined && dot.wall !== statement.wall) {
      violations.push({
        kind: 'wrong-wall',
        wall: dot.wall,
        participant: dot.participant,
        statements: [dot.statement],
      });
    } else {
      const walls = placed.get(dot.participant) ?? new Map<Wall, Set<string>>();
      placed.set(dot.participant, walls);
      const onWall = walls.get(statement.wall) ?? new Set<string>();
      walls.set(statement.wall, onWall);
      const key = `${dot.participant}\u0000${dot.statement}`;
      if (onWall.has(dot.statement) && !repeats.has(key)) {
        repeats.add(key);
        violations.push({
          kind: 'repeat-dot',
          wall: statement.wall,
          participant: dot.participant,
          statements: [dot.statement],
        });
      }
      onWall.add(dot.statement);
    }
  }
  for (const [participant, walls] of placed) {
    const perspective = perspectiveOf.get(participant) ?? null;
    for (const [wall, dotted] of walls) {
      const ids = [...dotted].sort();
      if (ids.length > workshop.dotBudget) {
        // Which dot was meant cannot be known, so all of this participant's dots on this wall are excluded.
        violations.push({
          kind: 'over-budget',
          wall,
          participant,
          statements: ids,
          found: ids.length,
          allowed: workshop.dotBudget,
        });
        continue;
      }
      for (const id of ids) {
        check.votes.push({
          statement: check.roots.get(id) ?? id,
          placedOn: id,
          wall,
          participant,
          perspective,
          dots: 1,
        });
      }
    }
  }
  const headcount = new Map<string, number>();
  for (const perspective of perspectiveOf.values())
    headcount.set(perspective, (headcount.get(perspective) ?? 0) + 1);
  check.headcount = headcount;
  check.participants = perspectiveOf.size;
}

function violationKey(v: Violation): string {
  return [
    v.kind,
    v.wall ?? '',
    v.participant ?? '',
    v.perspective ?? '',
    v.statements.join(','),
  ].join('\u0000');
}

/**
 * Applies the vote rules to a workshop at any input level: dot budget per participant and wall, known
 * participants, statements and perspectives, dots on the right wall, no repeated dots, sound merge links.
 * Every violation is listed with the ids involved, in a stable order; the votes returned are those that
 * pass (what lenient mode counts). Strict mode is {@link tallyWorkshop} refusing when the list is not empty.
 */
export function checkVoteRules(workshop: Klimakonferenz): RuleCheck {
  const violations: Violation[] = [];
  const dupStatements = duplicates(workshop.statements.map((s) => s.id));
  for (const id of dupStatements) violations.push({ kind: 'duplicate-id', statements: [id] });
  const valid = workshop.statements.filter((s) => !dupStatements.has(s.id));
  const roots = resolveMerges(valid, violations);
  const byId = new Map(valid.map((s) => [s.id, s]));
  const check: RuleCheck = {
    violations,
    statements: valid
      .filter((s) => roots.get(s.id) === s.id)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    roots,
    votes: [],
    headcount: null,
    participants: 0,
  };
  checkDots(workshop, check, byId);
  checkPerspectiveCounts(workshop, check, byId);
  checkCounts(workshop, check, byId);
  const keyed = violations
    .map((v) => [violationKey(v), v] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  check.violations = keyed.map(([, v]) => v);
  return check;
}
