import { describeIssues, type LocalizedMessage } from '@vielfalt/model';
import {
  feedSchema,
  foldCase,
  loadOfferIndex,
  type OfferHit,
  type OfferQueryInput,
} from '@vielfalt/search';
import type { Command } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { readJsonFile, usageError } from '../input.js';
import { countOf, countOfBoth, nouns } from '../plural.js';

const usage = `vielfalt search <feed.json> "<Suchanfrage/query>" [--city <Stadt/AGS>] [--field <Handlungsfeld/field>] [--free] [--limit n] [--json]

  Durchsucht einen Feed (vielfalt index build) wie die Suche auf den Seiten.
  Searches a feed (vielfalt index build) the way the pages do.

  --city   Stadt nach Name oder AGS, mehrfach möglich / municipality by name or AGS, repeatable
  --field  Handlungsfeld nach id oder Name, mehrfach möglich / field of action by id or label, repeatable
  --free   nur kostenlose Angebote / free of charge only
  --limit  Anzahl Treffer / number of hits (Standard/default 10)
  --json   maschinenlesbare Ausgabe / machine-readable output`;

/** Marks the highlighted ranges of a text with »…« for the terminal (ranges are offsets, never markup). */
function marked(text: string, ranges: readonly [number, number][] = []): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${text.slice(at, start)}»${text.slice(start, end)}«`;
    at = end;
  }
  return out + text.slice(at);
}

/** Finds profile entries by id or by label/name, ignoring case and accents. */
function pick<T>(
  wanted: string[],
  entries: T[],
  keys: (entry: T) => string[],
  id: (entry: T) => string,
): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of wanted) {
    const found = entries.find((entry) =>
      keys(entry).some((key) => foldCase(key) === foldCase(name)),
    );
    if (found) ids.push(id(found));
    else unknown.push(name);
  }
  return { ids, unknown };
}

/** `vielfalt search`: runs one query against a feed and prints the hits. */
export const command: Command = {
  summary: 'Einen Feed durchsuchen / search a feed from the command line',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(io, usage, {
      args,
      allowPositionals: true,
      strict: true,
      options: {
        city: { type: 'string', multiple: true },
        field: { type: 'string', multiple: true },
        free: { type: 'boolean' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    if (typeof parsed === 'number') return parsed;
    const [file, text, ...extra] = parsed.positionals;
    if (file === undefined || text === undefined || extra.length > 0) {
      return usageError(
        io,
        {
          de: `erwartet <feed.json> und eine Suchanfrage, ${countOf(parsed.positionals.length, nouns.argument.de, 'de')} gefunden.`,
          en: `expected <feed.json> and a query, found ${countOf(parsed.positionals.length, nouns.argument.en, 'en')}.`,
        },
        usage,
      );
    }
    const limit = Number(parsed.values.limit ?? '10');
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      return usageError(
        io,
        {
          de: `--limit: erwartet 1 bis 1000, gefunden „${parsed.values.limit}“.`,
          en: `--limit: expected 1 to 1000, found "${parsed.values.limit}".`,
        },
        usage,
      );
    }
    const data = await readJsonFile(file, io.cwd);
    if (!data.ok) return usageError(io, data.message, usage);
    const { germanLexicon } = await import('@vielfalt/search/lexicon');
    const notAFeed = (reason: LocalizedMessage): number =>
      usageError(
        io,
        {
          de: `${file} ist kein gültiger Feed: ${reason.de}`,
          en: `${file} is not a valid feed: ${reason.en}`,
        },
        usage,
      );
    // In full here: the engine itself only checks a feed's outline, to keep zod out of browsers.
    const checked = feedSchema.safeParse(data.value, { reportInput: true });
    if (!checked.success) {
      const problems = describeIssues(checked.error.issues).slice(0, 3);
      return notAFeed({
        de: problems.map((p) => p.message.de).join('; '),
        en: problems.map((p) => p.message.en).join('; '),
      });
    }
    let index;
    try {
      index = loadOfferIndex(checked.data, { translator: germanLexicon });
    } catch (error) {
      const reason = (error as Error).message;
      return notAFeed({ de: reason, en: reason });
    }
    const { profile } = index;
    const cities = pick(
      parsed.values.city ?? [],
      profile.municipalities,
      (m) => [m.ags, m.name],
      (m) => m.ags,
    );
    const fields = pick(
      parsed.values.field ?? [],
      profile.fieldsOfAction,
      (f) => [f.id, ...Object.values(f.label)],
      (f) => f.id,
    );
    const unknown = [...cities.unknown, ...fields.unknown];
    if (unknown.length > 0) {
      return usageError(
        io,
        {
          de: `unbekannt im Profil ${profile.id}: ${unknown.join(', ')}`,
          en: `not in profile ${profile.id}: ${unknown.join(', ')}`,
        },
        usage,
      );
    }
    const query: OfferQueryInput = { text: `${text} `, limit, filters: {} };
    if (cities.ids.length > 0) query.filters = { ...query.filters, municipality: cities.ids };
    if (fields.ids.length > 0) query.filters = { ...query.filters, fieldOfAction: fields.ids };
    if (parsed.values.free) query.free = true;
    const result = index.search(query);
    if (parsed.values.json) {
      io.stdout.write(
        `${JSON.stringify({ ...result, hits: result.hits.map((h) => ({ id: h.offer.id, score: h.score, highlights: h.highlights })) }, null, 2)}\n`,
      );
      return 0;
    }
    const line = (hit: OfferHit, i: number) => {
      const texts = hit.offer.texts[profile.defaultLanguage] ?? Object.values(hit.offer.texts)[0];
      return `${String(i + 1).padStart(2)}. ${marked(texts?.title ?? hit.offer.id, hit.highlights.title)}  [${hit.offer.id}, ${hit.score.toFixed(2)}]\n    ${marked(texts?.summary ?? '', hit.highlights.summary)}\n`;
    };
    io.stdout.write(
      `${countOfBoth(result.total, nouns.hit.de, nouns.hit.en)}${result.language ? ` (${result.language})` : ''}\n${result.hits.map(line).join('')}`,
    );
    if (result.didYouMean) io.stdout.write(`Meinten Sie / did you mean: ${result.didYouMean}\n`);
    return 0;
  },
};
