import { createHash } from 'node:crypto';
import * as z from 'zod';
import {
  dotSchema,
  klimakonferenzSchema,
  participantSchema,
  scoreWorkshop,
  statementSchema,
  workshopScoreSchema,
  type Klimakonferenz,
} from '@vielfalt/klimakonferenz';
import { ApiError, parseInput, refusals } from '../http/problem.js';
import { route } from '../http/route.js';
import type { ServerContext } from '../context.js';
import { acting, signedIn } from './access.js';
import { idParamsSchema, requireSameId } from './schemas.js';

const notFound = (id: string) =>
  refusals.notFound({
    de: `Klimakonferenz „${id}“ gibt es nicht.`,
    en: `Klimakonferenz "${id}" does not exist.`,
  });

async function load(server: ServerContext, id: string): Promise<Klimakonferenz> {
  const doc = await server.store.getDocument('klimakonferenz', id);
  if (!doc) throw notFound(id);
  return parseInput(klimakonferenzSchema, doc, 'stored');
}

/** Live boards take dots one by one, which needs the finest input level. */
function requireDotsLevel(
  workshop: Klimakonferenz,
): asserts workshop is Klimakonferenz & { votes: { level: 'dots' } } {
  if (workshop.votes.level !== 'dots') {
    throw new ApiError(409, 'wrong-input-level', {
      de: `Die Klimakonferenz erfasst Stimmen als „${workshop.votes.level}“; die Live-Tafel braucht „dots“.`,
      en: `The Klimakonferenz records votes as "${workshop.votes.level}"; the live board needs "dots".`,
    });
  }
}

/**
 * Applies one change to a stored workshop inside the store's document transaction, so dots placed at
 * the same moment by several facilitators are all kept.
 */
async function change(
  server: ServerContext,
  id: string,
  user: ReturnType<typeof signedIn>,
  apply: (workshop: Klimakonferenz) => Klimakonferenz,
) {
  const updated = await server.store.updateDocument(
    'klimakonferenz',
    id,
    (doc) => apply(parseInput(klimakonferenzSchema, doc, 'stored')),
    acting(user),
  );
  if (!updated) throw notFound(id);
  return updated;
}

const boardSchema = z.object({ workshop: klimakonferenzSchema, version: z.string() });
const board = (workshop: Klimakonferenz) => ({
  workshop,
  version: createHash('sha256').update(JSON.stringify(workshop)).digest('base64url').slice(0, 16),
});

/**
 * A moderator's route that adds one thing (statement, participant, dot) to the live board: `apply`
 * runs inside the store's transaction and the answer is the whole board with its new version.
 */
function boardChange<B extends z.ZodType>(definition: {
  path: string;
  summary: string;
  body: B;
  apply: (workshop: Klimakonferenz, body: z.infer<B>) => Klimakonferenz;
}) {
  return route({
    method: 'POST',
    path: definition.path,
    access: 'moderator',
    tag: 'klimakonferenz',
    summary: definition.summary,
    params: idParamsSchema,
    body: definition.body,
    response: boardSchema,
    successStatus: 201,
    async handler({ params, body, user, server }) {
      const updated = await change(server, params.id, signedIn(user), (w) =>
        definition.apply(w, body),
      );
      return { body: board(updated) };
    },
  });
}

/** Klimakonferenz workshops: public results; the live board backend for moderators. */
export const klimakonferenzRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/klimakonferenzen',
    access: 'public',
    tag: 'public',
    summary: 'The Klimakonferenz workshops (without votes)',
    response: z.array(
      klimakonferenzSchema.pick({
        id: true,
        title: true,
        fieldOfAction: true,
        municipality: true,
        date: true,
        round: true,
        fictional: true,
      }),
    ),
    async handler({ server }) {
      const all = (await server.store.listDocuments('klimakonferenz')).map((doc) =>
        parseInput(klimakonferenzSchema, doc, 'stored'),
      );
      return {
        body: all.map(({ id, title, fieldOfAction, municipality, date, round, fictional }) => ({
          id,
          fieldOfAction,
          date,
          round,
          fictional,
          ...(title ? { title } : {}),
          ...(municipality ? { municipality } : {}),
        })),
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/klimakonferenzen/{id}/results',
    access: 'public',
    tag: 'public',
    summary: 'Scored results of a workshop: shares with intervals, tiers, perspectives',
    params: idParamsSchema,
    response: workshopScoreSchema,
    async handler({ params, server }) {
      return { body: scoreWorkshop(await load(server, params.id)) };
    },
  }),
  route({
    method: 'PUT',
    path: '/api/v1/klimakonferenzen/{id}',
    access: 'moderator',
    tag: 'klimakonferenz',
    summary: 'Create or replace a workshop',
    params: idParamsSchema,
    body: klimakonferenzSchema,
    response: boardSchema,
    async handler({ params, body, user, server }) {
      requireSameId(params.id, body.id);
      await server.store.putDocument('klimakonferenz', body.id, body, acting(signedIn(user)));
      return { body: board(body) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/klimakonferenzen/{id}/board',
    access: 'moderator',
    tag: 'klimakonferenz',
    summary: 'The live board: the whole workshop and a version to poll for changes',
    params: idParamsSchema,
    response: boardSchema,
    async handler({ params, server }) {
      return { body: board(await load(server, params.id)) };
    },
  }),
  boardChange({
    path: '/api/v1/klimakonferenzen/{id}/statements',
    summary: 'Put a statement on a wall',
    body: statementSchema,
    apply(w, statement) {
      if (w.statements.some((s) => s.id === statement.id)) {
        throw new ApiError(409, 'duplicate-statement', {
          de: `Aussage „${statement.id}“ gibt es schon.`,
          en: `Statement "${statement.id}" exists already.`,
        });
      }
      return { ...w, statements: [...w.statements, statement] };
    },
  }),
  boardChange({
    path: '/api/v1/klimakonferenzen/{id}/participants',
    summary: 'Register a pseudonymous participant with their perspective',
    body: participantSchema,
    apply(w, participant) {
      requireDotsLevel(w);
      if (w.votes.participants.some((p) => p.id === participant.id)) return w;
      return { ...w, votes: { ...w.votes, participants: [...w.votes.participants, participant] } };
    },
  }),
  boardChange({
    path: '/api/v1/klimakonferenzen/{id}/dots',
    summary: 'Place a dot on a statement (vote rules are checked when results are scored)',
    body: dotSchema,
    apply(w, dot) {
      requireDotsLevel(w);
      if (!w.statements.some((s) => s.id === dot.statement)) {
        throw new ApiError(400, 'unknown-statement', {
          de: `body.statement: Aussage „${dot.statement}“ gibt es nicht.`,
          en: `body.statement: statement "${dot.statement}" does not exist.`,
        });
      }
      if (!w.votes.participants.some((p) => p.id === dot.participant)) {
        throw new ApiError(400, 'unknown-participant', {
          de: `body.participant: „${dot.participant}“ ist nicht angemeldet.`,
          en: `body.participant: "${dot.participant}" is not registered.`,
        });
      }
      return { ...w, votes: { ...w.votes, dots: [...w.votes.dots, dot] } };
    },
  }),
];
