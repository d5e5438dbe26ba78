import { statementMunicipalities } from './county-map.js';
import type { ThemeSummary } from './county-schema.js';
import { statementRef } from './statement-ref.js';
import type { WorkshopScore } from './score-schema.js';

/**
 * Themes across cities: for every theme tag, its dots per wall and its breadth, the number of
 * municipalities in which a statement with that theme reached the top tier of its wall (with at least
 * one dot). Sorted by breadth, then dots, then name.
 */
export function themesAcrossCities(scores: readonly WorkshopScore[]): ThemeSummary[] {
  const themes = new Map<
    string,
    {
      dots: ThemeSummary['dotsByWall'];
      top: Set<string>;
      fields: Set<string>;
      statements: Set<string>;
    }
  >();
  for (const score of scores) {
    for (const wall of score.walls) {
      for (const statement of wall.statements) {
        for (const theme of statement.themes) {
          const entry = themes.get(theme) ?? {
            dots: { sonne: 0, wolke: 0, gewitter: 0, wind: 0 },
            top: new Set<string>(),
            fields: new Set<string>(),
            statements: new Set<string>(),
          };
          themes.set(theme, entry);
          entry.dots[wall.wall] += statement.count;
          entry.fields.add(score.fieldOfAction);
          entry.statements.add(statementRef(score.workshop, statement.id));
          if (statement.tier === 1 && statement.count > 0) {
            for (const ags of statementMunicipalities(statement, score)) entry.top.add(ags);
          }
        }
      }
    }
  }
  const total = (d: ThemeSummary['dotsByWall']): number => d.sonne + d.wolke + d.gewitter + d.wind;
  return [...themes]
    .map(([theme, e]) => ({
      theme,
      dotsByWall: e.dots,
      topTierMunicipalities: [...e.top].sort(),
      breadth: e.top.size,
      fieldsOfAction: [...e.fields].sort(),
      statements: [...e.statements].sort(),
    }))
    .sort(
      (a, b) =>
        b.breadth - a.breadth ||
        total(b.dotsByWall) - total(a.dotsByWall) ||
        (a.theme < b.theme ? -1 : 1),
    );
}
