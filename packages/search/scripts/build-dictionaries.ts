/**
 * Builds the general dictionaries into German (`src/dictionary/data/<language>.ts`) from openly licensed
 * sources kept outside the repository (see `src/dictionary/data/NOTICE.md` for what to fetch and their
 * licences). Offline; run as
 *   npm run dictionary:build -w @vielfalt/search -- <sources folder> [<München pages.json>] [--only fa,tr]
 * (`--only` builds the languages named and needs only their sources).
 *
 * Each source pair gives (word, German word, weight); pairs without a direct German side are carried over
 * English or Russian (X → en → de, uk → ru → de; a Russian word also stands in where a Ukrainian word list has
 * it and the Ukrainian sources do not), and wordnets over their shared synsets (X → synset → de,
 * X → synset → en → de); Ukrainian lemmas also lend their translations to their inflected forms (Apertium's
 * monolingual dictionary, expanded by lttoolbox). A German word is ranked by how many sources and senses give it, and by how often
 * the domain texts (the München pages, the sample offers, the lexicon) use it; the dictionary keeps the
 * words whose German translations the domain uses, up to a size budget.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { recklinghausenSample } from '@vielfalt/sample-data';
import {
  type DictionaryLanguage,
  dictionaryLanguages,
  isFunctionWord,
  phraseKey,
} from '../src/dictionary/keys.js';
import { germanAnalyzer, stemGerman } from '../src/german/index.js';
import { concepts } from '../src/lexicon/index.js';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
// The languages to build: all unless `--only` names some, so that one can be rebuilt from its sources alone.
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1]?.split(',') : undefined;
const [sources = '', pagesArg] = args;
const known = (language: string) => (dictionaryLanguages as readonly string[]).includes(language);
if (!sources || !existsSync(sources) || (onlyAt >= 0 && !only?.every(known))) {
  console.error('usage: build-dictionaries <sources folder> [<pages.json>] [--only <language,…>]');
  process.exit(1);
}
// Run from the package folder (npm run -w sets it); the script itself is bundled elsewhere first.
const packageRoot = process.cwd();
const out = join(packageRoot, 'src/dictionary/data');

function findFile(dir: string, name: string): string | undefined {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry === name) return path;
    if (statSync(path).isDirectory()) {
      const found = findFile(path, name);
      if (found) return found;
    }
  }
  return undefined;
}

/** Entries of a dictd dictionary (as FreeDict and Ding ship them in Debian): headword and body text. */
function readDictd(name: string): { headword: string; body: string }[] {
  const index = findFile(sources, `${name}.index`);
  if (!index) throw new Error(`${name}.index not found under ${sources}`);
  const dict = gunzipSync(readFileSync(index.replace(/\.index$/, '.dict.dz')));
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const number = (s: string) => [...s].reduce((n, c) => n * 64 + digits.indexOf(c), 0);
  return readFileSync(index, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('00'))
    .map((line) => {
      const [headword = '', offset = '', length = ''] = line.split('\t');
      const start = number(offset);
      return { headword, body: dict.subarray(start, start + number(length)).toString('utf8') };
    });
}

