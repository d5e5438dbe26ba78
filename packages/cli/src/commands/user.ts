import { createInterface } from 'node:readline';
import {
  defaultPasswordCost,
  hashPassword,
  openStore,
  roleSchema,
  StoreError,
} from '@vielfalt/server';
import type { Command, CommandIo } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { failure, usageError } from '../input.js';
import { storeLocation } from './serve.js';

const usage = `vielfalt user add --email <adresse> --role moderator|provider [--actor <id>] [--data ./data | --database-url postgres://…]

  Legt ein Konto an, z. B. die erste Moderatorin. Das Passwort (mindestens 12 Zeichen) kommt von
  der Standardeingabe oder wird abgefragt.
  Creates an account, e.g. the first moderator. The password (at least 12 characters) is read from
  standard input or prompted for.

  --actor   Organisation eines Anbieterkontos / organisation of a provider account`;

/** Reads the password: the first line of piped input, or typed at a prompt without echo. */
export async function readPassword(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
): Promise<string> {
  if (!input.isTTY) {
    let text = '';
    for await (const chunk of input) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  output.write('Passwort / password: ');
  const rl = createInterface({ input, terminal: true });
  // Typed characters are not echoed: the readline output is not attached to the terminal.
  const line = await new Promise<string>((resolve) => rl.once('line', resolve));
  rl.close();
  output.write('\n');
  return line;
}

/** Runs `vielfalt user add` with the password from `password` (tests pass their own). */
export async function addUser(
  args: string[],
  io: CommandIo,
  password: () => Promise<string>,
): Promise<number> {
  const parsed = parseCommandArgs(io, usage, {
    args,
    allowPositionals: true,
    strict: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      actor: { type: 'string' },
      data: { type: 'string' },
      'database-url': { type: 'string' },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { positionals, values } = parsed;
  if (positionals[0] !== 'add' || positionals.length !== 1) {
    return usageError(
      io,
      { de: 'erwartet „vielfalt user add …“.', en: 'expected "vielfalt user add …".' },
      usage,
    );
  }
  const role = roleSchema.safeParse(values.role);
  if (!role.success) {
    return usageError(
      io,
      {
        de: `--role: erwartet moderator oder provider, gefunden „${values.role ?? ''}“.`,
        en: `--role: expected moderator or provider, found "${values.role ?? ''}".`,
      },
      usage,
    );
  }
  if (!values.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) {
    return usageError(
      io,
      {
        de: `--email: erwartet eine E-Mail-Adresse, gefunden „${values.email ?? ''}“.`,
        en: `--email: expected an e-mail address, found "${values.email ?? ''}".`,
      },
      usage,
    );
  }
  if (role.data === 'provider' && !values.actor) {
    return usageError(
      io,
      { de: 'Ein Anbieterkonto braucht --actor.', en: 'A provider account needs --actor.' },
      usage,
    );
  }
  const secret = await password();
  if (secret.length < 12) {
    return usageError(
      io,
      {
        de: 'Das Passwort braucht mindestens 12 Zeichen.',
        en: 'The password needs at least 12 characters.',
      },
      usage,
    );
  }
  const store = await openStore(storeLocation(values, io.cwd));
  try {
    if (values.actor && !(await store.getActor(values.actor))) {
      return usageError(
        io,
        {
          de: `--actor: Organisation „${values.actor}“ gibt es nicht.`,
          en: `--actor: organisation "${values.actor}" does not exist.`,
        },
        usage,
      );
    }
    const user = await store.createUser({
      email: values.email,
      role: role.data,
      actorId: role.data === 'provider' ? (values.actor ?? null) : null,
      passwordHash: await hashPassword(secret, defaultPasswordCost),
    });
    io.stdout.write(`✓ Konto angelegt / account created: ${user.email} (${user.role})\n`);
    return 0;
  } catch (error) {
    if (error instanceof StoreError) {
      return failure(io, error.messages);
    }
    throw error;
  } finally {
    await store.close();
  }
}

/** `vielfalt user add`: creates an account directly in the store (the first moderator needs this). */
export const command: Command = {
  summary: 'Konto anlegen / create an account (e.g. the first moderator)',
  usage,
  run: (args, io) => addUser(args, io, () => readPassword()),
};
