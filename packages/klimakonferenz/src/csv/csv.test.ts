import { describe, expect, it } from 'vitest';
import { recklinghausenSample } from '../sample.js';
import { scoreWorkshop } from '../score.js';
import { smallWorkshop } from '../testing/fixture.js';
import { parseCsv as readCsv } from '@vielfalt/model/csv';
import { CsvError, formatCsv } from './csv.js';

import { polisExport } from './polis.js';
import { HEADCOUNT_ROW, importTallyCsv, tallyTemplateCsv } from './tally-template.js';

/** Rows of a CSV text, header first, read by `@vielfalt/model`'s reader as the package does. */
function parseCsv(text: string): string[][] {
  const parsed = readCsv(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) throw new CsvError(parsed.problems[0]?.message.en);
  return [parsed.table.header, ...parsed.table.rows.map((r) => r.cells)];
}

describe('CSV', () => {
  it('round-trips quotes, commas and line breaks', () => {
    const rows = [
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['1', '', ' x', 'ü'],
    ];
    expect(parseCsv(formatCsv(rows))).toEqual(rows);
  });
  it('reads semicolon-separated files from German spreadsheets', () => {
    expect(parseCsv('\uFEFFstatement;wall\r\ns1;sonne\r\n')).toEqual([
      ['statement', 'wall'],
      ['s1', 'sonne'],
    ]);
  });
  it('reports an unclosed quote in a tally with the row, in German and English', () => {
    expect(() =>
      importTallyCsv(smallWorkshop(), 'statement,wall,text,dots\ns1,sonne,"offen\n'),
    ).toThrow(/Zeile 2.*\/ Row 2/s);
  });
});

describe('paper-tally template', () => {
  const workshop = smallWorkshop();

  it('has a column per perspective and a row per statement', () => {
    const [header, present, ...rows] = parseCsv(tallyTemplateCsv(workshop));
    expect(header?.slice(0, 3)).toEqual(['statement', 'wall', 'text']);
    expect(header).toContain('neuzugewanderte');
    expect(present?.[0]).toBe(HEADCOUNT_ROW);
    expect(rows.map((r) => r[0])).toEqual(['s1', 's2', 'g1', 'g2']);
  });

  it('imports a filled-in tally at the perspective-count level and scores it', () => {
    const filled = formatCsv([
      ['statement', 'wall', 'text', 'verwaltung', 'neuzugewanderte'],
      [HEADCOUNT_ROW, '', '', '3', '4'],
      ['s1', 'sonne', 'x', '2', '1'],
      ['s2', 'sonne', 'x', '1', '3'],
      ['g1', 'gewitter', 'x', '', '4'],
    ]);
    const imported = importTallyCsv(workshop, filled);
    expect(imported.votes).toEqual({
      level: 'perspective-counts',
      headcount: { verwaltung: 3, neuzugewanderte: 4 },
      counts: [
        { statement: 's1', perspective: 'verwaltung', dots: 2 },
        { statement: 's1', perspective: 'neuzugewanderte', dots: 1 },
        { statement: 's2', perspective: 'verwaltung', dots: 1 },
        { statement: 's2', perspective: 'neuzugewanderte', dots: 3 },
        { statement: 'g1', perspective: 'neuzugewanderte', dots: 4 },
      ],
    });
    const sonne = scoreWorkshop(imported, { draws: 200, minCellSize: 1 }).walls[0];
    expect(sonne?.voters).toBe(7);
    expect(sonne?.statements.map((s) => [s.id, s.count])).toEqual([
      ['s2', 4],
      ['s1', 3],
    ]);
  });

  it('imports a counts-only tally', () => {
    const imported = importTallyCsv(
      workshop,
      'statement,wall,text,dots\n#anwesend,,,5\ns1,sonne,x,3\n',
    );
    expect(imported.votes).toEqual({
      level: 'counts',
      participants: 5,
      counts: [{ statement: 's1', dots: 3 }],
    });
  });

  it('says where a cell is wrong, in German and English', () => {
    const bad = 'statement,wall,text,verwaltung\ns1,sonne,x,drei\n';
    expect(() => importTallyCsv(workshop, bad)).toThrow(
      /Zeile 2, Spalte „verwaltung“.*gefunden „drei“.*Line 2, column "verwaltung"/,
    );
    expect(() => importTallyCsv(workshop, 'statement,wall,text,presse\n')).toThrow(
      /unbekannte Perspektive „presse“/,
    );
    expect(() => importTallyCsv(workshop, 'id,wall\n')).toThrow(/Kopfzeile/);
  });
});

describe('Polis export', () => {
  it('writes comments with zero-dot statements, agree votes and a summary', () => {
    const workshop = smallWorkshop();
    const polis = polisExport(workshop);
    const comments = parseCsv(polis.comments);
    expect(comments[0]).toEqual([
      'timestamp',
      'datetime',
      'comment-id',
      'author-id',
      'agrees',
      'disagrees',
      'moderated',
      'comment-body',
    ]);
    expect(comments.slice(1).map((r) => [r[2], r[4]])).toEqual([
      ['0', '2'],
      ['1', '1'],
      ['2', '1'],
      ['3', '2'],
    ]);
    const votes = parseCsv(polis.votes ?? '');
    expect(votes[0]).toEqual(['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote']);
    expect(votes).toHaveLength(1 + 6);
    expect(parseCsv(polis.summary).find((r) => r[0] === 'comments')?.[1]).toBe('4');
    expect(parseCsv(polis.commentIds)[1]).toEqual(['0', 'test-wohnen/s1', 'sonne', 's1']);
  });

  it('has no votes file below the dot level', () => {
    const sport = recklinghausenSample.workshops.find(
      (w) => w.votes.level === 'perspective-counts',
    );
    expect(sport && polisExport(sport).votes).toBeNull();
  });
});
