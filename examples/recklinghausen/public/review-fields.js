// What the review view says about a change: the field's name in German and in the UI language, the section it
// belongs to, and its values as a person reads them (names instead of ids, "Ja" instead of true, dates, lists),
// never raw JSON or the model's English keys. Plain module without DOM, so it is tested in Node too.

/** Languages the labels are written in; other UI languages get English beside the German. */
const labelLanguages = ['de', 'en', 'ar', 'uk'];

/** The sections a change is grouped under, in the order a moderator reads an offer. */
export const sections = [
  ['texts', 'Texte', 'Texts', 'النصوص', 'Тексти'],
  ['offer', 'Angebot', 'Offer', 'العرض', 'Пропозиція'],
  ['places', 'Orte', 'Places', 'الأماكن', 'Місця'],
  ['times', 'Zeiten', 'Times', 'الأوقات', 'Час'],
  [
    'contact',
    'Anbieter und Kontakt',
    'Provider and contact',
    'المقدِّم والتواصل',
    'Організація та контакт',
  ],
  ['other', 'Weitere Angaben', 'Further details', 'تفاصيل أخرى', 'Інші дані'],
].map(([id, ...names]) => ({ id, names: byLanguage(names) }));

/** Field names by path without indices and language codes: section, then de, en, ar, uk. */
const fields = new Map(
  [
    ['texts', 'texts', 'Texte', 'Texts', 'النصوص', 'Тексти'],
    ['texts.title', 'texts', 'Titel', 'Title', 'العنوان', 'Назва'],
    ['texts.summary', 'texts', 'Kurzbeschreibung', 'Summary', 'وصف مختصر', 'Короткий опис'],
    ['texts.description', 'texts', 'Beschreibung', 'Description', 'الوصف', 'Опис'],
    ['texts.status', 'texts', 'Übersetzung', 'Translation', 'الترجمة', 'Переклад'],
    ['easyLanguage', 'texts', 'Einfache Sprache', 'Easy German', 'لغة مبسطة', 'Проста мова'],
    [
      'easyLanguage.title',
      'texts',
      'Titel in Einfacher Sprache',
      'Title in Easy German',
      'العنوان بلغة مبسطة',
      'Назва простою мовою',
    ],
    [
      'easyLanguage.summary',
      'texts',
      'Kurzbeschreibung in Einfacher Sprache',
      'Summary in Easy German',
      'وصف مختصر بلغة مبسطة',
      'Короткий опис простою мовою',
    ],
    [
      'easyLanguage.description',
      'texts',
      'Beschreibung in Einfacher Sprache',
      'Description in Easy German',
      'الوصف بلغة مبسطة',
      'Опис простою мовою',
    ],
    ['tags', 'texts', 'Schlagwörter', 'Keywords', 'كلمات مفتاحية', 'Ключові слова'],
    ['kind', 'offer', 'Art des Angebots', 'Kind of offer', 'نوع العرض', 'Вид пропозиції'],
    [
      'fieldsOfAction',
      'offer',
      'Handlungsfelder',
      'Fields of action',
      'مجالات العمل',
      'Сфери діяльності',
    ],
    ['targetGroups', 'offer', 'Zielgruppen', 'Target groups', 'الفئات المستهدفة', 'Цільові групи'],
    ['targetGroups.id', 'offer', 'Zielgruppe', 'Target group', 'الفئة المستهدفة', 'Цільова група'],
    [
      'targetGroups.minAge',
      'offer',
      'Mindestalter',
      'Minimum age',
      'الحد الأدنى للعمر',
      'Мінімальний вік',
    ],
    [
      'targetGroups.maxAge',
      'offer',
      'Höchstalter',
      'Maximum age',
      'الحد الأقصى للعمر',
      'Максимальний вік',
    ],
    [
      'languages',
      'offer',
      'Gesprochene Sprachen',
      'Languages spoken',
      'اللغات المستخدمة',
      'Мови спілкування',
    ],
    ['format', 'offer', 'Format', 'Format', 'الشكل', 'Формат'],
    ['cost', 'offer', 'Kosten', 'Cost', 'التكلفة', 'Вартість'],
    ['cost.kind', 'offer', 'Kosten', 'Cost', 'التكلفة', 'Вартість'],
    [
      'cost.amountEur',
      'offer',
      'Betrag in Euro',
      'Amount in euros',
      'المبلغ باليورو',
      'Сума в євро',
    ],
    [
      'cost.note',
      'offer',
      'Hinweis zu den Kosten',
      'Note on the cost',
      'ملاحظة حول التكلفة',
      'Примітка щодо вартості',
    ],
    ['registration', 'offer', 'Anmeldung', 'Registration', 'التسجيل', 'Реєстрація'],
    [
      'registration.required',
      'offer',
      'Anmeldung erforderlich',
      'Registration required',
      'التسجيل مطلوب',
      'Потрібна реєстрація',
    ],
    [
      'registration.howTo',
      'offer',
      'So meldet man sich an',
      'How to register',
      'طريقة التسجيل',
      'Як зареєструватися',
    ],
    [
      'registration.url',
      'offer',
      'Anmeldung im Internet',
      'Online registration',
      'التسجيل عبر الإنترنت',
      'Онлайн-реєстрація',
    ],
    [
      'registration.documents',
      'offer',
      'Mitzubringende Unterlagen',
      'Documents to bring',
      'المستندات المطلوبة',
      'Необхідні документи',
    ],
    ['area', 'places', 'Gebiet', 'Area', 'المنطقة', 'Територія'],
    ['area.kind', 'places', 'Gebiet', 'Area', 'المنطقة', 'Територія'],
    ['area.ags', 'places', 'Städte', 'Towns', 'المدن', 'Міста'],
    ['locations', 'places', 'Orte', 'Places', 'الأماكن', 'Місця'],
    [
      'locations.id',
      'places',
      'Kennung des Orts',
      'Place identifier',
      'معرّف المكان',
      'Ідентифікатор місця',
    ],
    ['locations.name', 'places', 'Name des Orts', 'Name of the place', 'اسم المكان', 'Назва місця'],
    ['locations.municipality', 'places', 'Stadt', 'Town', 'المدينة', 'Місто'],
    ['locations.address', 'places', 'Adresse', 'Address', 'العنوان البريدي', 'Адреса'],
    [
      'locations.address.street',
      'places',
      'Straße und Hausnummer',
      'Street and number',
      'الشارع ورقم المبنى',
      'Вулиця та номер будинку',
    ],
    [
      'locations.address.postalCode',
      'places',
      'Postleitzahl',
      'Postcode',
      'الرمز البريدي',
      'Поштовий індекс',
    ],
    ['locations.address.locality', 'places', 'Ort', 'Locality', 'البلدة', 'Населений пункт'],
    ['locations.address.country', 'places', 'Land', 'Country', 'البلد', 'Країна'],
    [
      'locations.geo',
      'places',
      'Lage auf der Karte',
      'Position on the map',
      'الموقع على الخريطة',
      'Розташування на мапі',
    ],
    ['locations.geo.lat', 'places', 'Breitengrad', 'Latitude', 'خط العرض', 'Широта'],
    ['locations.geo.lon', 'places', 'Längengrad', 'Longitude', 'خط الطول', 'Довгота'],
    ['locations.placeKind', 'places', 'Art des Orts', 'Kind of place', 'نوع المكان', 'Тип місця'],
    [
      'locations.accessibility',
      'places',
      'Barrierefreiheit',
      'Accessibility',
      'إمكانية الوصول',
      'Доступність',
    ],
    [
      'locations.accessibility.wheelchair',
      'places',
      'Rollstuhlgerecht',
      'Wheelchair accessible',
      'مناسب للكراسي المتحركة',
      'Доступно для візків',
    ],
    [
      'locations.accessibility.details',
      'places',
      'Hinweise zur Barrierefreiheit',
      'Accessibility details',
      'تفاصيل إمكانية الوصول',
      'Деталі доступності',
    ],
    ['schedule', 'times', 'Zeiten', 'Times', 'الأوقات', 'Час'],
    ['schedule.timeZone', 'times', 'Zeitzone', 'Time zone', 'المنطقة الزمنية', 'Часовий пояс'],
    [
      'schedule.weekly',
      'times',
      'Wöchentliche Zeiten',
      'Weekly times',
      'المواعيد الأسبوعية',
      'Щотижневий розклад',
    ],
    ['schedule.weekly.day', 'times', 'Tag', 'Day', 'اليوم', 'День'],
    ['schedule.weekly.opens', 'times', 'Von', 'From', 'من', 'Від'],
    ['schedule.weekly.closes', 'times', 'Bis', 'Until', 'إلى', 'До'],
    [
      'schedule.weekly.interval',
      'times',
      'Alle … Wochen',
      'Every … weeks',
      'كل … أسابيع',
      'Кожні … тижні',
    ],
    [
      'schedule.weekly.note',
      'times',
      'Hinweis zur Zeit',
      'Note on the time',
      'ملاحظة حول الوقت',
      'Примітка щодо часу',
    ],
    ['schedule.sessions', 'times', 'Termine', 'Dates', 'المواعيد', 'Дати'],
    ['schedule.sessions.start', 'times', 'Beginn', 'Start', 'البداية', 'Початок'],
    ['schedule.sessions.end', 'times', 'Ende', 'End', 'النهاية', 'Кінець'],
    [
      'schedule.sessions.note',
      'times',
      'Hinweis zum Termin',
      'Note on the date',
      'ملاحظة حول الموعد',
      'Примітка щодо дати',
    ],
    [
      'schedule.byAppointment',
      'times',
      'Nach Vereinbarung',
      'By appointment',
      'بموعد مسبق',
      'За домовленістю',
    ],
    [
      'schedule.validFrom',
      'times',
      'Zeiten gültig ab',
      'Times valid from',
      'الأوقات سارية من',
      'Розклад діє з',
    ],
    [
      'schedule.validUntil',
      'times',
      'Zeiten gültig bis',
      'Times valid until',
      'الأوقات سارية حتى',
      'Розклад діє до',
    ],
    ['schedule.closures', 'times', 'Schließzeiten', 'Closures', 'أيام الإغلاق', 'Перерви'],
    ['schedule.closures.from', 'times', 'Geschlossen ab', 'Closed from', 'مغلق من', 'Зачинено з'],
    [
      'schedule.closures.until',
      'times',
      'Geschlossen bis',
      'Closed until',
      'مغلق حتى',
      'Зачинено до',
    ],
    ['schedule.closures.reason', 'times', 'Grund', 'Reason', 'السبب', 'Причина'],
    [
      'schedule.note',
      'times',
      'Hinweis zu den Zeiten',
      'Note on the times',
      'ملاحظة حول الأوقات',
      'Примітка щодо часу',
    ],
    [
      'validFrom',
      'times',
      'Angebot gültig ab',
      'Offer valid from',
      'العرض ساري من',
      'Пропозиція діє з',
    ],
    [
      'validUntil',
      'times',
      'Angebot gültig bis',
      'Offer valid until',
      'العرض ساري حتى',
      'Пропозиція діє до',
    ],
    ['providerId', 'contact', 'Anbieter', 'Provider', 'مقدِّم العرض', 'Організація'],
    [
      'contactIds',
      'contact',
      'Kontaktpersonen',
      'Contact persons',
      'جهات الاتصال',
      'Контактні особи',
    ],
    ['id', 'other', 'Kennung', 'Identifier', 'المعرّف', 'Ідентифікатор'],
  ].map(([path, section, ...names]) => [path, { section, names: byLanguage(names) }]),
);

