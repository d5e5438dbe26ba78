/**
 * Real relevance: the Integreat München pages and questions (`integreat-muenchen/`, CC BY 4.0, see its
 * README). Each page becomes an offer as a county would enter it (title, first paragraph as summary, the
 * text as description) and is searched through the public `createOfferIndex` with its defaults, as a new
 * user would; the peers index the same flattened offer texts. A question counts as found when its page is
 * among the first ten: nDCG@10 with that one page relevant, and hit@10.
 */
import { type Offer, recklinghausenProfile } from '@vielfalt/model';
import { type OfferIndex, createOfferIndex, offerDocument } from '../src/index.js';
import { germanLexicon } from '../src/lexicon/index.js';
import type { QueryTranslator } from '../src/translation.js';
import { type EngineFactory, engines } from './engines.js';
import questionsAr from './integreat-muenchen/questions-ar.json' with { type: 'json' };
import questionsDe from './integreat-muenchen/questions-de.json' with { type: 'json' };
import questionsEn from './integreat-muenchen/questions-en.json' with { type: 'json' };
import questionsUk from './integreat-muenchen/questions-uk.json' with { type: 'json' };
import pages from './integreat-muenchen/pages.json' with { type: 'json' };

/** A question whose answer page is known. */
export interface PageQuestion {
  id: string;
  question: string;
  pageId: string;
  /** False when the annotators found no answer on the page (kept, and reported apart). */
  answerable: boolean;
}

/** The question sets: German, German answerable only, English, Arabic, Ukrainian. */
export const questionSets = {
  de: questionsDe as PageQuestion[],
  'de answerable': (questionsDe as PageQuestion[]).filter((q) => q.answerable),
  en: questionsEn as PageQuestion[],
  ar: questionsAr as PageQuestion[],
  uk: questionsUk as PageQuestion[],
} as const;

/** Name of a question set. */
export type QuestionSet = keyof typeof questionSets;

const SUMMARY_LENGTH = 500;

/** A page as an offer: its title, its first paragraph after the title as summary, its text as description. */
export function pageOffer(page: { id: string; title: string; text: string }): Offer {
  const paragraphs = page.text.split('\n').filter((line) => line.trim() !== '');
  const first = paragraphs.find((line) => line.trim() !== page.title.trim()) ?? page.title;
  return {
    id: page.id,
    kind: 'other',
    texts: {
      de: {
        title: page.title,
        summary: first.slice(0, SUMMARY_LENGTH),
        description: page.text,
        status: 'original',
      },
    },
    providerId: 'integreat',
    contactIds: [],
    area: { kind: 'county' },
    locations: [],
    fieldsOfAction: [recklinghausenProfile.fieldsOfAction[0]?.id ?? 'other'],
    targetGroups: [],
    languages: ['de'],
    cost: { kind: 'free' },
    format: 'on-site',
    registration: { required: false, documents: [] },
    schedule: {
      timeZone: 'Europe/Berlin',
      weekly: [],
      sessions: [],
      byAppointment: false,
      closures: [],
    },
    tags: [],
    status: 'published',
    history: [],
  };
}

/** The München pages as offers. */
export const pageOffers: readonly Offer[] = (
  pages as { id: string; title: string; text: string }[]
).map(pageOffer);

/** nDCG@10 and hit@10 of one question: its page's place among the first ten. */
export function pageScore(
  ranked: readonly string[],
  pageId: string,
): { ndcg: number; hit: number } {
  const at = ranked.slice(0, 10).indexOf(pageId);
  return at < 0 ? { ndcg: 0, hit: 0 } : { ndcg: 1 / Math.log2(at + 2), hit: 1 };
}

/** Mean nDCG@10 and hit@10 over a question set. */
export interface PageScores {
  ndcg: number;
  hit: number;
}

/** Runs a question set through a ranking function. */
export function scoreSet(
  questions: readonly PageQuestion[],
  rank: (text: string) => string[],
): PageScores {
  let ndcg = 0;
  let hit = 0;
  for (const q of questions) {
    const score = pageScore(rank(q.question), q.pageId);
    ndcg += score.ndcg;
    hit += score.hit;
  }
  return { ndcg: ndcg / questions.length, hit: hit / questions.length };
}

/** The public offer index over the pages with default options, with a translator or without one. */
export function pageIndex(translator?: QueryTranslator): OfferIndex {
  return createOfferIndex(pageOffers, {
    profile: recklinghausenProfile,
    ...(translator ? { translator } : {}),
  });
}

/** Ranks with the public offer index as a search box would call it (the question as typed, top 10). */
export function offerRanker(index: OfferIndex): (text: string) => string[] {
  return (text) => index.search({ text, limit: 10 }).hits.map((h) => h.offer.id);
}

/** Scores per engine (columns) and question set (rows). */
export type PageReport = Map<string, Map<QuestionSet, PageScores>>;

/** vielfalt (defaults, and with the lexicon) and the peers on every question set. */
export async function pageReport(
  peers: readonly EngineFactory[] = engines.slice(1),
): Promise<PageReport> {
  const report: PageReport = new Map();
  const sets = Object.keys(questionSets) as QuestionSet[];
  const run = (name: string, rank: (text: string) => string[]) =>
    report.set(name, new Map(sets.map((set) => [set, scoreSet(questionSets[set], rank)])));
  run('vielfalt', offerRanker(pageIndex()));
  run('vielfalt+lexicon', offerRanker(pageIndex(germanLexicon)));
  const docs = pageOffers.map((o) => offerDocument(o, recklinghausenProfile, new Map()));
  for (const factory of peers) {
    const engine = await factory.build(docs);
    run(factory.name, (text) => engine.search(text, 10));
  }
  return report;
}

/** The report as a text table: question sets as rows, engines as columns, nDCG@10 / hit@10. */
export function formatPageReport(report: PageReport): string {
  const names = [...report.keys()];
  const row = (label: string, cells: string[]) =>
    `${label.padEnd(22)}${cells.map((c) => c.padStart(18)).join('')}`;
  const lines = [row('nDCG@10 / hit@10', names)];
  for (const set of Object.keys(questionSets) as QuestionSet[]) {
    const label = `${set} (${questionSets[set].length})`;
    lines.push(
      row(
        label,
        names.map((name) => {
          const s = report.get(name)?.get(set);
          return s ? `${s.ndcg.toFixed(3)} / ${s.hit.toFixed(3)}` : '';
        }),
      ),
    );
  }
  return lines.join('\n');
}
