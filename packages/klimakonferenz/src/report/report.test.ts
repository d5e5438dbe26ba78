import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { recklinghausenFollowUp, recklinghausenSample } from '../sample.js';
import { buildReport } from './build.js';
import { reportJsonSchema, reportSchema } from './report-schema.js';

const shipped = JSON.parse(
  readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const options = { draws: 2000, seed: 42 };

describe('the report', () => {
  const report = buildReport(recklinghausenSample, options);

  it('validates against the shipped JSON Schema (ajv, draft 2020-12)', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(shipped);
    const valid = validate(JSON.parse(JSON.stringify(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('ships the schema generated from the zod schema (run `npm run schema` after changing it)', () => {
    expect(shipped).toEqual(reportJsonSchema());
  });

  it('parses with its own zod schema and is byte-identical for the same seed', () => {
    expect(() => reportSchema.parse(report)).not.toThrow();
    expect(JSON.stringify(buildReport(recklinghausenSample, options))).toBe(JSON.stringify(report));
    expect(JSON.stringify(buildReport(recklinghausenSample, { ...options, seed: 43 }))).not.toBe(
      JSON.stringify(report),
    );
  });

  it('does not depend on the order of workshops in the file', () => {
    const reversed = {
      ...recklinghausenSample,
      workshops: [...recklinghausenSample.workshops].reverse(),
    };
    expect(JSON.stringify(buildReport(reversed, options))).toBe(JSON.stringify(report));
  });

  it('keeps the statement ids behind candidate goals, map cells and themes', () => {
    const ids = new Set(
      recklinghausenSample.workshops.flatMap((w) => w.statements.map((s) => `${w.id}/${s.id}`)),
    );
    const candidates = report.candidates.flatMap((c) => [...c.goals, ...c.actionSteps]);
    expect(candidates.length).toBeGreaterThan(8);
    for (const c of candidates) {
      expect(c.sourceStatementIds.length).toBeGreaterThan(0);
      for (const id of c.sourceStatementIds) expect(ids.has(id)).toBe(true);
    }
    const filled = report.countyMap.cells.filter((c) => c.raw !== null);
    expect(filled.length).toBeGreaterThan(10);
    for (const cell of filled) {
      expect(cell.statements.length).toBe(cell.sonne + cell.gewitter);
      for (const ref of cell.statements) expect(ids.has(ref)).toBe(true);
    }
    expect(report.themes[0]?.breadth).toBeGreaterThan(1);
  });

  it('compares rounds and shows a theme moving walls', () => {
    const both = buildReport(
      {
        ...recklinghausenSample,
        workshops: [...recklinghausenSample.workshops, ...recklinghausenFollowUp.workshops],
      },
      options,
    );
    expect(both.trends).toHaveLength(1);
    const trend = both.trends[0];
    expect(trend?.before.round).toBe(1);
    expect(trend?.after.round).toBe(2);
    const moved = trend?.themes.find((t) => t.theme === 'dezentrales-wohnen');
    expect(moved?.walls.length).toBeGreaterThan(0);
    for (const t of trend?.themes ?? []) {
      for (const w of t.walls) {
        expect(w.change === null).toBe(w.before === null || w.after === null);
        if (!w.change) continue;
        expect(w.change.low).toBeLessThanOrEqual(w.change.difference);
        expect(w.change.high).toBeGreaterThanOrEqual(w.change.difference);
      }
    }
    // 85 people in 2017, 33 in 2019: the comparison says so.
    expect(trend?.participationChanged).toBe(true);
    // The map shows one round per field and city, never both.
    for (const cell of both.countyMap.cells.filter(
      (c) => c.fieldOfAction === 'wohnen' && c.raw !== null,
    ))
      expect(new Set(cell.statements.map((r) => r.split('/')[0]))).toEqual(
        new Set(['rek-2019-wohnen']),
      );
  });
});