/** Values of the model's lists of choices, by field. */
const choices = {
  kind: {
    course: ['Kurs', 'Course', 'دورة', 'Курс'],
    counselling: ['Beratung', 'Counselling', 'استشارة', 'Консультація'],
    sport: ['Sport', 'Sport', 'رياضة', 'Спорт'],
    childcare: ['Kinderbetreuung', 'Childcare', 'رعاية الأطفال', 'Догляд за дітьми'],
    work: ['Arbeit', 'Work', 'عمل', 'Робота'],
    meeting: ['Treffen', 'Meeting', 'لقاء', 'Зустріч'],
    event: ['Veranstaltung', 'Event', 'فعالية', 'Захід'],
    other: ['Sonstiges', 'Other', 'أخرى', 'Інше'],
  },
  format: {
    'on-site': ['Vor Ort', 'On site', 'حضوري', 'Наживо'],
    online: ['Online', 'Online', 'عبر الإنترنت', 'Онлайн'],
    hybrid: ['Vor Ort und online', 'On site and online', 'حضوري وعبر الإنترنت', 'Наживо та онлайн'],
  },
  'cost.kind': {
    free: ['Kostenlos', 'Free', 'مجاني', 'Безкоштовно'],
    reduced: ['Ermäßigt', 'Reduced', 'مخفّض', 'Зі знижкою'],
    paid: ['Kostenpflichtig', 'Paid', 'مدفوع', 'Платно'],
  },
  'area.kind': {
    county: ['Im ganzen Kreis', 'The whole county', 'في كل المقاطعة', 'Увесь округ'],
    municipalities: ['Einzelne Städte', 'Some towns', 'مدن محددة', 'Окремі міста'],
  },
  'locations.accessibility.wheelchair': {
    yes: ['Ja', 'Yes', 'نعم', 'Так'],
    no: ['Nein', 'No', 'لا', 'Ні'],
    unknown: ['Unbekannt', 'Unknown', 'غير معروف', 'Невідомо'],
  },
  'texts.status': {
    original: ['Originaltext', 'Original', 'النص الأصلي', 'Оригінал'],
    machine: ['Maschinell übersetzt', 'Machine-translated', 'ترجمة آلية', 'Машинний переклад'],
    'human-checked': [
      'Von Menschen geprüft',
      'Checked by a person',
      'راجعه شخص',
      'Перевірено людиною',
    ],
  },
};
const yesNo = { true: ['Ja', 'Yes', 'نعم', 'Так'], false: ['Nein', 'No', 'لا', 'Ні'] };
const empty = ['(leer)', '(empty)', '(فارغ)', '(порожньо)'];
const numbered = {
  locations: ['Ort', 'Place', 'المكان', 'Місце'],
  targetGroups: ['Zielgruppe', 'Target group', 'الفئة المستهدفة', 'Цільова група'],
  'schedule.weekly': ['Zeit', 'Time', 'الوقت', 'Час'],
  'schedule.sessions': ['Termin', 'Date', 'الموعد', 'Дата'],
  'schedule.closures': ['Schließzeit', 'Closure', 'الإغلاق', 'Перерва'],
  'registration.documents': ['Unterlage', 'Document', 'مستند', 'Документ'],
};

