import { defineCountyProfile } from './define-profile.js';
import type { CountyProfile, Municipality } from './profile.js';

const gross = 'Große kreisangehörige Stadt';
const mittel = 'Mittlere kreisangehörige Stadt';

function city(
  name: string,
  ags: string,
  type: string,
  street: string,
  postalCode: string,
  lat: number,
  lon: number,
): Municipality {
  return {
    ags,
    name,
    type,
    townHall: { street, postalCode, locality: name },
    centre: { lat, lon },
  };
}

/**
 * The labels of fields of action and target groups in the portal's other languages (ar, uk, tr, fa, ru), so a
 * newcomer's filters are in their language. German and English are given with each term below.
 */
const otherLanguages: Readonly<
  Record<string, readonly [ar: string, uk: string, tr: string, fa: string, ru: string]>
> = {
  wohnen: ['السكن', 'Житло', 'Konut', 'مسکن', 'Жильё'],
  'bildung-0-14': [
    'التعليم ودعم اللغة من 0 إلى 14 سنة',
    'Освіта та мовна підтримка, 0–14 років',
    'Eğitim ve dil desteği, 0-14 yaş',
    'آموزش و تقویت زبان، ۰ تا ۱۴ سال',
    'Образование и языковая поддержка, 0–14 лет',
  ],
  'bildung-ab-15': [
    'التعليم ودعم اللغة من 15 سنة فما فوق',
    'Освіта та мовна підтримка, від 15 років',
    'Eğitim ve dil desteği, 15 yaş ve üzeri',
    'آموزش و تقویت زبان، از ۱۵ سال',
    'Образование и языковая поддержка, с 15 лет',
  ],
  'sicherheit-rassismus': [
    'الأمان ومناهضة العنصرية',
    'Безпека та расизм',
    'Güvenlik ve ırkçılık',
    'امنیت و نژادپرستی',
    'Безопасность и расизм',
  ],
  sport: ['الرياضة', 'Спорт', 'Spor', 'ورزش', 'Спорт'],
  'ausbildung-arbeit': [
    'الاندماج في التدريب المهني والعمل',
    'Інтеграція в навчання та роботу',
    'Mesleki eğitime ve işe uyum',
    'ادغام در کارآموزی و کار',
    'Интеграция в обучение и работу',
  ],
  engagement: [
    'العمل التطوعي والمشاركة المدنية',
    'Громадська активність і волонтерство',
    'Gönüllülük ve sivil katılım',
    'مشارکت مدنی و داوطلبی',
    'Гражданская активность и волонтёрство',
  ],
  'familie-kinder-frauen-jugend': [
    'الأسرة والأطفال والنساء والشباب',
    'Сімʼя, діти, жінки та молодь',
    'Aile, çocuklar, kadınlar ve gençler',
    'خانواده، کودکان، زنان و نوجوانان',
    'Семья, дети, женщины и молодёжь',
  ],
  'kinder-kita': [
    'الأطفال (الحضانة)',
    'Діти (дитсадок)',
    'Çocuklar (kreş)',
    'کودکان (مهدکودک)',
    'Дети (детский сад)',
  ],
  'kinder-schule': [
    'الأطفال (المدرسة)',
    'Діти (школа)',
    'Çocuklar (okul)',
    'کودکان (مدرسه)',
    'Дети (школа)',
  ],
  jugendliche: ['الشباب', 'Підлітки', 'Gençler', 'نوجوانان', 'Подростки'],
  'junge-erwachsene': [
    'الشباب البالغون',
    'Молоді дорослі',
    'Genç yetişkinler',
    'جوانان',
    'Молодые взрослые',
  ],
  erwachsene: ['البالغون', 'Дорослі', 'Yetişkinler', 'بزرگسالان', 'Взрослые'],
  'maedchen-frauen': [
    'الفتيات والنساء',
    'Дівчата та жінки',
    'Kızlar ve kadınlar',
    'دختران و زنان',
    'Девочки и женщины',
  ],
  'jungen-maenner': [
    'الفتيان والرجال',
    'Хлопці та чоловіки',
    'Erkek çocuklar ve erkekler',
    'پسران و مردان',
    'Мальчики и мужчины',
  ],
  'aktuelle-zuwanderer': [
    'القادمون الجدد',
    'Нещодавно прибулі',
    'Yeni gelenler',
    'تازه‌واردان',
    'Недавно прибывшие',
  ],
  'laenger-hier-lebende': [
    'مهاجرون يعيشون في ألمانيا منذ عدة سنوات',
    'Мігранти, які живуть у Німеччині кілька років',
    'Birkaç yıldır Almanya’da yaşayan göçmenler',
    'مهاجرانی که چند سال است در آلمان زندگی می‌کنند',
    'Мигранты, живущие в Германии несколько лет',
  ],
  'bevoelkerung-vor-ort': [
    'السكان المحليون',
    'Місцеве населення',
    'Yerel halk',
    'ساکنان محلی',
    'Местные жители',
  ],
  multiplikatoren: [
    'الوسطاء والمرشدون',
    'Мультиплікатори',
    'Çarpan kişiler',
    'رابطان و مروجان',
    'Мультипликаторы',
  ],
};