/** The translations of a dictd body: the unindented lines after the headword, split at commas. */
function translationsOf(body: string): string[] {
  return body
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() && !/^\s/.test(line) && !/^(?:see|Synonyms?|Note):/i.test(line))
    .flatMap((line) =>
      line
        .replace(/<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|\/[^/]*\//g, ' ')
        .replace(/^\s*\d+\.\s*/, '')
        .split(/[,;]|\s\d+\.\s/),
    )
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Single words only: phrases and words with placeholders ("etw.", "sb.") are left out. */
const singleWord = (w: string) => /^[\p{L}][\p{L}\p{M}'’-]*$/u.test(w) && w.length > 1;

/** A headword of one to three words ("residence permit", "apply for"), placeholders removed. */
function headwordOf(raw: string): string | undefined {
  const words = raw
    .replace(/\b(?:sth|sb|smb|smth|etw|jdn|jdm|jds)\b\.?(?:\/(?:sth|sb)\.?)?/g, ' ')
    .replace(/^to\s+/, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length >= 1 && words.length <= 3 && words.every(singleWord)
    ? words.join(' ')
    : undefined;
}

/** A German translation as one word: "etw. beantragen" → "beantragen", "sich bewerben" → "bewerben". */
function germanWordOf(raw: string): string | undefined {
  const words = raw
    .replace(/\b(?:etw|jdn|jdm|jds|jd)\b\.?/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'sich' && w !== 'zu');
  return words.length === 1 && singleWord(words[0] as string) ? words[0] : undefined;
}

type Pairs = Map<string, Map<string, number>>;

function add(pairs: Pairs, from: string, to: string, weight: number): void {
  let targets = pairs.get(from);
  if (!targets) pairs.set(from, (targets = new Map()));
  targets.set(to, (targets.get(to) ?? 0) + weight);
}

/** word → translations, from a dictd dictionary read in its own direction or inverted. */
function pairsOf(name: string, inverted: boolean, weight = 1): Pairs {
  const pairs: Pairs = new Map();
  const senses = new Map<string, number>();
  // The German side must be one word, the other side may be a phrase of up to three.
  const [cleanHead, cleanTranslation] = inverted
    ? [germanWordOf, headwordOf]
    : [headwordOf, germanWordOf];
  for (const { headword, body } of readDictd(name)) {
    const head = cleanHead(headword.trim().toLowerCase());
    if (!head) continue;
    let rank = senses.get(head) ?? 0;
    for (const raw of translationsOf(body)) {
      const t = cleanTranslation(raw.toLowerCase());
      if (!t) continue;
      // Earlier senses are the commoner ones.
      const w = weight / (1 + rank * 0.25);
      rank++;
      if (inverted) add(pairs, t, head, w);
      else add(pairs, head, t, w);
    }
    senses.set(head, rank);
  }
  return pairs;
}

/** Russian → Ukrainian lemmas of Apertium's bilingual dictionary, read as Ukrainian → Russian. */
function apertiumUkRu(): Pairs {
  const path = findFile(sources, 'apertium-rus-ukr.rus-ukr.dix');
  if (!path) throw new Error('apertium-rus-ukr.rus-ukr.dix not found');
  const pairs: Pairs = new Map();
  for (const [, l = '', r = ''] of readFileSync(path, 'utf8').matchAll(
    /<l>([^<]*)(?:<[^/][^>]*\/>)*<\/l>\s*<r>([^<]*)(?:<[^/][^>]*\/>)*<\/r>/g,
  )) {
    const ru = l.replace(/<b\/>/g, ' ').toLowerCase();
    const uk = r.replace(/<b\/>/g, ' ').toLowerCase();
    if (singleWord(ru) && singleWord(uk)) add(pairs, uk, ru, 1);
  }
  return pairs;
}

/**
 * Lemma → its inflected forms, from a monolingual Apertium dictionary expanded by lttoolbox
 * (`lt-expand apertium-ukr.ukr.dix ukr.expanded`): lines `form:lemma<tags>`, `:<:` or `:>:` for one direction.
 */
function apertiumForms(name: string): Map<string, Set<string>> {
  const path = findFile(sources, name);
  if (!path) throw new Error(`${name} (lt-expand output) not found under ${sources}`);
  const forms = new Map<string, Set<string>>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^([^:<>~]+):(?:[<>]:)?([^<:]+)</.exec(line);
    if (!match) continue;
    const [, form = '', lemma = ''] = match.map((m) => m.toLowerCase());
    if (!singleWord(form) || !singleWord(lemma) || form === lemma) continue;
    let set = forms.get(lemma);
    if (!set) forms.set(lemma, (set = new Set()));
    set.add(form);
  }
  return forms;
}

/**
 * Adds each lemma's inflected forms with its translations, at a lower weight so that a form another lemma
 * shares a key with keeps that lemma's words first: the light stemmer of the keys cannot bring every form
 * to its lemma's key ("наслідки" and "наслідок", consequences; "дітей" and "дитина", children).
 */
function withForms(pairs: Pairs, forms: Map<string, Set<string>>, weight: number): Pairs {
  const inflected: Pairs = new Map();
  for (const [lemma, targets] of pairs) {
    // The best two words only, as a query takes them (see `translations`): the forms are many.
    const best = [...targets].sort((a, b) => b[1] - a[1]).slice(0, 2);
    for (const form of forms.get(lemma) ?? [])
      for (const [t, w] of best) add(inflected, form, t, w * weight);
  }
  return merge(pairs, inflected);
}

/**
 * Russian words standing in for the Ukrainian words the Ukrainian sources lack ("административный" for
 * "адміністративний"; their keys share a spelling, see `dictionaryKeys`): only those whose key is the key of a
 * word of a Ukrainian word list (Debian's `wukrainian`, every inflected form), so that Russian words are added
 * only where Ukrainian has the same word. Measured on the München questions: Ukrainian 0.639 → 0.644
 * nDCG@10 (both halves), the file 71 → 86 KB gzip; all Russian words, unfiltered, had doubled it.
 */
function russianStandIns(own: Pairs, russian: Pairs, wordList: string): Pairs {
  const path = findFile(sources, wordList);
  if (!path) throw new Error(`${wordList} (wukrainian) not found under ${sources}`);
  const ukrainianKeys = new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((word) => phraseKey('uk', [word.toLowerCase()])),
  );
  const ownKeys = new Set([...own.keys()].map((word) => phraseKey('uk', word.split(' '))));
  const standIns: Pairs = new Map();
  for (const [word, targets] of russian) {
    const key = phraseKey('uk', [word]);
    if (word.includes(' ') || ownKeys.has(key) || !ukrainianKeys.has(key)) continue;
    for (const [german, weight] of targets) add(standIns, word, german, weight);
  }
  return standIns;
}

/** Synset → lemmas of Open Multilingual Wordnet files: `<offset>-<pos> <TAB> <lang>:lemma <TAB> <lemma>` lines. */
function wordnetTab(...names: string[]): Map<string, string[]> {
  const synsets = new Map<string, string[]>();
  const lines = names.flatMap((name) => {
    const path = findFile(sources, name);
    if (!path) throw new Error(`${name} not found under ${sources}`);
    return readFileSync(path, 'utf8').split('\n');
  });
  for (const line of lines) {
    const [synset = '', type = '', lemma = ''] = line.split('\t');
    // Broken plurals (Arabic WordNet) are forms of the lemma a query is as likely to use ("مراكز", centres).
    if (line.startsWith('#') || !/lemma(?::brokenplural)?$/.test(type) || !lemma.trim()) continue;
    synsets.set(synset, [...(synsets.get(synset) ?? []), lemma.trim()]);
  }
  return synsets;
}

/**
 * Synset → English lemmas of Princeton WordNet 3.0's database files (`data.noun` …, Debian `wordnet-base`),
 * in the wordnet's order, keyed like the Open Multilingual Wordnet (satellite adjectives as "a").
 */
function princetonWordnet(): Map<string, string[]> {
  const synsets = new Map<string, string[]>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    const path = findFile(sources, `data.${part}`);
    if (!path) throw new Error(`data.${part} (wordnet-base) not found under ${sources}`);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      // The licence text at the top is indented; synsets start with their 8-digit offset.
      if (!/^\d{8} /.test(line)) continue;
      const [offset, , type = '', count = '0', ...rest] = line.split(' ');
      const lemmas = Array.from({ length: Number.parseInt(count, 16) }, (_, i) =>
        (rest[2 * i] ?? '').replace(/\([a-z]+\)$/, '').replace(/_/g, ' '),
      );
      synsets.set(`${offset}-${type === 's' ? 'a' : type}`, lemmas);
    }
  }
  return synsets;
}

