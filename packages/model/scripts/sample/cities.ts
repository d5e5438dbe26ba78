/**
 * The ten cities of Kreis Recklinghausen as the sample needs them: AGS and centre from the reference facts,
 * plus postal codes, districts (Stadtteile) and street names so that addresses look like the real towns.
 */
export interface SampleCity {
  /** Short slug used in record ids. */
  slug: string;
  ags: string;
  name: string;
  /** Große (`gross`) or Mittlere (`mittel`) kreisangehörige Stadt: larger cities get more offers. */
  size: 'gross' | 'mittel';
  centre: { lat: number; lon: number };
  postalCodes: readonly string[];
  districts: readonly string[];
  streets: readonly string[];
}

export const cities: readonly SampleCity[] = [
  {
    slug: 'castrop-rauxel',
    ags: '05562004',
    name: 'Castrop-Rauxel',
    size: 'gross',
    centre: { lat: 51.55, lon: 7.317 },
    postalCodes: ['44575', '44577', '44579', '44581'],
    districts: ['Altstadt', 'Habinghorst', 'Ickern', 'Rauxel', 'Schwerin', 'Deininghausen', 'Merklinde', 'Henrichenburg'],
    streets: ['Bahnhofstraße', 'Wittener Straße', 'Lange Straße', 'Bladenhorster Straße', 'Recklinghauser Straße', 'Widumer Platz', 'Leonhardstraße', 'Ickerner Straße', 'Lessingstraße', 'Mühlengasse'],
  },
  {
    slug: 'datteln',
    ags: '05562008',
    name: 'Datteln',
    size: 'mittel',
    centre: { lat: 51.65, lon: 7.35 },
    postalCodes: ['45711'],
    districts: ['Innenstadt', 'Meckinghoven', 'Hagem', 'Horneburg', 'Ahsen', 'Dümmer'],
    streets: ['Hohe Straße', 'Castroper Straße', 'Südring', 'Hafenstraße', 'Heibeckstraße', 'Ahsener Straße', 'Tigg', 'Kolpingstraße', 'Wiesenstraße'],
  },
  {
    slug: 'dorsten',
    ags: '05562012',
    name: 'Dorsten',
    size: 'gross',
    centre: { lat: 51.667, lon: 6.967 },
    postalCodes: ['46282', '46284', '46286'],
    districts: ['Altstadt', 'Hervest', 'Holsterhausen', 'Wulfen-Barkenberg', 'Feldmark', 'Hardt', 'Östrich'],
    streets: ['Lippestraße', 'Recklinghäuser Straße', 'Essener Straße', 'Borkener Straße', 'Marler Straße', 'Gahlener Straße', 'Halterner Straße', 'Südwall', 'Barbarastraße', 'Klosterstraße'],
  },
  {
    slug: 'gladbeck',
    ags: '05562014',
    name: 'Gladbeck',
    size: 'gross',
    centre: { lat: 51.567, lon: 6.983 },
    postalCodes: ['45964', '45966', '45968'],
    districts: ['Mitte', 'Brauck', 'Butendorf', 'Rentfort', 'Zweckel', 'Ellinghorst', 'Schultendorf'],
    streets: ['Hochstraße', 'Horster Straße', 'Buerer Straße', 'Friedrich-Ebert-Straße', 'Bottroper Straße', 'Rentforter Straße', 'Wilhelmstraße', 'Goethestraße', 'Schützenstraße', 'Kirchstraße'],
  },
  {
    slug: 'haltern',
    ags: '05562016',
    name: 'Haltern am See',
    size: 'mittel',
    centre: { lat: 51.75, lon: 7.183 },
    postalCodes: ['45721'],
    districts: ['Innenstadt', 'Sythen', 'Lippramsdorf', 'Lavesum', 'Hullern', 'Flaesheim'],
    streets: ['Lippstraße', 'Rekumer Straße', 'Koeppstraße', 'Merschstraße', 'Weseler Straße', 'Mühlenstraße', 'Turmstraße', 'Hennewiger Weg', 'Schüttenwall'],
  },
  {
    slug: 'herten',
    ags: '05562020',
    name: 'Herten',
    size: 'gross',
    centre: { lat: 51.6, lon: 7.133 },
    postalCodes: ['45699', '45701'],
    districts: ['Mitte', 'Westerholt', 'Scherlebeck', 'Disteln', 'Langenbochum', 'Paschenberg', 'Herten-Süd'],
    streets: ['Ewaldstraße', 'Hermannstraße', 'Kaiserstraße', 'Gartenstraße', 'Feldstraße', 'Westerholter Straße', 'Schützenstraße', 'Antoniusstraße', 'Paschenbergstraße', 'Resser Weg'],
  },
  {
    slug: 'marl',
    ags: '05562024',
    name: 'Marl',
    size: 'gross',
    centre: { lat: 51.65, lon: 7.083 },
    postalCodes: ['45768', '45770', '45772'],
    districts: ['Marl-Mitte', 'Hüls', 'Drewer', 'Brassert', 'Hamm', 'Sinsen-Lenkerbeck', 'Polsum', 'Alt-Marl'],
    streets: ['Bergstraße', 'Hülsstraße', 'Lipper Weg', 'Brassertstraße', 'Victoriastraße', 'Loekampstraße', 'Breite Straße', 'Kampstraße', 'Rappaportstraße', 'Hervester Straße'],
  },
  {
    slug: 'oer-erkenschwick',
    ags: '05562028',
    name: 'Oer-Erkenschwick',
    size: 'mittel',
    centre: { lat: 51.633, lon: 7.25 },
    postalCodes: ['45739'],
    districts: ['Stadtmitte', 'Oer', 'Rapen', 'Klein-Erkenschwick', 'Honermann-Siedlung'],
    streets: ['Stimbergstraße', 'Ludwigstraße', 'Halluinstraße', 'Groß-Erkenschwicker Straße', 'Karlstraße', 'Schillerstraße', 'Ewaldstraße', 'Christoph-Stöver-Straße'],
  },
  {
    slug: 'recklinghausen',
    ags: '05562032',
    name: 'Recklinghausen',
    size: 'gross',
    centre: { lat: 51.617, lon: 7.2 },
    postalCodes: ['45657', '45659', '45661', '45663', '45665'],
    districts: ['Altstadt', 'Süd', 'Hillerheide', 'Hochlarmarkt', 'König-Ludwig', 'Suderwich', 'Hillen', 'Grullbad', 'Berghausen', 'Speckhorn'],
    streets: ['Kaiserwall', 'Herzogswall', 'Breite Straße', 'Große Geldstraße', 'Dortmunder Straße', 'Bochumer Straße', 'Hertener Straße', 'Castroper Straße', 'Westring', 'Kemnastraße', 'Marienstraße', 'Paulusstraße'],
  },
  {
    slug: 'waltrop',
    ags: '05562036',
    name: 'Waltrop',
    size: 'mittel',
    centre: { lat: 51.633, lon: 7.4 },
    postalCodes: ['45731'],
    districts: ['Innenstadt', 'Leveringhausen', 'Oberwiese', 'Brockenscheidt', 'Elmenhorst', 'Holthausen'],
    streets: ['Hochstraße', 'Dortmunder Straße', 'Riphausstraße', 'Bahnhofstraße', 'Brockenscheidter Straße', 'Isbruchstraße', 'Sydowstraße', 'Ziegeleistraße'],
  },
];

/** The city with this slug; throws for an unknown slug so a typo in the templates fails loudly. */
export function cityBySlug(slug: string): SampleCity {
  const city = cities.find((c) => c.slug === slug);
  if (!city) throw new Error(`unknown sample city "${slug}"`);
  return city;
}
