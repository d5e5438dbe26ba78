import type { FieldOfAction } from './profile.js';

/**
 * The standard fields of action of the national competition form ("Kommunale Integrationsstrategien"), from
 * which a county picks its own and to which its own fields can point via `standardField`. A county may add
 * fields of its own (Recklinghausen: "Sicherheit und Rassismus"; "Familie, Kinder, Frauen und Jugendliche").
 */
export const standardFieldsOfAction: readonly FieldOfAction[] = [
  {
    id: 'wohnen-wohnumfeld',
    label: { de: 'Wohnen und Wohnumfeld', en: 'Housing and neighbourhood' },
  },
  {
    id: 'soziale-infrastrukturen',
    label: {
      de: 'Soziale Infrastrukturen (Kita, Schule, Jugendeinrichtungen)',
      en: 'Social infrastructure (day care, school, youth centres)',
    },
  },
  {
    id: 'bildung-qualifizierung-ausbildung',
    label: {
      de: 'Bildung, Qualifizierung, Ausbildung',
      en: 'Education, qualification, vocational training',
    },
  },
  {
    id: 'beschaeftigung-wirtschaftsfoerderung',
    label: {
      de: 'Beschäftigung, lokale Wirtschaftsförderung',
      en: 'Employment, local economic development',
    },
  },
  { id: 'kultur', label: { de: 'Kultur', en: 'Culture' } },
  { id: 'sport', label: { de: 'Sport', en: 'Sport' } },
  { id: 'gesundheit', label: { de: 'Gesundheit', en: 'Health' } },
  { id: 'umwelt-gruen', label: { de: 'Umwelt, Grün', en: 'Environment, green spaces' } },
  { id: 'beteiligung', label: { de: 'Beteiligung', en: 'Participation' } },
  {
    id: 'engagementfoerderung',
    label: { de: 'Engagementförderung', en: 'Support for volunteering' },
  },
];
