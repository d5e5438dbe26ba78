/**
 * `@vielfalt/klimakonferenz/scoring`: scoring and the county map without the schemas, for pages that score
 * workshops a server has already validated (the elements do): no zod comes along. Everything here is also
 * exported from the package's main entry.
 * @packageDocumentation
 */
export { WALLS, type Wall } from './walls.js';
export type { Dot, Klimakonferenz, KlimakonferenzCollection, Statement } from './workshop.js';
export { scoreWorkshop, type ScoreOptions } from './score.js';
export type { WallScore, WorkshopScore } from './score-schema.js';
export { countyMap, type CountyMapOptions } from './county-map.js';
export type { CountyMap } from './county-schema.js';
