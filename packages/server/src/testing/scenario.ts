import { randomBytes } from 'node:crypto';
import type { KlimakonferenzInput } from '@vielfalt/klimakonferenz';
import { hashToken } from '../auth/tokens.js';
import type { Store } from '../store/store.js';
import { actorFixture, offerInputFixture } from './fixtures.js';

const setup = { userId: 'test-setup', role: 'moderator' as const };
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** The content of an offer as the API takes it (without id, status, history). */
export function offerContent(providerId: string, title = 'Deutschkurs für Eltern') {
  const {
    id: _id,
    status: _status,
    history: _history,
    ...content
  } = offerInputFixture('x', providerId, title);
  return content;
}

/** A fresh offer of `providerId` in the given state; returns its id. */
export async function offerIn(
  store: Store,
  providerId: string,
  state: 'draft' | 'submitted' | 'published',
): Promise<string> {
  const id = unique('angebot');
  await store.saveOffer(offerInputFixture(id, providerId), setup, { submit: state !== 'draft' });
  if (state === 'published') await store.approveOffer(id, 1, setup);
  return id;
}

/** An open invitation; returns the token of its link. */
export async function invitation(store: Store): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await store.createInvitation(
    {
      tokenHash: hashToken(token),
      email: `${unique('neu')}@example.org`,
      role: 'provider',
      actorId: 'traeger-a',
      expiresAt: '2999-01-01T00:00:00.000Z',
    },
    setup,
  );
  return token;
}

/** A small live workshop with one statement and one participant. */
export function workshopFixture(id: string): KlimakonferenzInput {
  return {
    id,
    fieldOfAction: 'wohnen',
    municipality: '05562032',
    date: '2026-05-12',
    statements: [{ id: 'aussage-1', wall: 'sonne', text: 'Gute Nachbarschaftshilfe' }],
    votes: { level: 'dots', participants: [{ id: 'p1', perspective: 'verwaltung' }], dots: [] },
    fictional: true,
  };
}

/** A stored workshop; returns its id. */
export async function workshopIn(store: Store): Promise<string> {
  const id = unique('kk');
  await store.putDocument('klimakonferenz', id, workshopFixture(id), setup);
  return id;
}

/** A stored goal and action step; returns the step's id. */
export async function actionStepIn(store: Store): Promise<{ goalId: string; stepId: string }> {
  const goalId = unique('ziel');
  const stepId = unique('schritt');
  await store.putDocument(
    'goal',
    goalId,
    {
      id: goalId,
      fieldOfAction: 'wohnen',
      title: { de: 'Wohnraum sichern' },
      sourceStatementIds: [],
    },
    setup,
  );
  await store.putDocument(
    'actionStep',
    stepId,
    {
      id: stepId,
      goalId,
      title: { de: 'Runder Tisch Wohnen' },
      responsibleActorIds: ['traeger-a'],
      partnerActorIds: [],
      municipalities: [],
      status: 'planned',
      statusHistory: [],
      sourceStatementIds: [],
    },
    setup,
  );
  return { goalId, stepId };
}

/** An actor the moderator may create. */
export const newActor = (id: string) => actorFixture(id, `Neuer Träger ${id}`);
