import { resolve } from 'node:path';
import { datasetSchema, type Dataset } from '@vielfalt/model';
import {
  createPostgresSearch,
  createServer,
  fileMailer,
  openStore,
  seedStore,
  startReminderJob,
  type Store,
} from '@vielfalt/server';
import type { Command, CommandIo } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { countOfBoth, nouns } from '../plural.js';
import { readJsonFile, resolveProfile, usageError } from '../input.js';

const usage = `vielfalt serve [--data ./data | --database-url postgres://…] [--port 8080] [--host 127.0.0.1]
               [--seed sample|<dataset.json>] --profile recklinghausen|<profile.json>
               [--search memory|postgres] [--outbox mail.jsonl] [--remind-months 12]
               [--insecure-cookies] [--trust-proxy]

  Startet die Angebotsdatenbank. Ohne --database-url (oder DATABASE_URL) liegt alles in einer
  SQLite-Datei im Datenordner. --seed lädt Daten nur in eine leere Datenbank.
  Starts the offer database. Without --database-url (or DATABASE_URL) everything is kept in an
  SQLite file in the data folder. --seed loads data into an empty database only.

  --profile         Kreisprofil: recklinghausen oder eine Datei *.json; mit --seed Standard: profileId des Datensatzes
                    county profile: recklinghausen or a file *.json; with --seed the dataset's profileId by default
  --search          memory (Standard/default, @vielfalt/search) or postgres (Volltext/full text, German)
  --outbox          Erinnerungen in diese Datei statt auf die Konsole / reminders to this file, not the console
  --remind-months   Erinnerung an Angebote, die so lange nicht geprüft wurden / remind about offers unchecked this long
  --insecure-cookies  Cookies ohne Secure (nur für http://127.0.0.1) / cookies without Secure (plain-HTTP tests only)
  --trust-proxy     Client-Adresse aus X-Forwarded-For (hinter einem Load Balancer) / client address from X-Forwarded-For`;

async function loadSeed(
  seed: string,
  io: CommandIo,
): Promise<{ ok: true; dataset: Dataset } | { ok: false; code: number }> {
  if (seed === 'sample') {
    const { recklinghausenSample } = await import('@vielfalt/sample-data');
    return { ok: true, dataset: recklinghausenSample };
  }
  const data = await readJsonFile(seed, io.cwd);
  if (!data.ok) return { ok: false, code: usageError(io, data.message, usage) };
  const parsed = datasetSchema.safeParse(data.value);
  if (!parsed.success) {
    return {
      ok: false,
      code: usageError(
        io,
        {
          de: `--seed: ${seed} ist kein gültiger Datensatz.`,
          en: `--seed: ${seed} is not a valid dataset.`,
        },
        usage,
      ),
    };
  }
  return { ok: true, dataset: parsed.data };
}

/** Where the data lives: a PostgreSQL URL, or the data folder. */
export function storeLocation(
  values: { data?: string | undefined; 'database-url'?: string | undefined },
  cwd: string,
): string {
  return (
    values['database-url'] ?? process.env['DATABASE_URL'] ?? resolve(cwd, values.data ?? 'data')
  );
}

async function seedIfEmpty(store: Store, dataset: Dataset, io: CommandIo): Promise<void> {
  const { total } = await store.listOffers({}, { offset: 0, limit: 1 });
  if (total > 0) {
    io.stdout.write(
      'Datenbank enthält schon Angebote; --seed übersprungen. / Database has offers already; --seed skipped.\n',
    );
    return;
  }
  const { offers } = await seedStore(store, dataset);
  io.stdout.write(`${countOfBoth(offers, nouns.offer.de, nouns.offer.en)} geladen/loaded.\n`);
}

/** `vielfalt serve`: runs the offer database service until SIGTERM or SIGINT. */
export const command: Command = {
  summary: 'Angebotsdatenbank starten / run the offer database service',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(io, usage, {
      args,
      strict: true,
      options: {
        data: { type: 'string' },
        'database-url': { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        profile: { type: 'string' },
        search: { type: 'string' },
        outbox: { type: 'string' },
        'remind-months': { type: 'string' },
        'insecure-cookies': { type: 'boolean' },
        'trust-proxy': { type: 'boolean' },
      },
    });
    if (typeof parsed === 'number') return parsed;
    const { values } = parsed;
    const port = Number(values.port ?? process.env['PORT'] ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      return usageError(
        io,
        {
          de: `--port: erwartet 0 bis 65535, gefunden „${values.port}“.`,
          en: `--port: expected 0 to 65535, found "${values.port}".`,
        },
        usage,
      );
    }
    const months = Number(values['remind-months'] ?? 12);
    if (!Number.isInteger(months) || months < 1) {
      return usageError(
        io,
        {
          de: '--remind-months: erwartet eine ganze Zahl ab 1.',
          en: '--remind-months: expected a whole number from 1.',
        },
        usage,
      );
    }
    const searchKind = values.search ?? 'memory';
    if (searchKind !== 'memory' && searchKind !== 'postgres') {
      return usageError(
        io,
        {
          de: `--search: erwartet memory oder postgres, gefunden „${searchKind}“.`,
          en: `--search: expected memory or postgres, found "${searchKind}".`,
        },
        usage,
      );
    }
    const seed = values.seed ? await loadSeed(values.seed, io) : undefined;
    if (seed && !seed.ok) return seed.code;
    const profile = await resolveProfile(values.profile, seed?.dataset, io.cwd);
    if (!profile.ok) return usageError(io, profile.message, usage, profile.problems);

    const location = storeLocation(values, io.cwd);
    const postgres = /^postgres(ql)?:\/\//.test(location);
    if (searchKind === 'postgres' && !postgres) {
      return usageError(
        io,
        {
          de: '--search postgres braucht --database-url.',
          en: '--search postgres needs --database-url.',
        },
        usage,
      );
    }
    const store = await openStore(location);
    if (seed?.ok) await seedIfEmpty(store, seed.dataset, io);
    const mailer = values.outbox ? fileMailer(resolve(io.cwd, values.outbox)) : undefined;
    const server = createServer({
      store,
      profile: profile.value,
      ...(searchKind === 'postgres' ? { search: createPostgresSearch(location) } : {}),
      ...(mailer ? { mailer } : {}),
      config: {
        secureCookies: !values['insecure-cookies'],
        trustProxy: values['trust-proxy'] ?? false,
      },
    });
    const url = await server.listen(port, values.host ?? process.env['HOST'] ?? '127.0.0.1');
    const reminders = startReminderJob(server.context, { months });
    io.stdout.write(
      `vielfalt läuft auf / is running at ${url} (${postgres ? 'PostgreSQL' : location})\n`,
    );
    return new Promise<number>((done) => {
      const stop = (signal: string) => {
        io.stdout.write(`${signal}: beende laufende Anfragen / finishing running requests…\n`);
        reminders.stop();
        void server.close().then(() => done(0));
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
  },
};
