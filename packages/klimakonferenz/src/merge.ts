import type { Klimakonferenz, MergeLogEntry, Statement } from './workshop.js';

/** Who merges or unmerges, and when; goes into the audit trail. */
export interface MergeActor {
  /** Who did it (a facilitator's name or account). */
  by: string;
  /** ISO date-time with offset. */
  at: string;
  /** Why, for the trail. */
  note?: string;
}

/** Thrown when a merge or unmerge is impossible; the message is in German and English. */
export class MergeError extends Error {
  /** Error name, for logs and `instanceof`-free checks. */
  override name = 'MergeError';
}

/**
 * Follows `mergedInto` links to the statement that counts. Returns null for a broken chain (unknown target
 * or a cycle); the vote rules report those.
 */
export function mergeRoot(id: string, byId: ReadonlyMap<string, Statement>): string | null {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    if (seen.has(current)) return null;
    seen.add(current);
    const statement = byId.get(current);
    if (!statement) return null;
    if (statement.mergedInto === undefined) return current;
    current = statement.mergedInto;
  }
}

function statementMap(workshop: Klimakonferenz): Map<string, Statement> {
  return new Map(workshop.statements.map((s) => [s.id, s]));
}

/**
 * Merges statement `statementId` into `intoId` (a duplicate): from then on its dots count for `intoId`, and a
 * participant who dotted both counts once. Returns a new workshop; the input is not changed.
 */
export function mergeStatements(
  workshop: Klimakonferenz,
  statementId: string,
  intoId: string,
  actor: MergeActor,
): Klimakonferenz {
  const byId = statementMap(workshop);
  const statement = byId.get(statementId);
  const into = byId.get(intoId);
  if (!statement || !into) {
    const missing = statement ? intoId : statementId;
    throw new MergeError(
      `Aussage „${missing}“ gibt es nicht. / Statement "${missing}" does not exist.`,
    );
  }
  if (statement.mergedInto !== undefined) {
    throw new MergeError(
      `Aussage „${statementId}“ ist schon mit „${statement.mergedInto}“ zusammengeführt. / Statement "${statementId}" is already merged into "${statement.mergedInto}".`,
    );
  }
  if (statement.wall !== into.wall) {
    throw new MergeError(
      `Nur Aussagen derselben Wand lassen sich zusammenführen: „${statementId}“ ist ${statement.wall}, „${intoId}“ ist ${into.wall}. / Only statements on the same wall can be merged: "${statementId}" is ${statement.wall}, "${intoId}" is ${into.wall}.`,
    );
  }
  if (mergeRoot(intoId, byId) === statementId || statementId === intoId) {
    throw new MergeError(
      `„${intoId}“ ist bereits in „${statementId}“ aufgegangen (Kreis). / "${intoId}" already merges into "${statementId}" (cycle).`,
    );
  }
  const entry: MergeLogEntry = { action: 'merge', statement: statementId, into: intoId, ...actor };
  return {
    ...workshop,
    statements: workshop.statements.map((s) =>
      s.id === statementId ? { ...s, mergedInto: intoId } : s,
    ),
    mergeLog: [...workshop.mergeLog, entry],
  };
}

/**
 * Undoes a merge: the statement stands on its own again, exactly as before, and the trail records the undo.
 */
export function unmergeStatement(
  workshop: Klimakonferenz,
  statementId: string,
  actor: MergeActor,
): Klimakonferenz {
  const statement = statementMap(workshop).get(statementId);
  if (statement?.mergedInto === undefined) {
    throw new MergeError(
      `Aussage „${statementId}“ ist mit keiner anderen zusammengeführt. / Statement "${statementId}" is not merged.`,
    );
  }
  const { mergedInto, ...standalone } = statement;
  const entry: MergeLogEntry = {
    action: 'unmerge',
    statement: statementId,
    into: mergedInto,
    ...actor,
  };
  return {
    ...workshop,
    statements: workshop.statements.map((s) => (s.id === statementId ? standalone : s)),
    mergeLog: [...workshop.mergeLog, entry],
  };
}