/** Cleans a lemma into the forms it is keyed by (none when it is not a word or short phrase). */
type Clean = (lemma: string) => string[];

/** A lemma as a headword of up to three words (English, Arabic, Ukrainian, Russian). */
const lemmaOf: Clean = (l) => [headwordOf(l.toLowerCase())].filter((w) => w !== undefined);
const germanLemma: Clean = (l) => [germanWordOf(l.toLowerCase())].filter((w) => w !== undefined);
// A zero-width non-joiner joins the parts of a Persian word ("سیب‌زمینی"); queries type it, leave it out
// or type a space instead, so the word is keyed both joined and as a phrase of its parts.
const persianLemma: Clean = (l) =>
  [...new Set([l.replace(/\u200c/g, ''), l.replace(/\u200c/g, ' ')])]
    .map(headwordOf)
    .filter((w) => w !== undefined);

/**
 * Pairs the lemmas of two wordnets that name the same synset (fa → de, fa → en); a pair given by several
 * synsets weighs more, and a synset's earlier target lemmas more than its later ones.
 */
function synsetPairs(
  from: Map<string, string[]>,
  to: Map<string, string[]>,
  [cleanFrom, cleanTo]: [Clean, Clean],
  weight: number,
): Pairs {
  const pairs: Pairs = new Map();
  for (const [synset, lemmas] of from) {
    const targets = [...new Set((to.get(synset) ?? []).flatMap(cleanTo))];
    for (const word of lemmas.flatMap(cleanFrom))
      for (const [rank, target] of targets.entries())
        add(pairs, word, target, weight / (1 + rank * 0.25));
  }
  return pairs;
}

