import type { CountyMap } from './county-schema.js';
import type { StatementScore, WorkshopScore } from './score-schema.js';
import { betaBinomialShrinkage } from './stats/shrinkage.js';

/** The municipalities a statement is about: its own tags, else its workshop's municipality. */
export function statementMunicipalities(statement: StatementScore, score: WorkshopScore): string[] {
  if (statement.municipalities.length > 0) return statement.municipalities;
  return score.municipality ? [score.municipality] : [];
}

/** Labels for the map's axes: which fields and municipalities to show even when they have no data. */
export interface CountyMapAxes {
  fieldsOfAction?: readonly string[];
  municipalities?: readonly string[];
}

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/**
 * The county map: for every field of action and municipality, the climate balance sonne / (sonne +
 * gewitter) of the dots on statements about that municipality, shrunk towards the county mean by an
 * empirical-Bayes beta-binomial model so a cell with four dots does not look like a verdict. Raw values
 * are kept beside the shrunk ones; cells list the statements they come from.
 */
export function countyMap(scores: readonly WorkshopScore[], axes: CountyMapAxes = {}): CountyMap {
  const tallies = new Map<string, { sonne: number; gewitter: number; statements: Set<string> }>();
  const seenFields = new Set<string>(axes.fieldsOfAction ?? []);
  const seenMunicipalities = new Set<string>(axes.municipalities ?? []);
  for (const score of scores) {
    seenFields.add(score.fieldOfAction);
    for (const wall of score.walls) {
      if (wall.wall !== 'sonne' && wall.wall !== 'gewitter') continue;
      for (const statement of wall.statements) {
        for (const ags of statementMunicipalities(statement, score)) {
          seenMunicipalities.add(ags);
          const key = `${score.fieldOfAction}|${ags}`;
          const cell = tallies.get(key) ?? { sonne: 0, gewitter: 0, statements: new Set<string>() };
          tallies.set(key, cell);
          cell[wall.wall] += statement.count;
          cell.statements.add(statement.id);
        }
      }
    }
  }
  const fieldsOfAction = axes.fieldsOfAction ? [...axes.fieldsOfAction, ...sorted(seenFields).filter((f) => !axes.fieldsOfAction?.includes(f))] : sorted(seenFields);
  const municipalities = sorted(seenMunicipalities);
  const keys = fieldsOfAction.flatMap((f) => municipalities.map((m) => [f, m] as const));
  const raw = keys.map(([f, m]) => tallies.get(`${f}|${m}`) ?? { sonne: 0, gewitter: 0, statements: new Set<string>() });
  const shrinkage = betaBinomialShrinkage(raw.map((c) => ({ k: c.sonne, n: c.sonne + c.gewitter })));
  const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
  return {
    fieldsOfAction,
    municipalities,
    mean: round4(shrinkage.mean),
    priorStrength: round4(shrinkage.priorStrength),
    cells: keys.map(([fieldOfAction, municipality], i) => {
      const cell = raw[i] ?? { sonne: 0, gewitter: 0, statements: new Set<string>() };
      const shrunk = shrinkage.cells[i] ?? { raw: null, shrunk: shrinkage.mean, weight: 0 };
      return {
        fieldOfAction,
        municipality,
        sonne: cell.sonne,
        gewitter: cell.gewitter,
        raw: shrunk.raw === null ? null : round4(shrunk.raw),
        shrunk: round4(shrunk.shrunk),
        weight: round4(shrunk.weight),
        statements: sorted(cell.statements),
      };
    }),
  };
}
