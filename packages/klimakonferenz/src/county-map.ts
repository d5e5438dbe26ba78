import type { CountyMap } from './county-schema.js';
import { statementRef } from './statement-ref.js';
import type { StatementScore, WorkshopScore } from './score-schema.js';
import { betaBinomialShrinkage } from './stats/shrinkage.js';
import { round4 } from './stats/round.js';
import { wilsonInterval } from './stats/wilson.js';

/** The municipalities a statement is about: its own tags, else its workshop's municipality. */
export function statementMunicipalities(statement: StatementScore, score: WorkshopScore): string[] {
  if (statement.municipalities.length > 0) return statement.municipalities;
  return score.municipality ? [score.municipality] : [];
}

/** Options of {@link countyMap}. */
export interface CountyMapOptions {
  /** Fields of action to show, in this order, even without data. */
  fieldsOfAction?: readonly string[];
  /** Municipalities (AGS) to show even without data. */
  municipalities?: readonly string[];
  /** Upper bound of the prior strength, in statements the county mean is worth (default 4). */
  maxPriorStrength?: number;
}

interface Tally {
  sonne: number;
  gewitter: number;
  sonneDots: number;
  gewitterDots: number;
  statements: Set<string>;
}

function emptyTally(): Tally {
  return { sonne: 0, gewitter: 0, sonneDots: 0, gewitterDots: 0, statements: new Set<string>() };
}

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/**
 * The county map: for every field of action and municipality, the climate balance sonne / (sonne +
 * gewitter) over the dotted statements about that municipality, shrunk towards the county mean by an
 * empirical-Bayes beta-binomial model so a cell with two statements does not look like a verdict.
 * Statements, not dots, are the unit: the dots on one card are not independent evidence about a city (a
 * single popular card would otherwise decide a cell). Raw values and dot totals are kept beside the
 * shrunk ones; cells list the statements they come from.
 */
export function countyMap(
  scores: readonly WorkshopScore[],
  axes: CountyMapOptions = {},
): CountyMap {
  // Only the latest round of each field and scope: mixing 2017 and 2019 would blend two different rooms.
  const latest = new Map<string, WorkshopScore>();
  for (const score of scores) {
    const key = `${score.fieldOfAction}|${score.municipality ?? ''}`;
    const seen = latest.get(key);
    if (
      !seen ||
      score.round > seen.round ||
      (score.round === seen.round && score.workshop > seen.workshop)
    )
      latest.set(key, score);
  }
  const rounds = new Map<string, number>();
  const tallies = new Map<string, Tally>();
  const seenFields = new Set<string>(axes.fieldsOfAction ?? []);
  const seenMunicipalities = new Set<string>(axes.municipalities ?? []);
  for (const score of [...latest.values()]) {
    seenFields.add(score.fieldOfAction);
    for (const wall of score.walls) {
      if (wall.wall !== 'sonne' && wall.wall !== 'gewitter') continue;
      for (const statement of wall.statements) {
        for (const ags of statementMunicipalities(statement, score)) {
          seenMunicipalities.add(ags);
          const key = `${score.fieldOfAction}|${ags}`;
          const cell = tallies.get(key) ?? emptyTally();
          tallies.set(key, cell);
          rounds.set(key, Math.max(rounds.get(key) ?? 0, score.round));
          if (statement.count === 0) continue;
          cell[wall.wall] += 1;
          cell[`${wall.wall}Dots`] += statement.count;
          cell.statements.add(statementRef(score.workshop, statement.id));
        }
      }
    }
  }
  const fieldsOfAction = axes.fieldsOfAction
    ? [
        ...axes.fieldsOfAction,
        ...sorted(seenFields).filter((f) => !axes.fieldsOfAction?.includes(f)),
      ]
    : sorted(seenFields);
  const municipalities = sorted(seenMunicipalities);
  const keys = fieldsOfAction.flatMap((f) => municipalities.map((m) => [f, m] as const));
  const raw = keys.map(([f, m]) => tallies.get(`${f}|${m}`) ?? emptyTally());
  const shrinkage = betaBinomialShrinkage(
    raw.map((c) => ({ k: c.sonne, n: c.sonne + c.gewitter })),
    axes.maxPriorStrength ?? 4,
  );
  return {
    fieldsOfAction,
    municipalities,
    mean: round4(shrinkage.mean),
    priorStrength: round4(shrinkage.priorStrength),
    cells: keys.map(([fieldOfAction, municipality], i) => {
      const cell = raw[i] ?? emptyTally();
      const shrunk = shrinkage.cells[i] ?? { raw: null, shrunk: shrinkage.mean, weight: 0 };
      return {
        fieldOfAction,
        municipality,
        sonne: cell.sonne,
        gewitter: cell.gewitter,
        sonneDots: cell.sonneDots,
        gewitterDots: cell.gewitterDots,
        raw: shrunk.raw === null ? null : round4(shrunk.raw),
        shrunk: round4(shrunk.shrunk),
        weight: round4(shrunk.weight),
        interval:
          shrunk.raw === null
            ? null
            : (({ low, high }) => ({ low: round4(low), high: round4(high) }))(
                wilsonInterval(cell.sonne, cell.sonne + cell.gewitter),
              ),
        round: rounds.get(`${fieldOfAction}|${municipality}`) ?? null,
        statements: sorted(cell.statements),
      };
    }),
  };
}
