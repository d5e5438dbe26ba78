/** Documents an offer may ask for at registration, in German and English. */
export const documents = {
  ausweis: { de: 'Pass oder Personalausweis', en: 'Passport or ID card' },
  aufenthalt: {
    de: 'Aufenthaltstitel oder Ankunftsnachweis',
    en: 'Residence permit or proof of arrival',
  },
  berechtigung: {
    de: 'Berechtigungsschein des BAMF, der Ausländerbehörde oder des Jobcenters',
    en: 'Certificate of eligibility from the BAMF, the immigration office or the Jobcenter',
  },
  zeugnisse: {
    de: 'Zeugnisse und Abschlüsse (Kopien, wenn vorhanden mit Übersetzung)',
    en: 'Certificates and diplomas (copies, with translation if available)',
  },
  lebenslauf: { de: 'Lebenslauf', en: 'CV' },
  bescheid: {
    de: 'Aktueller Bescheid (Jobcenter, Sozialamt oder AsylbLG)',
    en: 'Current notice of benefits (Jobcenter, social welfare office or AsylbLG)',
  },
  mietvertrag: { de: 'Mietvertrag oder Wohnungsangebot', en: 'Tenancy agreement or flat offer' },
  einkommen: {
    de: 'Einkommensnachweise der letzten drei Monate',
    en: 'Proof of income for the last three months',
  },
  geburtsurkunde: { de: 'Geburtsurkunde des Kindes', en: "Child's birth certificate" },
  impfpass: {
    de: 'Impfpass bzw. Nachweis über den Masernschutz',
    en: 'Vaccination record or proof of measles immunity',
  },
  schulbescheinigung: { de: 'Schulbescheinigung', en: 'School certificate of attendance' },
  attest: {
    de: 'Ärztliche Bescheinigung über die Sporttauglichkeit (nur bei Wettkampfsport)',
    en: 'Medical certificate of fitness for sport (competitive sport only)',
  },
  fuehrungszeugnis: {
    de: 'Erweitertes Führungszeugnis (für die Arbeit mit Kindern)',
    en: 'Extended certificate of good conduct (for work with children)',
  },
  sprachnachweis: {
    de: 'Sprachzertifikat oder Ergebnis des Einstufungstests',
    en: 'Language certificate or placement test result',
  },
} as const;

/** The key of a document in {@link documents}. */
export type DocumentKey = keyof typeof documents;
