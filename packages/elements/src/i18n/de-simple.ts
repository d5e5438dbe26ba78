import { plural, type Translation } from './translation.js';

/**
 * "Einfache Sprache" for the search and detail elements: short sentences, common words, no abbreviations.
 * It is machine-independent plain German, not certified Leichte Sprache (which needs a test group).
 */
export const deSimple: Pick<Translation, 'search' | 'detail'> = {
  search: {
    label: 'Angebote finden',
    placeholder: 'Zum Beispiel: Deutsch lernen',
    submit: 'Suchen',
    suggestions: 'Vorschläge',
    filters: 'Auswahl',
    municipality: 'Stadt',
    fieldOfAction: 'Thema',
    targetGroup: 'Für wen?',
    language: 'Welche Sprache wird gesprochen?',
    free: 'Nur Angebote ohne Kosten',
    format: 'Wie findet es statt?',
    openNow: 'Jetzt offen',
    distance: 'Wie weit weg?',
    distanceFrom: 'Von welcher Stadt?',
    distanceAny: 'Egal wie weit',
    distanceKm: (km) => `höchstens ${km} Kilometer`,
    clear: 'Auswahl löschen',
    results: 'Gefundene Angebote',
    resultCount: plural('de', {
      one: 'Wir haben # Angebot gefunden.',
      other: 'Wir haben # Angebote gefunden.',
    }),
    empty: 'Wir haben nichts gefunden.',
    hints:
      'Schreiben Sie ein anderes Wort. Oder schreiben Sie weniger Wörter. Oder löschen Sie die Auswahl.',
    didYouMean: 'Meinen Sie',
    pagination: 'Seiten',
    page: (page, pages) => `Seite ${page} von ${pages}`,
    previous: 'Seite davor',
    next: 'Nächste Seite',
    searching: 'Wir suchen …',
    filtersButton: (active) => (active === 0 ? 'Auswahl' : `Auswahl (${active} gewählt)`),
    showResults: 'Angebote zeigen',
  },
  detail: {
    schedule: 'Wann?',
    sessions: 'Termine',
    location: 'Wo?',
    map: 'Auf der Karte zeigen (OpenStreetMap)',
    contact: 'Wen kann ich fragen?',
    email: 'E-Mail',
    phone: 'Telefon',
    spokenLanguages: 'Diese Sprachen werden gesprochen',
    cost: 'Was kostet es?',
    registration: 'Muss ich mich anmelden?',
    registrationRequired: 'Ja. Sie müssen sich anmelden.',
    registrationNotRequired: 'Nein. Sie können einfach kommen.',
    wheelchair: {
      yes: 'Gut mit Rollstuhl',
      no: 'Nicht gut mit Rollstuhl',
      unknown: 'Wir wissen nicht, ob es mit Rollstuhl geht',
    },
    reportError: 'Hier ist ein Fehler? Sagen Sie es uns.',
    easyLanguage: 'Einfache Sprache',
    standardLanguage: 'Schwere Sprache',
    notFound: 'Wir finden dieses Angebot nicht.',
    provider: 'Wer bietet es an?',
  },
};
