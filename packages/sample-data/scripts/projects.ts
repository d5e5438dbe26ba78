import type { z } from 'zod';
import type { barrierSchema, projectSchema } from '@vielfalt/model';
import type { ActorLookup } from './actor-lookup.js';
import { cities } from './cities.js';
import { field, funding } from './vocabulary.js';

type ProjectInput = z.input<typeof projectSchema>;
type BarrierInput = z.input<typeof barrierSchema>;

/** Projects as the competition form describes them, after the seed's two named projects and programmes. */
export function generateProjects(actors: ActorLookup): ProjectInput[] {
  const allCities = cities.map((c) => c.ags);
  return [
    {
      id: 'projekt-fortbildungsreihe',
      title: {
        de: 'Kreisweite Fortbildungsreihen für Ehren- und Hauptamtliche in der Flüchtlingshilfe',
        en: 'County-wide training series for volunteers and staff in refugee support',
      },
      actorIds: [actors.id('ki')],
      fieldsOfAction: [field.engagement, field.sicherheit],
      municipalities: allCities,
      duration: 'permanent',
      fundingSources: [funding.land, funding.kommunal],
      fundingSecuredUntil: '2027-12-31',
      evaluation: 'self',
    },
    {
      id: 'projekt-integration-durch-sport',
      title: {
        de: 'Integration durch Sport – Integrationsstrukturen im Sport aufzeigen und vernetzen',
        en: 'Integration through sport: showing and connecting integration structures in sport',
      },
      actorIds: [actors.id('ksb'), actors.id('ki')],
      fieldsOfAction: [field.sport],
      municipalities: allCities,
      duration: 'limited-longer',
      fundingSources: [funding.land, funding.bund],
      fundingSecuredUntil: 'open',
      evaluation: 'planned',
    },
    {
      id: 'projekt-willkommen-bei-freunden',
      title: {
        de: 'Prozessbegleitung „Willkommen bei Freunden – Bündnisse für junge Geflüchtete“',
        en: 'Process support “Willkommen bei Freunden: alliances for young refugees”',
      },
      actorIds: [actors.id('ki')],
      fieldsOfAction: [field.bildung014, field.familie],
      municipalities: allCities,
      duration: 'up-to-two-years',
      fundingSources: [funding.bund, funding.stiftung],
      fundingSecuredUntil: '2018-12-31',
      evaluation: 'external',
    },
    {
      id: 'projekt-eu-vielfalt-im-quartier',
      title: {
        de: 'EU-Projekt „Leben und Vielfalt im Quartier“ mit Wodzisław, Sörmland und Jelgava',
        en: 'EU project “Life and diversity in the neighbourhood” with Wodzisław, Sörmland and Jelgava',
      },
      actorIds: [actors.id('ki')],
      fieldsOfAction: [field.wohnen, field.engagement],
      municipalities: [],
      duration: 'up-to-two-years',
      fundingSources: [funding.eu, funding.kommunal],
      fundingSecuredUntil: '2019-06-30',
      evaluation: 'self',
    },
    {
      id: 'projekt-arbeitsmarktlotsen',
      title: { de: 'Interkulturelle Arbeitsmarktlotsen', en: 'Intercultural labour-market guides' },
      actorIds: [actors.city('herten'), actors.id('jobcenter')],
      fieldsOfAction: [field.arbeit, field.engagement],
      municipalities: cities
        .filter((c) => ['herten', 'waltrop', 'oer-erkenschwick'].includes(c.slug))
        .map((c) => c.ags),
      duration: 'limited-longer',
      fundingSources: [funding.kommunal, funding.spenden, funding.sponsoren],
      fundingSecuredUntil: '2026-12-31',
      evaluation: 'self',
    },
    {
      id: 'projekt-pflegequalifizierung',
      title: {
        de: 'Niedrigschwellige Qualifizierung geflüchteter Frauen in der Betreuung Pflegebedürftiger',
        en: 'Easy-access qualification of refugee women in caring for people in need of care',
      },
      actorIds: [actors.id(['caritas', 'awo'], 'recklinghausen')],
      fieldsOfAction: [field.arbeit, field.familie],
      municipalities: cities.filter((c) => c.slug === 'recklinghausen').map((c) => c.ags),
      duration: 'up-to-two-years',
      fundingSources: [funding.land, funding.stiftung],
      fundingSecuredUntil: '2027-06-30',
      evaluation: 'planned',
    },
  ];
}

/** Barriers on the three levels the seed names. */
export function generateBarriers(): BarrierInput[] {
  return [
    {
      id: 'barriere-zeit-ehrenamt',
      level: 'individual',
      description: {
        de: 'Ehrenamtliche sind überlastet und kennen die hauptamtlichen Ansprechpersonen nicht.',
        en: 'Volunteers are overstretched and do not know the staff contacts.',
      },
      fieldsOfAction: [field.engagement],
    },
    {
      id: 'barriere-sprache-beratung',
      level: 'individual',
      description: {
        de: 'Beratende können ohne Sprachmittlung nicht alle Ratsuchenden erreichen.',
        en: 'Counsellors cannot reach everyone without community interpreters.',
      },
      fieldsOfAction: [field.arbeit, field.familie],
    },
    {
      id: 'barriere-fachbereiche',
      level: 'organisational',
      description: {
        de: 'Jugend-, Sozial- und Ordnungsamt arbeiten mit getrennten Zuständigkeiten und Datenbeständen.',
        en: 'Youth, social and public-order offices work with separate responsibilities and data.',
      },
      fieldsOfAction: [field.familie, field.wohnen],
    },
    {
      id: 'barriere-vereine-beitraege',
      level: 'organisational',
      description: {
        de: 'Vereinsbeiträge und Versicherungsfragen halten Vereine davon ab, Neuzugewanderte aufzunehmen.',
        en: 'Club fees and insurance questions keep clubs from taking in newcomers.',
      },
      fieldsOfAction: [field.sport],
    },
    {
      id: 'barriere-stadtgrenzen',
      level: 'municipal',
      description: {
        de: 'Angebote enden an Stadtgrenzen; Teilnehmende aus der Nachbarstadt werden abgewiesen.',
        en: 'Offers end at city boundaries; participants from the neighbouring city are turned away.',
      },
      fieldsOfAction: [field.bildung15, field.arbeit],
    },
    {
      id: 'barriere-unterbringung',
      level: 'municipal',
      description: {
        de: 'Die Städte setzen bei der Unterbringung unterschiedliche Prioritäten (zentral oder dezentral).',
        en: 'The cities set different priorities for accommodation (central or decentral).',
      },
      fieldsOfAction: [field.wohnen],
    },
  ];
}
