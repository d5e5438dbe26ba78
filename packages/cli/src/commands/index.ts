import { resolve } from 'node:path';
import { formatProblem, validateDataset } from '@vielfalt/model';
import { buildFeed } from '@vielfalt/search';
import type { Command } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { readJsonFile, resolveProfile, usageError } from '../input.js';
import { countOfBoth, nouns } from '../plural.js';
import { progressBar } from '../progress.js';
import { writeAtomically } from '../write-atomically.js';

const usage = `vielfalt index build <dataset.json> [--out feed.json] [--profile recklinghausen|<profile.json>]

  Baut einen Feed: die veröffentlichten Angebote, ihre Träger, das Kreisprofil und den fertigen Suchindex,
  den Seiten laden, statt im Browser zu indexieren.
  Builds a feed: the published offers, their providers, the county profile and the prebuilt search index
  that pages load instead of indexing in the browser.

  --out      Zieldatei / output file (Standard/default: feed.json)
  --profile  recklinghausen oder/or a profile file *.json (Standard/default: profileId des Datensatzes/of the dataset)

  Exit: 0 gebaut/built · 1 Datensatz ungültig/invalid dataset · 2 Aufruffehler/usage error`;

/** `vielfalt index build`: writes a feed with the prebuilt search index. */
export const command: Command = {
  summary: 'Suchindex und Feed bauen / build a feed with the prebuilt search index',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(io, usage, {
      args,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string' }, profile: { type: 'string' } },
    });
    if (typeof parsed === 'number') return parsed;
    const [action, file, ...extra] = parsed.positionals;
    if (action !== 'build' || file === undefined || extra.length > 0) {
      return usageError(
        io,
        {
          de: `erwartet „build <dataset.json>“, gefunden „${parsed.positionals.join(' ')}“.`,
          en: `expected "build <dataset.json>", found "${parsed.positionals.join(' ')}".`,
        },
        usage,
      );
    }
    const data = await readJsonFile(file, io.cwd);
    if (!data.ok) return usageError(io, data.message, usage);
    const profile = await resolveProfile(parsed.values.profile, data.value, io.cwd);
    if (!profile.ok) return usageError(io, profile.message, usage, profile.problems);
    const checked = validateDataset(profile.value, data.value);
    if (!checked.ok) {
      io.stderr.write(
        `Fehler: ${file} ist ungültig (${checked.problems.length}); vielfalt validate zeigt alles.\n` +
          `Error: ${file} is invalid (${checked.problems.length}); vielfalt validate shows everything.\n` +
          checked.problems
            .slice(0, 10)
            .map((p) => `  ✗ ${formatProblem(p, 'en')}\n`)
            .join(''),
      );
      return 1;
    }
    const started = performance.now();
    const feed = buildFeed(checked.dataset, profile.value, {
      onProgress: progressBar(io, 'Index'),
    });
    const out = resolve(io.cwd, parsed.values.out ?? 'feed.json');
    const json = JSON.stringify(feed);
    await writeAtomically(out, json);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout.write(
      `✓ ${out}: ${countOfBoth(feed.offers.length, nouns.offer.de, nouns.offer.en)}, ${(json.length / 1024).toFixed(0)} KB, ${seconds} s\n`,
    );
    return 0;
  },
};
