import { checkVoteRules } from './rules.js';
import type { Violation } from './violation.js';
import { type RuleMode, VoteRuleError } from './vote-rule-error.js';
import { type Wall, WALLS } from './walls.js';
import type { InputLevel, Klimakonferenz, Statement } from './workshop.js';

/** What an analysis cannot do at a coarser input level, or assumes there; reports explain each code. */
export type LimitationCode =
  /** Counts only: no per-perspective support, balanced share, bridging or missing-perspective warnings. */
  | 'no-perspectives'
  /** Counts without participants: a participant who dotted two merged statements may count twice. */
  | 'merged-may-double-count'
  /** Dot budget above one without participants: a wall's voters are taken as everyone present. */
  | 'voters-from-headcount'
  /** No individual dots: Polis votes export and participant-level checks are impossible. */
  | 'no-individual-votes';

/** A statement that counts on its own, with its dots after merges. */
export interface TalliedStatement {
  /** The statement that counts (a merge root). */
  statement: Statement;
  /** Ids counted in: the statement itself and every statement merged into it, sorted. */
  members: string[];
  /** Voters who dotted it (each once, even if they dotted several merged cards) or dots at coarse levels. */
  count: number;
  /** Count per perspective; null at the counts-only level. */
  byPerspective: Map<string, number> | null;
}

/** One wall's statements and voters. */
export interface WallTally {
  /** Which wall. */
  wall: Wall;
  /** Its statements after merges, sorted by id. */
  statements: TalliedStatement[];
  /** Denominator of shares: the wall's voters. */
  voters: number;
  /** Voters per perspective; null at the counts-only level. */
  votersByPerspective: Map<string, number> | null;
}

/** A workshop's votes after rules and merges, ready for scoring. */
export interface WorkshopTally {
  /** The workshop as given. */
  workshop: Klimakonferenz;
  /** Its input level. */
  level: InputLevel;
  /** The four walls, in method order. */
  walls: WallTally[];
  /** Violations found (empty in strict mode, which throws instead). */
  violations: Violation[];
  /** What cannot be computed, or is assumed, at this input level. */
  limitations: LimitationCode[];
  /** Participants present. */
  participants: number;
  /** Participants per perspective; null at the counts-only level. */
  headcount: Map<string, number> | null;
  /** At the dot level: the statements (after merges) each participant's accepted dots count for. */
  acceptedDots: Map<string, Set<string>> | null;
}

function acceptedDots(
  votes: readonly { participant: string | null; statement: string }[],
): Map<string, Set<string>> {
  const byParticipant = new Map<string, Set<string>>();
  for (const v of votes) {
    if (v.participant === null) continue;
    const set = byParticipant.get(v.participant) ?? new Set<string>();
    byParticipant.set(v.participant, set);
    set.add(v.statement);
  }
  return byParticipant;
}

/** Adds to a per-perspective count; a null map (counts-only level) records nothing. */
function add(map: Map<string, number> | null, key: string | null, n: number): void {
  if (map && key !== null) map.set(key, (map.get(key) ?? 0) + n);
}

/**
 * Applies the vote rules and merges and counts every wall. Strict mode throws {@link VoteRuleError} with
 * every violation; lenient mode excludes offending votes and lists them in `violations`.
 */
export function tallyWorkshop(workshop: Klimakonferenz, mode: RuleMode = 'strict'): WorkshopTally {
  const check = checkVoteRules(workshop);
  if (mode === 'strict' && check.violations.length > 0) throw new VoteRuleError(check.violations);
  const level = workshop.votes.level;
  const perParticipant = level === 'dots';
  const limitations: LimitationCode[] = [];
  if (level === 'counts') limitations.push('no-perspectives');
  if (!perParticipant) limitations.push('no-individual-votes');
  if (!perParticipant && workshop.dotBudget > 1) {
    limitations.push('voters-from-headcount');
    if (check.statements.length < check.roots.size) limitations.push('merged-may-double-count');
  }
  const walls = WALLS.map((wall): WallTally => {
    const votes = check.votes.filter((v) => v.wall === wall);
    const statements = check.statements.filter((s) => s.wall === wall);
    const votersByPerspective = level === 'counts' ? null : new Map<string, number>();
    let voters: number;
    if (perParticipant) {
      const seen = new Map<string, string>();
      for (const v of votes)
        if (v.participant !== null && v.perspective !== null)
          seen.set(v.participant, v.perspective);
      for (const perspective of seen.values()) add(votersByPerspective, perspective, 1);
      voters = seen.size;
    } else if (workshop.dotBudget === 1) {
      // One dot per person and wall: every dot is one voter.
      for (const v of votes) add(votersByPerspective, v.perspective, v.dots);
      voters = votes.reduce((s, v) => s + v.dots, 0);
    } else {
      for (const [p, n] of check.headcount ?? []) votersByPerspective?.set(p, n);
      voters = check.participants;
    }
    return {
      wall,
      voters,
      votersByPerspective,
      statements: statements.map((statement) => {
        const own = votes.filter((v) => v.statement === statement.id);
        const byPerspective = level === 'counts' ? null : new Map<string, number>();
        let count: number;
        if (perParticipant) {
          const distinct = new Map<string, string>();
          for (const v of own)
            if (v.participant !== null && v.perspective !== null)
              distinct.set(v.participant, v.perspective);
          for (const p of distinct.values()) add(byPerspective, p, 1);
          count = distinct.size;
        } else {
          // Merged cards can add up to more dots than voters when a person may dot several cards of a
          // wall (`merged-may-double-count`); nobody counts twice, so a count stops at the voters.
          for (const v of own) add(byPerspective, v.perspective, v.dots);
          for (const [p, n] of byPerspective ?? [])
            byPerspective?.set(p, Math.min(n, votersByPerspective?.get(p) ?? 0));
          count = Math.min(
            voters,
            own.reduce((s, v) => s + v.dots, 0),
          );
        }
        const members = [...check.roots]
          .filter(([, root]) => root === statement.id)
          .map(([id]) => id)
          .sort();
        return { statement, members, count, byPerspective };
      }),
    };
  });
  return {
    workshop,
    level,
    walls,
    violations: check.violations,
    limitations,
    participants: check.participants,
    headcount: check.headcount,
    acceptedDots: perParticipant ? acceptedDots(check.votes) : null,
  };
}
