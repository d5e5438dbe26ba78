import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A message to one recipient; plain text only. */
export interface Mail {
  /** The address. */
  to: string;
  /** The subject line. */
  subject: string;
  /** The plain-text body. */
  text: string;
}

/** Sends mail. Deployments plug in SMTP or their mail gateway; the defaults print or append to a file. */
export interface Mailer {
  /** Sends one mail; rejects when it could not be handed over. */
  send(mail: Mail): Promise<void>;
}

/** Writes each mail to a stream (the console by default); for development and small setups. */
export function consoleMailer(out: { write(text: string): unknown } = process.stdout): Mailer {
  return {
    async send(mail) {
      out.write(`--- mail to ${mail.to}: ${mail.subject}\n${mail.text}\n`);
    },
  };
}

/** Appends each mail as one JSON line to a file, for an outbox that another system delivers. */
export function fileMailer(file: string): Mailer {
  return {
    async send(mail) {
      await mkdir(dirname(file), { recursive: true });
      await appendFile(file, `${JSON.stringify({ ...mail, at: new Date().toISOString() })}\n`);
    },
  };
}
