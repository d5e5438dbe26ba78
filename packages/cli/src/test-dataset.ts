/** A small valid dataset for CLI tests (fictional): one provider, one offer in Herten. */
export function testDataset() {
  return {
    schemaVersion: 1,
    profileId: 'recklinghausen',
    actors: [
      {
        id: 'treff-herten',
        name: 'Begegnungstreff Herten (fiktiv)',
        kind: 'ehrenamtliche-initiative',
        staffing: 'volunteer',
      },
    ],
    offers: [
      {
        id: 'naehcafe-herten',
        kind: 'meeting',
        texts: {
          de: {
            title: 'Nähcafé',
            summary: 'Gemeinsam nähen und Deutsch sprechen.',
            status: 'original',
          },
        },
        providerId: 'treff-herten',
        area: { kind: 'municipalities', ags: ['05562020'] },
        fieldsOfAction: ['familie-kinder-frauen-jugend'],
        languages: ['de', 'ar'],
        cost: { kind: 'free' },
        format: 'on-site',
        registration: { required: false },
        schedule: { weekly: [{ day: 'th', opens: '10:00', closes: '12:00' }] },
        status: 'published',
      },
    ],
  };
}

/** The same dataset with four problems: unknown municipality, field and provider, closing before opening. */
export function brokenDataset() {
  const data = testDataset();
  const [offer] = data.offers;
  offer!.area.ags[0] = '05562099';
  offer!.fieldsOfAction.push('kochen');
  offer!.schedule.weekly[0]!.closes = '09:00';
  offer!.providerId = 'niemand';
  return data;
}
