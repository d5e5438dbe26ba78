// The portal's own words (navigation, headings, notices). The elements bring their own translations.
const de = {
  site: 'Integration im {county}',
  skip: 'Zum Inhalt springen',
  nav: 'Hauptnavigation',
  language: 'Sprache',
  switchLanguage: 'Sprache wechseln',
  notice: 'Demo mit fiktiven Beispieldaten: keine echten Angebote oder Personen.',
  search: 'Angebote finden',
  searchIntro:
    'Kurse, Beratung, Sport, Kinderbetreuung und Arbeit in allen zehn Städten des Kreises.',
  offer: 'Angebot',
  back: 'Zurück zur Suche',
  submit: 'Angebot eintragen',
  submitIntro:
    'Anbieter tragen ihre Angebote selbst ein; der Kreis prüft sie vor der Veröffentlichung.',
  review: 'Prüfen',
  reviewIntro:
    'Eingereichte Angebote und Änderungen, mit den Unterschieden zur zuletzt freigegebenen Fassung.',
  contacts: 'Ansprechpartner',
  contactsIntro:
    'Ansprechpersonen und Funktionspostfächer der Träger, soweit sie der Veröffentlichung zugestimmt haben.',
  goodPractice: 'Good Practice',
  goodPracticeIntro: 'Was in einer Stadt gut funktioniert und andere übernehmen können.',
  klima: 'Klimakonferenzen',
  klimaIntro:
    'Acht Workshops, vier Wetterwände: die Ist-Analyse je Handlungsfeld und die Kreiskarte.',
  board: 'Live-Board',
  strategy: 'Handlungsstrategie',
  strategyIntro: 'Ziele und Handlungsschritte je Handlungsfeld mit Stand und Verantwortlichen.',
  accessibility: 'Erklärung zur Barrierefreiheit',
  login: 'Anmelden',
  logout: 'Abmelden',
  email: 'E-Mail-Adresse',
  password: 'Passwort',
  loginNeeded: 'Bitte melden Sie sich an, um fortzufahren.',
  approve: 'Freigeben',
  reject: 'Ablehnen',
  reason: 'Begründung',
  emptyQueue: 'Keine Angebote warten auf Prüfung.',
  footer: '{office}. Diese Seite setzt keine Cookies außer der Anmeldung und verfolgt niemanden.',
};

/** @type {Record<string, typeof de>} */
export const chrome = {
  de,
  en: {
    site: 'Integration in {county}',
    skip: 'Skip to content',
    nav: 'Main navigation',
    language: 'Language',
    switchLanguage: 'Change language',
    notice: 'Demo with fictional sample data: no real offers or persons.',
    search: 'Find offers',
    searchIntro: 'Courses, counselling, sport, childcare and work in all ten cities of the county.',
    offer: 'Offer',
    back: 'Back to search',
    submit: 'Add an offer',
    submitIntro:
      'Providers enter their own offers; the county reviews them before they are published.',
    review: 'Review',
    reviewIntro: 'Submitted offers and changes, with the differences to the last approved version.',
    contacts: 'Contacts',
    contactsIntro: 'Contact persons and role mailboxes of providers who agreed to be published.',
    goodPractice: 'Good practice',
    goodPracticeIntro: 'What works well in one city and others can adopt.',
    klima: 'Klimakonferenzen',
    klimaIntro:
      'Eight workshops, four weather walls: the current-state analysis per field and the county map.',
    board: 'Live board',
    strategy: 'Strategy',
    strategyIntro: 'Goals and action steps per field of action with status and who is responsible.',
    accessibility: 'Accessibility statement',
    login: 'Sign in',
    logout: 'Sign out',
    email: 'E-mail address',
    password: 'Password',
    loginNeeded: 'Please sign in to continue.',
    approve: 'Approve',
    reject: 'Reject',
    reason: 'Reason',
    emptyQueue: 'No offers are waiting for review.',
    footer: '{office}. This site sets no cookies except for signing in and tracks nobody.',
  },
  ar: {
    site: 'الاندماج في {county}',
    skip: 'انتقل إلى المحتوى',
    nav: 'القائمة الرئيسية',
    language: 'اللغة',
    switchLanguage: 'تغيير اللغة',
    notice: 'نسخة تجريبية ببيانات خيالية: لا عروض ولا أشخاص حقيقيون.',
    search: 'البحث عن العروض',
    searchIntro: 'دورات واستشارات ورياضة ورعاية أطفال وعمل في جميع مدن المقاطعة العشر.',
    offer: 'عرض',
    back: 'العودة إلى البحث',
    submit: 'إضافة عرض',
    submitIntro: 'يُدخل مقدّمو الخدمات عروضهم بأنفسهم، وتراجعها المقاطعة قبل النشر.',
    review: 'المراجعة',
    reviewIntro: 'العروض والتعديلات المقدَّمة مع الفروق عن آخر نسخة معتمدة.',
    contacts: 'جهات الاتصال',
    contactsIntro: 'الأشخاص وصناديق البريد الوظيفية لدى مقدّمي الخدمات الذين وافقوا على النشر.',
    goodPractice: 'ممارسات جيدة',
    goodPracticeIntro: 'ما ينجح في مدينة ويمكن للآخرين تبنّيه.',
    klima: 'مؤتمرات المناخ',
    klimaIntro: 'ثماني ورش عمل وأربعة جدران للطقس: تحليل الوضع الراهن لكل مجال وخريطة المقاطعة.',
    board: 'اللوحة المباشرة',
    strategy: 'استراتيجية العمل',
    strategyIntro: 'الأهداف وخطوات العمل لكل مجال مع الحالة والجهات المسؤولة.',
    accessibility: 'بيان إمكانية الوصول',
    login: 'تسجيل الدخول',
    logout: 'تسجيل الخروج',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    loginNeeded: 'يرجى تسجيل الدخول للمتابعة.',
    approve: 'اعتماد',
    reject: 'رفض',
    reason: 'السبب',
    emptyQueue: 'لا توجد عروض بانتظار المراجعة.',
    footer: '{office}. لا يضع هذا الموقع ملفات تعريف ارتباط إلا لتسجيل الدخول ولا يتتبع أحدًا.',
  },
};

/** Languages the portal offers, with their own names, and which are written right to left. */
export const languages = [
  { code: 'de', name: 'Deutsch' },
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية', rtl: true },
  { code: 'uk', name: 'Українська' },
  { code: 'tr', name: 'Türkçe' },
  { code: 'fa', name: 'فارسی', rtl: true },
  { code: 'ru', name: 'Русский' },
];

/** The portal words for a language; languages without their own portal words fall back to English. */
export function wordsFor(lang) {
  return chrome[lang] ?? chrome.en;
}

/** Fills the county's name and office into the portal words that mention them. */
export function countyWords(words, profile) {
  const fill = (text) =>
    text
      .replace('{county}', profile.county.name)
      .replace('{office}', profile.county.office ?? profile.county.name);
  return { ...words, site: fill(words.site), footer: fill(words.footer) };
}
