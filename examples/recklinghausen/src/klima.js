import { parseKlimakonferenz } from '@vielfalt/klimakonferenz';

/** The board's workshop id in the store; facilitators record it live, the report beside it follows. */
export const liveWorkshopId = 'live-board';

const livePerspectives = [
  'verwaltung',
  'ehrenamt',
  'neuzugewanderte',
  'wohlfahrtsverband',
  'bildung',
  'verein-initiative',
];

/**
 * An empty workshop for the live board: twelve pseudonymous participants from six perspectives, no statements yet;
 * parsed, so it is stored as the server stores every workshop (defaults written out).
 */
export function liveWorkshop(fieldOfAction) {
  return parseKlimakonferenz({
    id: liveWorkshopId,
    title: 'Live-Klimakonferenz (Demo)',
    fieldOfAction,
    date: new Date().toISOString().slice(0, 10),
    statements: [],
    votes: {
      level: 'dots',
      participants: Array.from({ length: 12 }, (_, i) => ({
        id: `p${String(i + 1).padStart(2, '0')}`,
        perspective: livePerspectives[i % livePerspectives.length],
      })),
      dots: [],
    },
    fictional: true,
  });
}

/** Stores the county's workshops and the live board once, so results and the board come from the store. */
export async function seedKlimakonferenzen(store, profile, collection) {
  const existing = await store.listDocuments('klimakonferenz');
  if (existing.length > 0) return;
  const by = { userId: 'seed', role: 'moderator' };
  for (const workshop of collection?.workshops ?? [])
    await store.putDocument('klimakonferenz', workshop.id, workshop, by);
  await store.putDocument(
    'klimakonferenz',
    liveWorkshopId,
    liveWorkshop(profile.fieldsOfAction[0].id),
    by,
  );
}

/** The collection the county map reads: the stored workshops, with the county's labels. */
export async function klimaCollection(store, profile) {
  const workshops = (await store.listDocuments('klimakonferenz')).filter(
    (w) => w.id !== liveWorkshopId,
  );
  const county = {
    name: profile.county.name,
    municipalities: profile.municipalities.map(({ ags, name }) => ({ ags, name })),
    fieldsOfAction: profile.fieldsOfAction,
  };
  return { schemaVersion: 1, fictional: workshops.some((w) => w.fictional), county, workshops };
}