function byLanguage(names) {
  return Object.fromEntries(labelLanguages.map((lang, i) => [lang, names[i]]));
}

/** The language the labels are given in for a UI language. */
export function labelLanguage(lang) {
  return labelLanguages.includes(lang) ? lang : 'en';
}

const pick = (names, lang) => names[labelLanguages.indexOf(labelLanguage(lang))] ?? names[0];

/** Fields whose keys below are language codes (texts per language, localized notes). */
const localized = new Set([
  'texts',
  'cost.note',
  'registration.howTo',
  'registration.documents',
  'locations.accessibility.details',
  'schedule.note',
  'schedule.weekly.note',
  'schedule.sessions.note',
  'schedule.closures.reason',
]);

/**
 * Splits a change's path (`locations[0].address.street`, `texts.ar.title`) into the field (`locations.address.street`),
 * the positions in lists (`[0]`) and the language of a text (`ar`).
 */
export function parsePath(path) {
  const field = [];
  const positions = [];
  let language;
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (part.startsWith('[')) positions.push(Number(part.slice(1, -1)));
    else if (language === undefined && localized.has(field.join('.'))) language = part;
    else field.push(part);
  }
  return { field: field.join('.'), positions, language };
}

/** Name of a language code in `lang` (`ar` → "Arabisch"). */
function languageName(code, lang) {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The field's name in German and in the UI language, with the place in a list and the text's language:
 * `texts.ar.title` → { de: 'Titel (Arabisch)', ui: 'العنوان (العربية)' }. Unknown fields keep their last key in
 * quotes, so nothing is hidden, and say "Feld".
 */
export function fieldLabel(path, lang) {
  const { field, positions, language } = parsePath(path);
  const known = fields.get(field);
  const label = (l) => {
    const base = known
      ? pick(Object.values(known.names), l)
      : `${pick(['Feld', 'Field', 'حقل', 'Поле'], l)} „${field.split('.').pop()}“`;
    const list = Object.keys(numbered).find(
      (prefix) => field === prefix || field.startsWith(`${prefix}.`),
    );
    const where =
      list !== undefined && positions.length > 0
        ? `${pick(numbered[list], l)} ${positions[0] + 1}: `
        : '';
    const inLanguage =
      language === undefined ? '' : ` (${languageName(language, labelLanguage(l))})`;
    return `${where}${base}${inLanguage}`;
  };
  return { de: label('de'), ui: label(lang) };
}

/** The section a change belongs to (see {@link sections}). */
export function sectionOf(path) {
  return fields.get(parsePath(path).field)?.section ?? 'other';
}

const isPlainObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Splits a change of a whole object that is new or gone (`texts.ar` added, every field of a new offer) into one
 * change per field, so each row names a field in German; lists stay one value (a list of places, of times).
 */
export function flattenChanges(changes) {
  return changes.flatMap(({ path, before, after }) => {
    const split =
      (isPlainObject(before) || before === undefined) &&
      (isPlainObject(after) || after === undefined) &&
      (isPlainObject(before) || isPlainObject(after));
    if (!split) return [{ path, before, after }];
    const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
    return flattenChanges(
      keys.map((key) => ({ path: `${path}.${key}`, before: before?.[key], after: after?.[key] })),
    );
  });
}

/** Changes grouped by section, in the order of {@link sections}; empty sections left out. */
export function groupChanges(changes) {
  return sections
    .map((section) => ({
      ...section,
      changes: changes.filter((c) => sectionOf(c.path) === section.id),
    }))
    .filter((group) => group.changes.length > 0);
}

const localizedText = (value, lang) =>
  Object.entries(value).map(
    ([code, text]) => `${languageName(code, labelLanguage(lang))}: ${text}`,
  );

function dateTime(value, lang, withTime) {
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(labelLanguage(lang), {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short', timeZone: 'Europe/Berlin' } : { timeZone: 'UTC' }),
  }).format(date);
}

const weekdays = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
function weekday(code, lang) {
  const index = weekdays.indexOf(code);
  if (index < 0) return code;
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(labelLanguage(lang), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + index)),
  );
}

