import type { Random } from './prng.js';
import { mailLocalPart, type PersonPool, type Person } from './people.js';
import { fictionalPhone, type Provider, type ProviderType } from './providers.js';
import type { ContactInput } from './shapes.js';

/** Public bodies: their staff may be named on the legal basis of the public task (Art. 6(1)(e) GDPR). */
const publicBodies: ReadonlySet<ProviderType> = new Set([
  'stadt',
  'ki',
  'jobcenter',
  'agentur',
  'abh',
  'vhs',
]);

const roles: Partial<Record<ProviderType, readonly (readonly [string, string, string])[]>> = {
  stadt: [
    ['Integrationsbeauftragte', 'Integrationsbeauftragter', 'Integration officer'],
    [
      'Sachbearbeiterin Wohnraumvermittlung',
      'Sachbearbeiter Wohnraumvermittlung',
      'Housing placement officer',
    ],
  ],
  vhs: [
    [
      'Fachbereichsleiterin Deutsch als Zweitsprache',
      'Fachbereichsleiter Deutsch als Zweitsprache',
      'Head of German as a second language',
    ],
    [
      'Kursberaterin Integrationskurse',
      'Kursberater Integrationskurse',
      'Integration course adviser',
    ],
  ],
  ki: [
    [
      'Referentin Bildung und Integration',
      'Referent Bildung und Integration',
      'Education and integration officer',
    ],
    ['Koordinatorin Ehrenamt', 'Koordinator Ehrenamt', 'Volunteer coordinator'],
  ],
  jobcenter: [['Integrationsfachkraft', 'Integrationsfachkraft', 'Integration specialist']],
  agentur: [['Beraterin Anerkennung', 'Berater Anerkennung', 'Recognition adviser']],
  sportverein: [
    ['Übungsleiterin', 'Übungsleiter', 'Coach'],
    ['Vorsitzende', 'Vorsitzender', 'Chair'],
  ],
  mso: [
    ['Vorsitzende', 'Vorsitzender', 'Chair'],
    ['Projektkoordinatorin', 'Projektkoordinator', 'Project coordinator'],
  ],
  moschee: [
    [
      'Ansprechpartnerin Frauen und Familie',
      'Dialogbeauftragter',
      'Contact for dialogue and families',
    ],
  ],
  kirche: [
    ['Pfarrerin', 'Pfarrer', 'Pastor'],
    [
      'Koordinatorin Flüchtlingshilfe',
      'Koordinator Flüchtlingshilfe',
      'Refugee support coordinator',
    ],
  ],
  familienzentrum: [
    ['Leiterin des Familienzentrums', 'Leiter des Familienzentrums', 'Head of the family centre'],
    ['Elternbegleiterin', 'Elternbegleiter', 'Parent companion'],
  ],
  jugendzentrum: [['Sozialpädagogin', 'Sozialpädagoge', 'Youth worker']],
  initiative: [
    ['Sprecherin der Initiative', 'Sprecher der Initiative', 'Spokesperson of the initiative'],
    ['Koordinatorin Patenschaften', 'Koordinator Patenschaften', 'Mentoring coordinator'],
  ],
  jmd: [
    [
      'Beraterin im Jugendmigrationsdienst',
      'Berater im Jugendmigrationsdienst',
      'Youth migration adviser',
    ],
  ],
  adb: [
    [
      'Antidiskriminierungsberaterin',
      'Antidiskriminierungsberater',
      'Anti-discrimination counsellor',
    ],
  ],
};
const defaultRoles = [
  ['Migrationsberaterin', 'Migrationsberater', 'Migration counsellor'],
  ['Sozialarbeiterin', 'Sozialarbeiter', 'Social worker'],
] as const;

const mailboxes = [
  ['beratung', 'Beratungsteam', 'Counselling team'],
  ['integration', 'Team Integration', 'Integration team'],
  ['kontakt', 'Geschäftsstelle', 'Office'],
  ['anmeldung', 'Kursanmeldung', 'Course registration'],
] as const;

/** Contacts of one provider: usually a role mailbox plus named people, with or without consent to publish. */
export function generateContacts(
  rng: Random,
  people: PersonPool,
  provider: Provider,
): ContactInput[] {
  const contacts: ContactInput[] = [];
  const isPublic = publicBodies.has(provider.type);
  const consentDate = (): string =>
    `20${rng.pick(['23', '24', '25', '26'])}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const id = (n: number) => `${provider.actor.id}-kontakt-${n}`;

  if (rng.chance(0.85)) {
    const [local, de, en] = rng.pick(mailboxes);
    contacts.push({
      id: id(contacts.length + 1),
      actorId: provider.actor.id,
      kind: 'role-mailbox',
      role: { de, en },
      email: `${local}@${provider.domain}`,
      ...(rng.chance(0.6) ? { phone: fictionalPhone(rng) } : {}),
      languages: ['de', ...rng.sample(['en', 'ar', 'tr', 'uk', 'ru', 'fa'], rng.int(0, 2))],
      consent: {
        given: true,
        date: consentDate(),
        basis: isPublic ? 'public-task' : 'consent',
        recordedBy: 'ki-redaktion',
      },
      visibility: { name: false, role: true, email: true, phone: true, languages: true },
    });
  }
  const persons = contacts.length === 0 ? rng.int(1, 2) : rng.int(0, 2);
  const roleChoices = rng.shuffle(roles[provider.type] ?? defaultRoles);
  for (let i = 0; i < persons; i++) {
    const person: Person = people.next();
    const [roleF, roleM, roleEn] = roleChoices[i % roleChoices.length] ?? defaultRoles[0];
    const consentGiven = isPublic || rng.chance(0.75);
    const recorded = consentDate();
    contacts.push({
      id: id(contacts.length + 1),
      actorId: provider.actor.id,
      kind: 'person',
      name: `${person.first} ${person.last}`,
      role: { de: person.gender === 'f' ? roleF : roleM, en: roleEn },
      email: `${mailLocalPart(person)}@${provider.domain}`,
      phone: fictionalPhone(rng),
      languages: [
        'de',
        ...rng.sample(['en', 'ar', 'tr', 'uk', 'ru', 'fa', 'ku', 'pl'], rng.int(0, 2)),
      ],
      consent: consentGiven
        ? {
            given: true,
            date: recorded,
            basis: isPublic ? 'public-task' : 'consent',
            recordedBy: 'ki-redaktion',
          }
        : { given: false, date: recorded, basis: 'consent', recordedBy: 'ki-redaktion' },
      visibility: consentGiven
        ? {
            name: true,
            role: true,
            email: isPublic || rng.chance(0.7),
            phone: isPublic ? rng.chance(0.8) : rng.chance(0.4),
            languages: true,
          }
        : { name: false, role: false, email: false, phone: false, languages: false },
      updatedAt: `${recorded}T09:00:00Z`,
    });
  }
  return contacts;
}