const term = (id: string, de: string, en: string) => {
  const [ar, uk, tr, fa, ru] = otherLanguages[id] ?? [];
  return {
    id,
    label: { de, en, ...(ar && uk && tr && fa && ru ? { ar, uk, tr, fa, ru } : {}) },
  };
};

/**
 * Kreis Recklinghausen (NRW, Regierungsbezirk Münster), the reference county: its ten cities with their AGS,
 * town halls and approximate centres, the eight workshop fields of its integration strategy (education held
 * as two workshops, 0-14 and 15+), the taxonomies of the national competition form, and the seven languages
 * of its portal.
 */
export const recklinghausenProfile: CountyProfile = defineCountyProfile({
  id: 'recklinghausen',
  county: {
    name: 'Kreis Recklinghausen',
    key: '05562',
    state: 'Nordrhein-Westfalen',
    seat: 'Kurt-Schumacher-Allee 1, 45657 Recklinghausen',
    office: 'Kommunales Integrationszentrum (KI) des Kreises Recklinghausen',
    population: 620_000,
    centre: { lat: 51.62, lon: 7.2 },
    // The farthest town centre (Dorsten) is about 16 km from the county centre; 30 km holds the county's edges.
    radiusKm: 30,
  },
  municipalities: [
    city('Castrop-Rauxel', '05562004', gross, 'Europaplatz 1', '44575', 51.55, 7.317),
    city('Datteln', '05562008', mittel, 'Genthiner Str. 8', '45711', 51.65, 7.35),
    city('Dorsten', '05562012', gross, 'Halterner Str. 5', '46284', 51.667, 6.967),
    city('Gladbeck', '05562014', gross, 'Willy-Brandt-Platz 2', '45964', 51.567, 6.983),
    city('Haltern am See', '05562016', mittel, 'Dr.-Conrads-Str. 1', '45721', 51.75, 7.183),
    city('Herten', '05562020', gross, 'Kurt-Schumacher-Str. 2', '45699', 51.6, 7.133),
    city('Marl', '05562024', gross, 'Carl-Duisberg-Straße 165', '45772', 51.65, 7.083),
    city('Oer-Erkenschwick', '05562028', mittel, 'Rathausplatz 1', '45739', 51.633, 7.25),
    city('Recklinghausen', '05562032', gross, 'Rathausplatz 3-4', '45657', 51.617, 7.2),
    city('Waltrop', '05562036', mittel, 'Münsterstr. 1', '45731', 51.633, 7.4),
  ],
  fieldsOfAction: [
    { ...term('wohnen', 'Wohnen', 'Housing'), standardField: 'wohnen-wohnumfeld' },
    {
      ...term(
        'bildung-0-14',
        'Bildung und Sprachförderung 0-14 Jahre',
        'Education and language support, ages 0-14',
      ),
      standardField: 'bildung-qualifizierung-ausbildung',
    },
    {
      ...term(
        'bildung-ab-15',
        'Bildung und Sprachförderung ab 15 Jahre',
        'Education and language support, ages 15 and over',
      ),
      standardField: 'bildung-qualifizierung-ausbildung',
    },
    term('sicherheit-rassismus', 'Sicherheit und Rassismus', 'Safety and racism'),
    { ...term('sport', 'Sport', 'Sport'), standardField: 'sport' },
    {
      ...term(
        'ausbildung-arbeit',
        'Integration in Ausbildung und Arbeit',
        'Integration into training and work',
      ),
      standardField: 'beschaeftigung-wirtschaftsfoerderung',
    },
    {
      ...term('engagement', 'Bürgerschaftliches Engagement', 'Civic engagement and volunteering'),
      standardField: 'engagementfoerderung',
    },
    term(
      'familie-kinder-frauen-jugend',
      'Familie, Kinder, Frauen und Jugendliche',
      'Families, children, women and young people',
    ),
  ],
  taxonomies: {
    targetGroups: [
      term('kinder-kita', 'Kinder (Kita)', 'Children (day care)'),
      term('kinder-schule', 'Kinder (Schule)', 'Children (school)'),
      term('jugendliche', 'Jugendliche', 'Young people'),
      term('junge-erwachsene', 'Junge Erwachsene', 'Young adults'),
      term('erwachsene', 'Erwachsene', 'Adults'),
      term('maedchen-frauen', 'Mädchen und Frauen', 'Girls and women'),
      term('jungen-maenner', 'Jungen und Männer', 'Boys and men'),
      term('aktuelle-zuwanderer', 'Aktuell Zugewanderte', 'Recent newcomers'),
      term(
        'laenger-hier-lebende',
        'Seit mehreren Jahren in Deutschland lebende Zugewanderte',
        'Immigrants living in Germany for several years',
      ),
      term('bevoelkerung-vor-ort', 'Bevölkerung vor Ort', 'Local residents'),
      term('multiplikatoren', 'Multiplikatorinnen und Multiplikatoren', 'Multipliers'),
    ],
    actorKinds: [
      term(
        'kommunales-integrationszentrum',
        'Kommunales Integrationszentrum',
        'Municipal integration centre',
      ),
      term('kreisrat', 'Kreistag und Kreisrat', 'County council'),
      term(
        'landrat-buergermeister',
        'Landrat, Bürgermeisterin oder Bürgermeister',
        'District administrator or mayor',
      ),
      term('amt-soziales', 'Sozialamt', 'Social services office'),
      term('amt-jugend', 'Jugendamt', 'Youth welfare office'),
      term('amt-wohnen', 'Wohnungsamt', 'Housing office'),
      term('amt-gruenplanung', 'Grünplanung', 'Green-space planning'),
      term('amt-stadtplanung', 'Stadtplanung', 'Urban planning'),
      term('amt-sport', 'Sportamt', 'Sports office'),
      term('amt-gesundheit', 'Gesundheitsamt', 'Public health office'),
      term('integrationsbeauftragte', 'Integrationsbeauftragte', 'Integration commissioner'),
      term('auslaenderbehoerde', 'Ausländerbehörde', 'Immigration office'),
      term('buergerbuero', 'Bürgerbüro', "Citizens' office"),
      term('jobcenter', 'Jobcenter', 'Jobcentre'),
      term('wirtschaftsfoerderung', 'Wirtschaftsförderung', 'Economic development agency'),
      term('quartiersmanagement', 'Quartiersmanagement', 'Neighbourhood management'),
      term('stadtteilzentrum', 'Stadtteilzentrum', 'Community centre'),
      term('wohlfahrtsverband', 'Wohlfahrtsverband', 'Welfare association'),
      term('kirche', 'Kirche oder Religionsgemeinschaft', 'Church or religious community'),
      term(
        'migrantenselbstorganisation',
        'Migrantenselbstorganisation',
        "Migrants' own organisation",
      ),
      term('ehrenamtliche-initiative', 'Ehrenamtliche Initiative', 'Volunteer initiative'),
      term('sponsor', 'Sponsor', 'Sponsor'),
      term('lokale-medien', 'Lokale Medien', 'Local media'),
      term('stiftung', 'Stiftung', 'Foundation'),
      term('sportverein', 'Sportverein', 'Sports club'),
      term(
        'bildungseinrichtung',
        'Bildungseinrichtung (z. B. VHS)',
        'Educational institution (e.g. adult education centre)',
      ),
      term('bildungstraeger', 'Bildungsträger', 'Training provider'),
      term('nachbarschaftsverein', 'Nachbarschaftsverein', 'Neighbourhood association'),
      term('kleingartenverein', 'Kleingartenverein', 'Allotment association'),
      term('unternehmen', 'Unternehmen', 'Company'),
      term('agentur-fuer-arbeit', 'Agentur für Arbeit', 'Federal employment agency'),
      term('regionalagentur', 'Regionalagentur', 'Regional agency'),
      term('handwerkskammer', 'Handwerkskammer', 'Chamber of crafts'),
      term('neuzugewanderte', 'Neuzugewanderte', 'Newcomers'),
      term('schule', 'Schule', 'School'),
      term('kita', 'Kita', 'Day-care centre'),
      term('jugendzentrum', 'Jugendzentrum', 'Youth centre'),
    ],
    places: [
      term('quartier', 'Quartier', 'Neighbourhood'),
      term('stadtteilzentrum', 'Nachbarschaftshaus oder Stadtteilzentrum', 'Community centre'),
      term('jugendeinrichtung', 'Jugendeinrichtung', 'Youth facility'),
      term('sportverein', 'Sportverein', 'Sports club'),
      term('fluechtlingsunterkunft', 'Flüchtlingsunterkunft', 'Refugee accommodation'),
      term('kita', 'Kita', 'Day-care centre'),
      term('schule', 'Schule', 'School'),
      term('ausbildungsstaette', 'Ausbildungsstätte', 'Training workshop'),
      term(
        'bildungseinrichtung',
        'Bildungseinrichtung (VHS)',
        'Educational institution (adult education centre)',
      ),
      term(
        'treffpunkt-zugewanderte',
        'Sozialer Treffpunkt für Zugewanderte',
        'Social meeting place for immigrants',
      ),
      term(
        'migrantenselbstorganisation',
        'Migrantenselbstorganisation',
        "Migrants' own organisation",
      ),
      term(
        'wohlfahrtsverband',
        'Einrichtung eines Wohlfahrtsverbands',
        'Welfare association facility',
      ),
      term('verein', 'Verein', 'Club or association'),
      term('kirche', 'Kirche oder Gemeindehaus', 'Church or parish hall'),
      // Not on the form's list, but counselling at the Jobcenter or the Ausländerbehörde needs a place kind.
      term('verwaltung', 'Rathaus oder Behörde', 'Town hall or public office'),
    ],
    fundingSources: [
      term('kommunale-mittel', 'Kommunale Mittel', 'Municipal funds'),
      term('landesmittel', 'Landesmittel (z. B. KOMM-AN NRW)', 'State funds (e.g. KOMM-AN NRW)'),
      term(
        'bundesmittel',
        'Bundesmittel (z. B. „Willkommen bei Freunden“)',
        'Federal funds (e.g. "Willkommen bei Freunden")',
      ),
      term('eu-mittel', 'Europäische Mittel', 'European funds'),
      term('stiftungsmittel', 'Stiftungsmittel', 'Foundation funds'),
      term('sponsorengelder', 'Sponsorengelder', 'Sponsorship'),
      term('spenden', 'Spenden', 'Donations'),
    ],
  },
  languages: ['de', 'en', 'ar', 'uk', 'fa', 'tr', 'ru'],
  defaultLanguage: 'de',
});
