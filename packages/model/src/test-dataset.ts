import type { DatasetInput, OfferInput } from './index.js';

/**
 * A small valid Recklinghausen dataset for tests (fictional, no real persons). Each call returns a fresh copy
 * so a test can break it in place.
 */
export function testDataset(): DatasetInput {
  const offer: OfferInput = {
    id: 'sprachcafe-marl',
    kind: 'meeting',
    texts: {
      de: {
        title: 'Sprachcafé Marl',
        summary: 'Deutsch sprechen bei Kaffee und Kuchen.',
        status: 'original',
      },
      en: {
        title: 'Language café Marl',
        summary: 'Practise German over coffee and cake.',
        status: 'human-checked',
      },
    },
    easyLanguage: { title: 'Sprach-Café', summary: 'Hier sprechen Sie Deutsch. Es gibt Kaffee.' },
    providerId: 'awo-marl',
    contactIds: ['kontakt-awo-marl'],
    area: { kind: 'municipalities', ags: ['05562024'] },
    locations: [
      {
        id: 'treff-marl-mitte',
        name: 'Stadtteiltreff Marl-Mitte',
        municipality: '05562024',
        address: { street: 'Beispielweg 1', postalCode: '45772', locality: 'Marl' },
        geo: { lat: 51.652, lon: 7.09 },
        placeKind: 'stadtteilzentrum',
        accessibility: { wheelchair: 'yes' },
      },
    ],
    fieldsOfAction: ['bildung-ab-15', 'engagement'],
    targetGroups: [{ id: 'erwachsene', minAge: 16, maxAge: 99 }, { id: 'aktuelle-zuwanderer' }],
    languages: ['de', 'ar', 'uk'],
    cost: { kind: 'free' },
    format: 'on-site',
    registration: { required: false },
    schedule: {
      weekly: [{ day: 'tu', opens: '15:00', closes: '17:00' }],
      validFrom: '2026-01-05',
      closures: [{ from: '2026-12-21', until: '2027-01-03', reason: { de: 'Weihnachtsferien' } }],
    },
    status: 'published',
    history: [
      { status: 'submitted', at: '2026-01-02T09:00:00Z', by: 'awo-marl' },
      { status: 'published', at: '2026-01-03T10:00:00Z', by: 'ki-kreis-re' },
    ],
    lastReviewedAt: '2026-01-03',
  };
  return {
    schemaVersion: 1,
    profileId: 'recklinghausen',
    notice: 'Fiktive Testdaten / fictional test data',
    actors: [
      {
        id: 'awo-marl',
        name: 'AWO Marl (fiktiv)',
        kind: 'wohlfahrtsverband',
        staffing: 'mixed',
        municipalities: ['05562024'],
      },
      {
        id: 'ki-kreis-re',
        name: 'Kommunales Integrationszentrum',
        kind: 'kommunales-integrationszentrum',
        staffing: 'staff',
      },
    ],
    contacts: [
      {
        id: 'kontakt-awo-marl',
        actorId: 'awo-marl',
        kind: 'role-mailbox',
        role: { de: 'Beratungsstelle', en: 'Advice centre' },
        email: 'beratung@awo-marl.example',
        consent: { given: true, date: '2026-01-02' },
        visibility: { name: false, role: true, email: true, phone: false, languages: true },
      },
    ],
    offers: [offer],
    goodPractices: [
      {
        id: 'gp-sprachcafe',
        title: { de: 'Sprachcafé mit Ehrenamtlichen' },
        summary: { de: 'Ehrenamtliche und Neuzugewanderte treffen sich wöchentlich.' },
        actorIds: ['awo-marl'],
        municipalities: ['05562024'],
        fieldsOfAction: ['engagement'],
        targetGroups: ['erwachsene'],
        offerIds: ['sprachcafe-marl'],
        projectId: 'projekt-willkommen',
      },
    ],
    goals: [
      {
        id: 'ziel-engagement-1',
        fieldOfAction: 'engagement',
        title: { de: 'Ehrenamt kreisweit vernetzen' },
      },
    ],
    actionSteps: [
      {
        id: 'schritt-engagement-1',
        goalId: 'ziel-engagement-1',
        title: { de: 'Ehrenamtsbörse aufbauen' },
        responsibleActorIds: ['ki-kreis-re'],
        partnerActorIds: ['awo-marl'],
        status: 'in-progress',
        due: '2027-06-30',
      },
    ],
    projects: [
      {
        id: 'projekt-willkommen',
        title: { de: 'Willkommen bei Freunden' },
        actorIds: ['ki-kreis-re'],
        fieldsOfAction: ['familie-kinder-frauen-jugend'],
        duration: 'up-to-two-years',
        fundingSources: ['bundesmittel'],
        fundingSecuredUntil: 'open',
        evaluation: 'external',
      },
    ],
    barriers: [
      {
        id: 'barriere-1',
        level: 'municipal',
        description: { de: 'Angebote enden an den Stadtgrenzen.' },
      },
    ],
  };
}
