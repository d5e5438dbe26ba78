import * as z from 'zod';
import { describeIssues, problemAt, problemSchema, truncate, type Problem } from '@vielfalt/model';

/** Text in German and English; German first, as the county works in German. */
export interface Bilingual {
  de: string;
  en: string;
}

/** The body of every error response. */
export const errorBodySchema = z.object({
  error: z.object({
    status: z.number().int(),
    code: z.string(),
    message: z.object({ de: z.string(), en: z.string() }),
    problems: z.array(problemSchema).optional(),
    /** How many problems there were in all, when more than the listed {@link MAX_LISTED_PROBLEMS}. */
    problemCount: z.number().int().optional(),
  }),
});

/** An error answer lists at most this many problems (and says how many there were), so it stays small. */
export const MAX_LISTED_PROBLEMS = 50;
/** The message of an error answer quotes at most this many problems. */
const MAX_QUOTED_PROBLEMS = 5;
/** The body of every error response; see {@link errorBodySchema}. */
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** An error that becomes an HTTP response with the given status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: Bilingual;
  readonly problems: Problem[] | undefined;
  readonly headers: Record<string, string>;
  constructor(
    status: number,
    code: string,
    messages: Bilingual,
    problems?: Problem[],
    headers: Record<string, string> = {},
  ) {
    super(messages.en);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messages = messages;
    this.problems = problems;
    this.headers = headers;
  }

  /** The JSON body sent to the client. */
  toBody(): ErrorBody {
    const listed = this.problems?.slice(0, MAX_LISTED_PROBLEMS);
    return {
      error: {
        status: this.status,
        code: this.code,
        message: this.messages,
        ...(listed ? { problems: listed } : {}),
        ...(this.problems && this.problems.length > MAX_LISTED_PROBLEMS
          ? { problemCount: this.problems.length }
          : {}),
      },
    };
  }
}

/**
 * Keys the client sent that the schema does not know. zod drops them silently, so comparing the input
 * with the parsed output finds every one, however deep, without rewriting the model's schemas as strict.
 */
export function unknownKeys(
  input: unknown,
  output: unknown,
  path: readonly PropertyKey[],
): Problem[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, i) => unknownKeys(item, output[i], [...path, i]));
  }
  if (
    !input ||
    !output ||
    typeof input !== 'object' ||
    typeof output !== 'object' ||
    Array.isArray(input) ||
    Array.isArray(output)
  )
    return [];
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(input)) {
    const at = [...path, key];
    if (!Object.prototype.hasOwnProperty.call(output, key)) {
      problems.push(
        problemAt(at, 'unknown-field', {
          de: `unbekanntes Feld „${truncate(key)}“; erwartet nur die Felder der Schnittstellenbeschreibung (/openapi.json), bitte weglassen.`,
          en: `unknown field "${truncate(key)}"; expected only the fields of the API description (/openapi.json), leave it out.`,
        }),
      );
    } else {
      problems.push(...unknownKeys(value, (output as Record<string, unknown>)[key], at));
    }
  }
  return problems;
}

/**
 * Validates one part of a request: refuses wrong types, broken rules and unknown fields alike with a
 * 400 that lists every problem in German and English.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: string,
): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  const problems = result.success
    ? unknownKeys(input, result.data, [where])
    : describeIssues(result.error.issues, [where]);
  if (problems.length > 0 || !result.success) {
    const quoted = problems.slice(0, MAX_QUOTED_PROBLEMS);
    const more = problems.length - quoted.length;
    throw new ApiError(
      400,
      'invalid-request',
      {
        de: `Die Anfrage ist ungültig (${where}): ${quoted.map((p) => p.message.de).join('; ')}${more > 0 ? `; und ${more} weitere Probleme (siehe problems)` : ''}`,
        en: `The request is invalid (${where}): ${quoted.map((p) => p.message.en).join('; ')}${more > 0 ? `; and ${more} more problems (see problems)` : ''}`,
      },
      problems,
    );
  }
  return result.data;
}

/** Common refusals. */
export const refusals = {
  unauthenticated: () =>
    new ApiError(401, 'unauthenticated', {
      de: 'Bitte zuerst anmelden.',
      en: 'Please sign in first.',
    }),
  forbidden: (
    why: Bilingual = { de: 'Dafür fehlt die Berechtigung.', en: 'You are not allowed to do this.' },
  ) => new ApiError(403, 'forbidden', why),
  notFound: (what: Bilingual) => new ApiError(404, 'not-found', what),
  tooMany: (retryAfterSeconds: number) =>
    new ApiError(
      429,
      'too-many-requests',
      {
        de: `Zu viele Anfragen; bitte in ${retryAfterSeconds} Sekunden erneut versuchen.`,
        en: `Too many requests; please try again in ${retryAfterSeconds} seconds.`,
      },
      undefined,
      { 'retry-after': String(retryAfterSeconds) },
    ),
};
