/**
 * Klimakonferenz workshops: statements on four weather walls, dot votes at three input levels, vote rules,
 * scoring that is honest about small samples, perspectives and bridging, the county map and Ist-Analyse reports.
 * @packageDocumentation
 */
export * from './perspective.js';
export * from './walls.js';
export * from './workshop.js';
export * from './parse.js';
export * from './violation.js';
export * from './vote-rule-error.js';
export { checkVoteRules, type AcceptedVote, type RuleCheck } from './rules.js';
export * from './merge.js';
export * from './tally.js';
export * from './score-schema.js';
export * from './score.js';
export * from './perspective-scores.js';
export { disclosurePlan, type DisclosurePlan } from './disclosure.js';
export * from './county-schema.js';
export { statementRef } from './statement-ref.js';
export { countyMap, statementMunicipalities, type CountyMapOptions } from './county-map.js';
export { themesAcrossCities } from './themes.js';
export { trendsBetweenRounds } from './trends.js';
export { candidateStrategy, type CandidateOptions, type CandidateStrategy } from './candidates.js';
export * from './report/report-schema.js';
export { buildReport, type ReportOptions } from './report/build.js';
export { textSimilarity, normaliseText } from './splitting.js';
export { wilsonInterval, Z_95, type ProportionInterval } from './stats/wilson.js';
export { leaderTestPValue, binomialUpperTail } from './stats/binomial.js';
export { newcombeInterval, type DifferenceInterval } from './stats/newcombe.js';
export { createRandom, deriveSeed, type Random } from './stats/prng.js';
export {
  simulateRanks,
  type RankSimulation,
  type RankSimulationOptions,
} from './stats/rank-simulation.js';
export { concentration, type Concentration } from './stats/concentration.js';
export {
  betaBinomialShrinkage,
  type BinomialCell,
  type ShrunkCell,
  type Shrinkage,
} from './stats/shrinkage.js';
export { renderMarkdown } from './report/markdown.js';
export { renderHtml } from './report/html.js';
export {
  reportDocument,
  type Block,
  type ChartSpec,
  type ReportDocument,
  type RenderOptions,
} from './report/document.js';
export { describeViolation, type ReportLanguage } from './report/i18n.js';
export { combineCollections } from './collection.js';
export { escapeHtml, escapeMarkdown } from './report/escape.js';
export { formatCsv, CsvError } from './csv/csv.js';
export { tallyTemplateCsv, importTallyCsv, HEADCOUNT_ROW } from './csv/tally-template.js';
export { polisExport, type PolisExport } from './csv/polis.js';
