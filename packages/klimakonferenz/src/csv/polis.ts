import type { Klimakonferenz } from '../workshop.js';
import { type WorkshopTally, tallyWorkshop } from '../tally.js';
import type { RuleMode } from '../vote-rule-error.js';
import { formatCsv } from './csv.js';

/** The files of a Polis-style export. `votes` is null when the input has no individual dots. */
export interface PolisExport {
  /** `summary.csv`: key-value rows as Polis writes them. */
  summary: string;
  /** `comments.csv`: one row per statement (zero-dot statements included); dots are agrees. */
  comments: string;
  /** `votes.csv`: one row per dot (vote 1 = agree); null below the dot level. */
  votes: string | null;
  /** `comment-ids.csv`: which statement and wall each Polis comment id stands for. */
  commentIds: string;
}

/**
 * Exports a workshop in the shape of Polis' conversation export, the de-facto format of participation
 * data tools: statements become comments with integer ids (in wall order, then by id), dots become agree
 * votes by integer voter ids (voters sorted by pseudonym). Merged duplicates count for the statement
 * they were merged into. Polis has no walls, so `comment-ids.csv` maps ids back to statements and walls.
 */
export function polisExport(workshop: Klimakonferenz, mode: RuleMode = 'strict'): PolisExport {
  const tally: WorkshopTally = tallyWorkshop(workshop, mode);
  const timestamp = Math.floor(Date.parse(`${workshop.date}T12:00:00Z`) / 1000);
  const datetime = new Date(timestamp * 1000).toUTCString();
  const statements = tally.walls.flatMap((w) => w.statements.map((s) => ({ wall: w.wall, ...s })));
  const commentId = new Map(statements.map((s, i) => [s.statement.id, i]));
  const comments = formatCsv([
    [
      'timestamp',
      'datetime',
      'comment-id',
      'author-id',
      'agrees',
      'disagrees',
      'moderated',
      'comment-body',
    ],
    ...statements.map((s, i) => [timestamp, datetime, i, -1, s.count, 0, 1, s.statement.text]),
  ]);
  let votes: string | null = null;
  if (tally.acceptedDots) {
    const voterId = new Map([...tally.acceptedDots.keys()].sort().map((id, i) => [id, i]));
    const rows: number[][] = [];
    for (const [participant, dotted] of tally.acceptedDots) {
      for (const statement of dotted)
        rows.push([commentId.get(statement) ?? -1, voterId.get(participant) ?? -1]);
    }
    rows.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
    votes = formatCsv([
      ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'],
      ...rows.map(([comment, voter]) => [timestamp, datetime, comment ?? -1, voter ?? -1, 1]),
    ]);
  }
  const voters = Math.max(0, ...tally.walls.map((w) => w.voters));
  const summary = formatCsv([
    ['topic', workshop.title ?? workshop.fieldOfAction],
    ['url', ''],
    ['voters', tally.participants],
    ['voters-in-conv', voters],
    ['commenters', 0],
    ['comments', statements.length],
    ['groups', workshop.perspectives.length],
    [
      'conversation-description',
      `Klimakonferenz ${workshop.id} (${workshop.date})${workshop.fictional ? ', fiktiv / fictional' : ''}`,
    ],
  ]);
  const commentIds = formatCsv([
    ['comment-id', 'statement', 'wall', 'members'],
    ...statements.map((s, i) => [
      i,
      `${workshop.id}/${s.statement.id}`,
      s.wall,
      s.members.join(' '),
    ]),
  ]);
  return { summary, comments, votes, commentIds };
}
