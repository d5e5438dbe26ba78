import { plural } from './translation.js';

/**
 * German UI texts of what every page with a search or detail needs; built into the elements. The texts of the
 * other elements are in `de-elements.ts`, which those elements bring along.
 */
export const deCore = {
  $code: 'de',
  $dir: 'ltr',
  common: {
    loading: 'Wird geladen …',
    loadError: 'Die Daten konnten nicht geladen werden.',
    retry: 'Erneut versuchen',
    all: 'Alle',
    fictional: 'Hinweis zu den Daten',
    why: {
      network: 'Der Server ist nicht erreichbar oder die Verbindung wurde unterbrochen.',
      /** The server answered with an HTTP error status. */
      http: (status: number) =>
        status === 404
          ? 'Die Datei wurde unter dieser Adresse nicht gefunden (Fehler 404).'
          : `Der Server hat mit Fehler ${status} geantwortet.`,
      notJson: 'Der Server hat keine Daten im erwarteten Format (JSON) geliefert.',
      format: 'Die Daten haben nicht das erwartete Format.',
      missingFile: 'Eine Programmdatei fehlt auf dem Server (Ordner chunks/).',
    },
    germanOnly: 'nur auf Deutsch',
  },
  search: {
    label: 'Angebote suchen',
    placeholder: 'z. B. Deutschkurs, Beratung, Sport',
    submit: 'Suchen',
    suggestions: 'Vorschläge',
    filters: 'Filter',
    municipality: 'Stadt',
    fieldOfAction: 'Handlungsfeld',
    targetGroup: 'Zielgruppe',
    language: 'Gesprochene Sprache',
    free: 'Nur kostenlose Angebote',
    format: 'Format',
    openNow: 'Jetzt geöffnet',
    distance: 'Entfernung von einer Stadt',
    distanceFrom: 'Ausgangsort',
    distanceAny: 'Keine Begrenzung',
    /** Label of a distance choice, by kilometres. */
    distanceKm: (km: number) => `bis ${km} km`,
    clear: 'Alle Filter zurücksetzen',
    results: 'Suchergebnisse',
    /** The live-region announcement of the number of results. */
    resultCount: plural('de', { one: '# Angebot gefunden', other: '# Angebote gefunden' }),
    empty: 'Keine passenden Angebote gefunden.',
    hints:
      'Tipps: Prüfen Sie die Schreibweise, nutzen Sie weniger oder allgemeinere Wörter, oder setzen Sie Filter zurück.',
    didYouMean: 'Meinten Sie',
    pagination: 'Seiten',
    /** "Page 2 of 5". */
    page: (page: number, pages: number) => `Seite ${page} von ${pages}`,
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    searching: 'Suche läuft …',
    /** The button that shows the filters on a phone, with the number of active filters. */
    filtersButton: (active: number) => (active === 0 ? 'Filter' : `Filter (${active} aktiv)`),
    showResults: 'Ergebnisse anzeigen',
  },
  offer: {
    kind: {
      course: 'Kurs',
      counselling: 'Beratung',
      sport: 'Sport',
      childcare: 'Kinderbetreuung',
      work: 'Arbeit',
      meeting: 'Treffen',
      event: 'Veranstaltung',
      other: 'Sonstiges',
    },
    format: { 'on-site': 'Vor Ort', online: 'Online', hybrid: 'Vor Ort und online' },
    cost: { free: 'Kostenlos', reduced: 'Ermäßigt', paid: 'Kostenpflichtig' },
    openNow: 'Jetzt geöffnet',
    closedNow: 'Jetzt geschlossen',
    byAppointment: 'Nach Vereinbarung',
    countyWide: 'Im ganzen Kreis',
    machineTranslated: 'Maschinell übersetzt',
    /** The next dated session, e.g. "Nächster Termin: Di., 8. Dez., 10:00". */
    nextDate: (when: string) => `Nächster Termin: ${when}`,
    /** Distance from the chosen city. */
    distance: (km: string) => `${km} km entfernt`,
    where: 'Ort',
    provider: 'Anbieter',
    when: 'Wann',
  },
  detail: {
    schedule: 'Zeiten',
    sessions: 'Termine',
    location: 'Ort',
    map: 'Auf der Karte ansehen (OpenStreetMap)',
    contact: 'Kontakt',
    email: 'E-Mail',
    phone: 'Telefon',
    spokenLanguages: 'Sprachen im Angebot',
    cost: 'Kosten',
    registration: 'Anmeldung',
    registrationRequired: 'Anmeldung erforderlich',
    registrationNotRequired: 'Keine Anmeldung nötig',
    wheelchair: {
      yes: 'Rollstuhlgerecht',
      no: 'Nicht rollstuhlgerecht',
      unknown: 'Barrierefreiheit unbekannt',
    },
    reportError: 'Fehler in diesem Angebot melden',
    easyLanguage: 'Einfache Sprache',
    standardLanguage: 'Standardsprache',
    notFound: 'Dieses Angebot wurde nicht gefunden.',
    provider: 'Anbieter',
  },
} as const;
