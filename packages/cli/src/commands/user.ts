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
vielfalt user disable|enable|password|revoke --email <adresse> [--data ./data | --database-url postgres://…]

  add       Legt ein Konto an, z. B. die erste Moderatorin. / Creates an account, e.g. the first moderator.
  disable   Sperrt ein Konto und beendet seine Sitzungen. / Disables an account and ends its sessions.
  enable    Gibt ein gesperrtes Konto wieder frei. / Enables a disabled account again.
  password  Setzt ein neues Passwort und beendet alle Sitzungen. / Sets a new password and ends every session.
  revoke    Beendet alle Sitzungen eines Kontos. / Ends every session of an account.

  Passwörter (mindestens 12 Zeichen) kommen von der Standardeingabe oder werden abgefragt.
  Passwords (at least 12 characters) are read from standard input or prompted for.
  Jede Änderung steht im Audit-Log. / Every change goes into the audit log.

  --actor   Organisation eines Anbieterkontos / organisation of a provider account`;

/** Who the audit log names for changes made with this command. */
const cliActor = { userId: 'cli', role: 'moderator' } as const;

const adminActions = ['disable', 'enable', 'password', 'revoke'] as const;
type AdminAction = (typeof adminActions)[number];
const isAdminAction = (value: string | undefined): value is AdminAction =>
  (adminActions as readonly (string | undefined)[]).includes(value);

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

/** Runs `vielfalt user add|disable|enable|password|revoke` with the password from `password` (tests pass their own). */
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
  if (isAdminAction(positionals[0]) && positionals.length === 1)
    return administer(positionals[0], values, io, password);
  if (positionals[0] !== 'add' || positionals.length !== 1) {
    return usageError(
      io,
      {
        de: `erwartet „vielfalt user add|disable|enable|password|revoke …“, gefunden „${positionals.join(' ')}“.`,
        en: `expected "vielfalt user add|disable|enable|password|revoke …", found "${positionals.join(' ')}".`,
      },
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
  if (secret.length < 12) return shortPassword(io);
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

const shortPassword = (io: CommandIo) =>
  usageError(
    io,
    {
      de: 'Das Passwort braucht mindestens 12 Zeichen.',
      en: 'The password needs at least 12 characters.',
    },
    usage,
  );

/** `vielfalt user disable|enable|password|revoke --email …`: administers an account directly in the store. */
async function administer(
  action: AdminAction,
  values: {
    email?: string | undefined;
    data?: string | undefined;
    'database-url'?: string | undefined;
  },
  io: CommandIo,
  password: () => Promise<string>,
): Promise<number> {
  if (!values.email) {
    return usageError(
      io,
      { de: '--email fehlt: welches Konto?', en: '--email is missing: which account?' },
      usage,
    );
  }
  const secret = action === 'password' ? await password() : '';
  if (action === 'password' && secret.length < 12) return shortPassword(io);
  const store = await openStore(storeLocation(values, io.cwd));
  try {
    const email = values.email.toLowerCase();
    const user = (await store.listUsers()).find((u) => u.email === email);
    if (!user) {
      return failure(io, {
        de: `Ein Konto ${values.email} gibt es nicht.`,
        en: `There is no account ${values.email}.`,
      });
    }
    if (action === 'revoke') {
      const ended = await store.revokeSessions(user.id, cliActor);
      io.stdout.write(
        `✓ ${ended} Sitzung(en) beendet / ${ended} session(s) ended: ${user.email}\n`,
      );
    } else if (action === 'password') {
      await store.setPasswordHash(
        user.id,
        await hashPassword(secret, defaultPasswordCost),
        cliActor,
      );
      io.stdout.write(
        `✓ Passwort geändert, alle Sitzungen beendet / password changed, every session ended: ${user.email}\n`,
      );
    } else {
      await store.setUserDisabled(user.id, action === 'disable', cliActor);
      io.stdout.write(
        action === 'disable'
          ? `✓ Konto gesperrt, Sitzungen beendet / account disabled, sessions ended: ${user.email}\n`
          : `✓ Konto wieder freigegeben / account enabled again: ${user.email}\n`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}

/** `vielfalt user …`: creates and administers accounts directly in the store (the first moderator needs this). */
export const command: Command = {
  summary:
    'Konten anlegen, sperren, freigeben, Passwort setzen, Sitzungen beenden / create, disable, enable accounts, set passwords, end sessions',
  usage,
  run: (args, io) => addUser(args, io, () => readPassword()),
};
