import * as z from 'zod';
import {
  actionStepSchema,
  actionStepStatusSchema,
  actorSchema,
  goalSchema,
  goodPracticeSchema,
  type ActionStep,
} from '@vielfalt/model';
import { ApiError, parseInput, refusals } from '../http/problem.js';
import { route } from '../http/route.js';
import { acting, signedIn } from './access.js';
import { idParamsSchema, requireSameId } from './schemas.js';

/** Organisations, good practice and the strategy (goals and action steps with status history). */
export const contentRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/actors',
    access: 'public',
    tag: 'public',
    summary: 'Organisations (providers, offices, clubs, initiatives)',
    response: z.array(actorSchema),
    async handler({ server }) {
      return { body: await server.store.listActors() };
    },
  }),
  route({
    method: 'PUT',
    path: '/api/v1/actors/{id}',
    access: 'moderator',
    tag: 'moderators',
    summary: 'Create or change an organisation',
    params: idParamsSchema,
    body: actorSchema,
    response: actorSchema,
    async handler({ params, body, user, server }) {
      requireSameId(params.id, body.id);
      await server.store.putActor(body, acting(signedIn(user)));
      return { body };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/good-practices',
    access: 'public',
    tag: 'public',
    summary: 'Good-practice examples',
    response: z.array(goodPracticeSchema),
    async handler({ server }) {
      return { body: await server.store.listDocuments('goodPractice') };
    },
  }),
  route({
    method: 'PUT',
    path: '/api/v1/good-practices/{id}',
    access: 'moderator',
    tag: 'moderators',
    summary: 'Create or change a good-practice example',
    params: idParamsSchema,
    body: goodPracticeSchema,
    response: goodPracticeSchema,
    async handler({ params, body, user, server }) {
      requireSameId(params.id, body.id);
      await server.store.putDocument('goodPractice', body.id, body, acting(signedIn(user)));
      return { body };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/strategy',
    access: 'public',
    tag: 'public',
    summary: 'The strategy: goals and action steps with their status history',
    response: z.object({ goals: z.array(goalSchema), actionSteps: z.array(actionStepSchema) }),
    async handler({ server }) {
      return {
        body: {
          goals: await server.store.listDocuments('goal'),
          actionSteps: await server.store.listDocuments('actionStep'),
        },
      };
    },
  }),
  route({
    method: 'PUT',
    path: '/api/v1/strategy/goals/{id}',
    access: 'moderator',
    tag: 'moderators',
    summary: 'Create or change a goal',
    params: idParamsSchema,
    body: goalSchema,
    response: goalSchema,
    async handler({ params, body, user, server }) {
      requireSameId(params.id, body.id);
      await server.store.putDocument('goal', body.id, body, acting(signedIn(user)));
      return { body };
    },
  }),
  route({
    method: 'PUT',
    path: '/api/v1/strategy/action-steps/{id}',
    access: 'moderator',
    tag: 'moderators',
    summary:
      'Create or change an action step (its status changes go through /status, which keeps the history)',
    params: idParamsSchema,
    body: actionStepSchema.omit({ statusHistory: true }),
    response: actionStepSchema,
    async handler({ params, body, user, server }) {
      requireSameId(params.id, body.id);
      if (!(await server.store.getDocument('goal', body.goalId))) {
        throw new ApiError(400, 'unknown-goal', {
          de: `body.goalId: Ziel „${body.goalId}“ gibt es nicht.`,
          en: `body.goalId: goal "${body.goalId}" does not exist.`,
        });
      }
      const me = signedIn(user);
      const at = new Date().toISOString();
      const existing = (await server.store.getDocument('actionStep', body.id)) as
        ActionStep | undefined;
      const history = existing?.statusHistory ?? [];
      const changed = existing?.status !== body.status;
      const step: ActionStep = {
        ...body,
        statusHistory: changed
          ? [...history, { status: body.status, at, by: 'moderator' }]
          : history,
      };
      await server.store.putDocument('actionStep', step.id, step, acting(me));
      return { body: step };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/strategy/action-steps/{id}/status',
    access: 'moderator',
    tag: 'moderators',
    summary: 'Change the status of an action step; the change is added to its history',
    params: idParamsSchema,
    body: z.object({
      status: actionStepStatusSchema,
      note: z.string().trim().min(1).max(1000).optional(),
    }),
    response: actionStepSchema,
    async handler({ params, body, user, server }) {
      const me = signedIn(user);
      const at = new Date().toISOString();
      const step = await server.store.updateDocument(
        'actionStep',
        params.id,
        (doc) => {
          const current = parseInput(actionStepSchema, doc, 'stored');
          return {
            ...current,
            status: body.status,
            statusHistory: [
              ...current.statusHistory,
              {
                status: body.status,
                at,
                by: 'moderator',
                ...(body.note ? { note: body.note } : {}),
              },
            ],
          };
        },
        acting(me),
      );
      if (!step)
        throw refusals.notFound({
          de: `Handlungsschritt „${params.id}“ gibt es nicht.`,
          en: `Action step "${params.id}" does not exist.`,
        });
      return { body: step };
    },
  }),
];