/** Carries word → middle pairs over middle → German ones; weights multiply. */
function pivot(first: Pairs, second: Pairs, key: (w: string) => string, weight: number): Pairs {
  const byKey = new Map<string, Map<string, number>>();
  for (const [word, targets] of second) {
    const k = key(word);
    for (const [t, w] of targets) add(byKey, k, t, w);
  }
  const pairs: Pairs = new Map();
  for (const [word, middles] of first)
    // The first senses only: further ones drift ("حساب" → account, calculation, bill, …).
    for (const [middle, w1] of [...middles].sort((a, b) => b[1] - a[1]).slice(0, 3)) {
      const targets = [...(byKey.get(key(middle)) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 3);
      for (const [t, w2] of targets) add(pairs, word, t, weight * w1 * Math.min(w2, 1));
    }
  return pairs;
}

function merge(...all: Pairs[]): Pairs {
  const pairs: Pairs = new Map();
  for (const p of all) for (const [w, ts] of p) for (const [t, x] of ts) add(pairs, w, t, x);
  return pairs;
}

// The domain: how often German stems occur in the München pages, the sample offers and the lexicon.
const pagesPath = pagesArg ?? join(packageRoot, 'relevance/integreat-muenchen/pages.json');
const domainTexts: string[] = [];
for (const page of JSON.parse(readFileSync(pagesPath, 'utf8')) as { text: string }[])
  domainTexts.push(page.text);
for (const offer of recklinghausenSample.offers)
  for (const t of Object.values(offer.texts))
    domainTexts.push(`${t.title} ${t.summary ?? ''} ${t.description ?? ''}`);
domainTexts.push(concepts.map((c) => c.german).join(' '));
const domain = new Map<string, number>();
for (const text of domainTexts)
  for (const token of germanAnalyzer.tokenize(text)) {
    const stem = stemGerman(token.term);
    domain.set(stem, (domain.get(stem) ?? 0) + 1);
  }
const germanStem = (word: string) => {
  const token = germanAnalyzer.tokenize(word)[0];
  return token ? stemGerman(token.term) : '';
};

/** How much the domain uses a German word: 0 when never. */
const domainWeight = (german: string) => Math.log1p(domain.get(germanStem(german)) ?? 0);

const MAX_TARGETS = 4;

/**
 * How strongly the domain's use of a German word ranks it: fully for English, whose one source gives its
 * senses in order; less where a middle language or WordNet synsets bring many more candidates, among which a
 * frequent domain word is often another sense ("مراكز", centres → Stelle). Measured on the München questions:
 * 0.75 lifts Arabic 0.635 → 0.640 and Ukrainian 0.605 → 0.609 (both halves); English keeps 1 (at 0.75 it fell
 * 0.765 → 0.759).
 */
const DOMAIN_POWER: Record<DictionaryLanguage, number> = {
  en: 1,
  ar: 0.75,
  uk: 0.75,
  ru: 0.75,
  tr: 0.75,
  fa: 0.75,
};

/**
 * Keys the pairs by {@link phraseKey}, ranks each key's German words (source weight times domain use;
 * words the domain never uses only when nothing else is known) and keeps the keys with a German word the
 * domain uses, at most `budget` of them, those with the most used words first.
 */
function compile(language: DictionaryLanguage, pairs: Pairs, budget: number): string {
  const power = DOMAIN_POWER[language];
  const keyed: Pairs = new Map();
  for (const [word, targets] of pairs) {
    const words = word.split(' ');
    if (words.length === 1 && isFunctionWord(language, word)) continue;
    const key = phraseKey(language, words);
    if (key.length < 2) continue;
    for (const [t, w] of targets) if (germanStem(t)) add(keyed, key, t, w);
  }
  const rows: { key: string; words: string[]; score: number }[] = [];
  for (const [key, targets] of keyed) {
    const ranked = [...targets]
      .map(([german, w]) => ({ german, w, d: (1 + domainWeight(german)) ** power - 1 }))
      .sort((a, b) => b.w * (1 + b.d) - a.w * (1 + a.d));
    const top = ranked.find((r) => r.d > 0);
    if (!top) continue;
    // Alternatives only when they are nearly as good as the best: each adds a word to the query.
    const used = ranked.filter((r) => r.d > 0 && r.w * (1 + r.d) >= 0.7 * top.w * (1 + top.d));
    // One German word per stem: "Konto" and "Konten" are one word to the index.
    const seen = new Set<string>();
    const words: string[] = [];
    for (const r of used) {
      const stem = germanStem(r.german);
      if (seen.has(stem)) continue;
      seen.add(stem);
      words.push(r.german);
      if (words.length === MAX_TARGETS) break;
    }
    rows.push({ key, words, score: (used[0]?.w ?? 0) * (1 + (used[0]?.d ?? 0)) });
  }
  rows.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  const kept = rows.slice(0, budget).sort((a, b) => (a.key < b.key ? -1 : 1));
  return kept.map((r) => `${r.key}\t${r.words.join(' ')}`).join('\n');
}

/** A value computed on first use and kept: the pairs several languages pivot over are read once. */
function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

/**
 * Whether an English word, or a phrase's first word ("looking for"), is the -ing or -ed form of a verb that
 * begins a headword ("participate in"): "during" is not.
 */
const isVerbForm = (verbs: ReadonlySet<string>, english: string, ending: string): boolean => {
  const first = english.split(' ')[0] as string;
  if (!first.endsWith(ending)) return false;
  const stem = first.slice(0, -ending.length);
  return [stem, `${stem}e`, stem.slice(0, -1)].some((verb) => verb.length > 1 && verbs.has(verb));
};

/**
 * Ding lists each English verb's forms beside the German ones ("benefiting; benefited; benefits - nützend;
 * genützt; nützt; nützte"). In the English dictionary the stemmed key joins them with the noun ("benefits" →
 * Leistungen), and pages seldom use the German present participle or preterite: those are left out. The
 * languages carried over English keep them (measured: Arabic loses 0.004 nDCG@10 without them).
 */
const withoutVerbForms = (pairs: Pairs): Pairs => {
  const firstWords = new Set([...pairs.keys()].map((english) => english.split(' ')[0] as string));
  return new Map(
    [...pairs].map(([english, targets]) => {
      const participle = isVerbForm(firstWords, english, 'ing');
      const past = isVerbForm(firstWords, english, 'ed');
      const kept = [...targets].filter(
        ([german]) => !(participle && german.endsWith('end')) && !(past && german.endsWith('te')),
      );
      return [english, new Map(kept)];
    }),
  );
};
const en = once(() =>
  merge(pairsOf('freedict-eng-deu', false), pairsOf('freedict-deu-eng', true, 0.5)),
);
const enKey = (w: string) => phraseKey('en', w.split(' '));
const german = once(() => wordnetTab('wn-wikt-deu.tab'));
const english = once(princetonWordnet);
/**
 * A language's lemmas carried over the WordNet synsets they name: to the German lemmas of the same synsets
 * (their sense, weight 2) and to the English ones, which go on over all their senses in Ding ("train" → Zug,
 * but also schulen) and so weigh less (0.5).
 */
function overSynsets(synsets: Map<string, string[]>, clean: Clean): Pairs {
  return merge(
    synsetPairs(synsets, german(), [clean, germanLemma], 2),
    pivot(synsetPairs(synsets, english(), [clean, lemmaOf], 1), en(), enKey, 0.5),
  );
}

const ruDirect = once(() =>
  merge(
    pairsOf('freedict-deu-rus', true),
    pivot(pairsOf('freedict-eng-rus', true), en(), enKey, 0.5),
    overSynsets(wordnetTab('wn-wikt-rus.tab'), lemmaOf),
  ),
);
const ruKey = (w: string) => phraseKey('ru', w.split(' '));
const languages: Record<DictionaryLanguage, () => Pairs> = {
  en: () => withoutVerbForms(en()),
  ar: () =>
    merge(
      pivot(
        merge(pairsOf('freedict-ara-eng', false), pairsOf('freedict-eng-ara', true)),
        en(),
        enKey,
        1,
      ),
      overSynsets(wordnetTab('wn-wikt-arb.tab', 'wn-data-arb.tab'), lemmaOf),
    ),
  uk: () => {
    const own = withForms(
      merge(
        pivot(apertiumUkRu(), ruDirect(), ruKey, 1),
        overSynsets(wordnetTab('wn-wikt-ukr.tab'), lemmaOf),
      ),
      apertiumForms('ukr.expanded'),
      0.5,
    );
    return merge(own, russianStandIns(own, ruDirect(), 'ukrainian'));
  },
  ru: ruDirect,
  tr: () =>
    merge(
      pairsOf('freedict-tur-deu', false, 2),
      pairsOf('freedict-deu-tur', true),
      pivot(
        merge(pairsOf('freedict-tur-eng', false), pairsOf('freedict-eng-tur', true)),
        en(),
        enKey,
        0.5,
      ),
    ),
  // No Farsi–German dictionary under a compatible licence: Wiktionary's translations, linked to WordNet
  // synsets by the Open Multilingual Wordnet. The Persian WordNet (omw-data wns/fas) would add many everyday
  // words, but has no licence beyond its author's "free to use", which does not say that it may be changed
  // and passed on under EUPL-1.2.
  fa: () => overSynsets(wordnetTab('wn-wikt-fas.tab'), persianLemma),
};

const FREEDICT = 'FreeDict (freedict.org), Debian packages dict-freedict-*';
// The omw-data commit the wordnet files (wns/wikt) were taken from (see NOTICE.md).
const OMW_COMMIT = 'f75be19';
const WORDNETS = `Wiktionary translations (© Wiktionary contributors, CC BY-SA 3.0) linked to WordNet synsets by the Open Multilingual Wordnet (Bond & Foster 2013), omw-data ${OMW_COMMIT} wns/wikt`;
const HEADER: Record<DictionaryLanguage, string> = {
  en: `/*! English → German. Data: Ding 1.9 by Frank Richter (TU Chemnitz) via ${FREEDICT} eng-deu and deu-eng 1.9-fd1, GPL-3.0 / AGPL-3.0. Generated by scripts/build-dictionaries.ts; see NOTICE.md. */`,
  ar: `/*! Arabic → German, carried over English and WordNet synsets. Data: Arabeyes via ${FREEDICT} ara-eng and eng-ara 0.6.3, GPL-2.0-or-later; Ding via FreeDict eng-deu 1.9-fd1, GPL-3.0 / AGPL-3.0; ${WORDNETS} (arb, deu) and the Arabic WordNet (AWN v2, CC BY-SA 3.0); Princeton WordNet 3.0 (WordNet licence). Generated by scripts/build-dictionaries.ts; see NOTICE.md. */`,
  uk: `/*! Ukrainian → German, carried over Russian and WordNet synsets. Data: Apertium rus-ukr bilingual dictionary, GPL-2.0; Apertium ukr monolingual dictionary (inflected forms), GPL-3.0; the wukrainian word list (ispell-uk, Debian), GPL-2.0-or-later / LGPL-2.0-or-later, which decides where Russian words stand in; WikDict (Wiktionary, DBnary) via ${FREEDICT} deu-rus, CC BY-SA 3.0; ${WORDNETS} (ukr, rus, deu); Princeton WordNet 3.0 (WordNet licence); Ding via FreeDict eng-deu, GPL-3.0 / AGPL-3.0. Generated by scripts/build-dictionaries.ts; see NOTICE.md. */`,
  ru: `/*! Russian → German. Data: WikDict (Wiktionary, DBnary) via ${FREEDICT} deu-rus, CC BY-SA 3.0; eng-rus 0.3.1 GPL-2.0-or-later with Ding eng-deu, GPL-3.0 / AGPL-3.0; ${WORDNETS} (rus, deu); Princeton WordNet 3.0 (WordNet licence). Generated by scripts/build-dictionaries.ts; see NOTICE.md. */`,
  tr: `/*! Turkish → German. Data: ${FREEDICT} tur-deu 0.2.3, deu-tur 0.2.2, tur-eng and eng-tur 0.3, GPL-2.0-or-later; Ding eng-deu, GPL-3.0 / AGPL-3.0. Generated by scripts/build-dictionaries.ts; see NOTICE.md. */`,
  fa: `/*! Farsi → German, over WordNet synsets and English. Data: ${WORDNETS} (fas, deu); Princeton WordNet 3.0 (Copyright 2006 by Princeton University, WordNet licence), Debian package wordnet-base; Ding via FreeDict eng-deu 1.9-fd1, GPL-3.0 / AGPL-3.0. Generated by scripts/build-dictionaries.ts; see NOTICE.md. */`,
};

/** Each language's English name, for the data file's TSDoc. */
const NAME: Record<DictionaryLanguage, string> = {
  en: 'English',
  ar: 'Arabic',
  uk: 'Ukrainian',
  ru: 'Russian',
  tr: 'Turkish',
  fa: 'Farsi',
};

const BUDGET = 40000;
for (const [language, build] of Object.entries(languages) as [DictionaryLanguage, () => Pairs][]) {
  if (only && !only.includes(language)) continue;
  const text = compile(language, build(), BUDGET);
  const lines = text.split('\n').length;
  // Typed as `string`, not as its literal: the declaration file would otherwise repeat the whole text as a type.
  const source = `${HEADER[language]}\n/** The ${NAME[language]} → German dictionary: one key a line, a tab, then its German words (read by \`loadDictionary\`). */\nconst data: string = ${JSON.stringify(text)};\nexport default data;\n`;
  writeFileSync(join(out, `${language}.ts`), source);
  const { gzipSync } = await import('node:zlib');
  console.log(
    `${language}: ${lines} keys, ${(source.length / 1024).toFixed(0)} KB, ${(gzipSync(source).length / 1024).toFixed(1)} KB gzip`,
  );
}

// The files are committed; format them as the repository's lint expects.
spawnSync('npx', ['prettier', '--write', out], { stdio: 'inherit' });
