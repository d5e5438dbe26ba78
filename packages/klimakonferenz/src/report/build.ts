import { candidateStrategy, type CandidateOptions } from '../candidates.js';
import { countyMap } from '../county-map.js';
import { type ScoreOptions, scoreSettings, scoreWorkshop } from '../score.js';
import { themesAcrossCities } from '../themes.js';
import { trendsBetweenRounds } from '../trends.js';
import type { KlimakonferenzCollection } from '../workshop.js';
import { type Report, REPORT_VERSION } from './report-schema.js';

/** Options of {@link buildReport}: scoring options plus who initiates candidate action steps. */
export type ReportOptions = ScoreOptions & CandidateOptions;

/**
 * Scores every workshop of a collection and assembles the report: per-workshop analyses, candidate goals
 * and action steps, the county map, themes across cities and trends between rounds. Workshops appear by
 * date, then id, so the report does not depend on the order of the input file.
 */
export function buildReport(
  collection: KlimakonferenzCollection,
  options: ReportOptions = {},
): Report {
  const workshops = [...collection.workshops]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
    .map((w) => scoreWorkshop(w, options));
  const county = collection.county ?? null;
  return {
    reportVersion: REPORT_VERSION,
    generator: '@vielfalt/klimakonferenz',
    fictional: collection.fictional || collection.workshops.some((w) => w.fictional),
    notice: collection.notice ?? null,
    county,
    settings: scoreSettings(options),
    workshops,
    candidates: workshops.map((score) => ({
      workshop: score.workshop,
      ...candidateStrategy(score, {
        ...(score.fachtag?.responsible ? { responsibleActorId: score.fachtag.responsible } : {}),
        ...(score.fachtag ? { partnerActorIds: score.fachtag.partners } : {}),
        ...options,
      }),
    })),
    countyMap: countyMap(workshops, {
      ...(county
        ? {
            fieldsOfAction: county.fieldsOfAction.map((f) => f.id),
            municipalities: county.municipalities.map((m) => m.ags),
          }
        : {}),
    }),
    themes: themesAcrossCities(workshops),
    trends: trendsBetweenRounds(workshops),
  };
}