/**
 * A value as lines of text in the UI language: ids become the names in `names` (municipalities, fields of
 * action, target groups, places, actors, contacts: Maps from id to name), true/false "Ja"/"Nein", dates
 * dates, lists one line per entry, objects "Name: value" per field. `undefined` (not there) is "(leer)".
 */
export function describeValue(path, value, lang, names = {}) {
  const { field, language } = parsePath(path);
  const lookup = (map, id) => names[map]?.get(id) ?? id;
  if (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
    return [pick(empty, lang)];
  if (Array.isArray(value)) {
    const list = Object.keys(numbered).includes(field);
    return value.flatMap((item, i) =>
      describeValue(`${path}[${i}]`, item, lang, names).map((line, j) =>
        list && typeof item === 'object' && j === 0
          ? `${pick(numbered[field], lang)} ${i + 1}: ${line}`
          : line,
      ),
    );
  }
  if (typeof value === 'object') {
    if (localized.has(field) && language === undefined && field !== 'texts')
      return localizedText(value, lang);
    // Entries of a list a person reads as one line: a target group, a weekly time, a dated session.
    if (field === 'targetGroups' && typeof value.id === 'string') {
      const ages = [value.minAge, value.maxAge].some((age) => age !== undefined)
        ? ` (${value.minAge ?? 0}–${value.maxAge ?? ''})`
        : '';
      return [`${lookup('targetGroups', value.id)}${ages}`];
    }
    if (field === 'schedule.weekly' && typeof value.day === 'string')
      return [`${weekday(value.day, lang)} ${value.opens}–${value.closes}`];
    if (field === 'schedule.sessions' && typeof value.start === 'string')
      return [`${dateTime(value.start, lang, true)} – ${dateTime(value.end ?? '', lang, true)}`];
    return Object.entries(value).flatMap(([key, inner]) => {
      const child = `${path}.${key}`;
      const label = fieldLabel(child, lang).ui.replace(/^[^:]+: /, '');
      return describeValue(child, inner, lang, names).map((line) => `${label}: ${line}`);
    });
  }
  if (typeof value === 'boolean') return [pick(yesNo[value], lang)];
  const choice = choices[field]?.[value];
  if (choice) return [pick(choice, lang)];
  switch (field) {
    case 'area.ags':
    case 'locations.municipality':
      return [lookup('municipalities', value)];
    case 'fieldsOfAction':
      return [lookup('fieldsOfAction', value)];
    case 'targetGroups.id':
      return [lookup('targetGroups', value)];
    case 'locations.placeKind':
      return [lookup('places', value)];
    case 'providerId':
      return [lookup('actors', value)];
    case 'contactIds':
      return [lookup('contacts', value)];
    case 'languages':
      return [languageName(value, labelLanguage(lang))];
    case 'schedule.weekly.day':
      return [weekday(value, lang)];
    case 'schedule.sessions.start':
    case 'schedule.sessions.end':
      return [dateTime(value, lang, true)];
    case 'validFrom':
    case 'validUntil':
    case 'schedule.validFrom':
    case 'schedule.validUntil':
    case 'schedule.closures.from':
    case 'schedule.closures.until':
      return [dateTime(value, lang, false)];
    default:
      return [String(value)];
  }
}
