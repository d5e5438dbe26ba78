import * as z from 'zod';
import type { Route } from '../http/route.js';
import { route } from '../http/route.js';
import { authRoutes } from './auth.js';
import { contactRoutes } from './contacts.js';
import { contentRoutes } from './content.js';
import { interopRoutes } from './interop.js';
import { klimakonferenzRoutes } from './klimakonferenz.js';
import { manageOfferRoutes } from './manage-offers.js';
import { publicOfferRoutes } from './public-offers.js';
import { reviewRoutes } from './review.js';
import { userRoutes } from './users.js';

const healthRoute = route({
  method: 'GET',
  path: '/health',
  access: 'public',
  tag: 'operations',
  summary: 'Liveness and database check for load balancers',
  response: z.object({ ok: z.literal(true), revision: z.number().int() }),
  async handler({ server }) {
    return { body: { ok: true, revision: (await server.store.publicationRevision()).revision } };
  },
});

/** Every route of the API except `/openapi.json`, which is generated from this list. */
export const apiRoutes: readonly Route[] = [
  healthRoute,
  ...publicOfferRoutes,
  ...interopRoutes,
  ...contactRoutes,
  ...contentRoutes,
  ...klimakonferenzRoutes,
  ...authRoutes,
  ...userRoutes,
  ...manageOfferRoutes,
  ...reviewRoutes,
];
