import type { Dataset } from '@vielfalt/model';
import type { DocumentKind } from './records.js';
import type { ActingUser, Store } from './store.js';

const seeder: ActingUser = { userId: 'seed', role: 'moderator' };

/**
 * Loads a validated dataset into a store: actors, contacts, good practice, goals and action steps as
 * they are; offers through the review workflow, so that published ones end up published with one
 * approved version each. Running it twice adds a version per offer and changes nothing else.
 */
export async function seedStore(store: Store, dataset: Dataset): Promise<{ offers: number }> {
  for (const actor of dataset.actors) await store.putActor(actor, seeder);
  for (const contact of dataset.contacts) await store.putContact(contact, seeder);
  const documents: [DocumentKind, { id: string }[]][] = [
    ['goodPractice', dataset.goodPractices],
    ['goal', dataset.goals],
    ['actionStep', dataset.actionSteps],
  ];
  for (const [kind, list] of documents)
    for (const doc of list) await store.putDocument(kind, doc.id, doc, seeder);
  for (const offer of dataset.offers) {
    const publish = offer.status === 'published';
    const { record } = await store.saveOffer(offer, seeder, {
      submit: publish || offer.status === 'submitted',
    });
    if (publish) await store.approveOffer(offer.id, record.latestVersion, seeder);
    else if (offer.status === 'archived') await store.archiveOffer(offer.id, undefined, seeder);
  }
  return { offers: dataset.offers.length };
}
