import type { OfferTemplate } from '../template.js';
import { field, group, place } from '../vocabulary.js';

/** Offers of the field "Bürgerschaftliches Engagement". */
export const engagement: readonly OfferTemplate[] = [
  {
    key: 'ehrenamtliche-lotsen',
    fields: [field.engagement],
    kind: 'counselling',
    titles: [
      'Ehrenamtliche Lotsen',
      'Integrationslots*innen begleiten zu Ämtern und Ärzt*innen',
      'Lotsenprojekt „Ankommen in {ort}“',
    ],
    summaries: [
      'Ehrenamtliche Lots*innen begleiten Neuzugewanderte zu Behörden, Ärzt*innen, Schulen und Vermieter*innen.',
      'Wegweiser im Alltag: Lots*innen erklären, übersetzen und kennen die richtigen Stellen.',
    ],
    description:
      'Unsere Lots*innen werden geschult (Datenschutz, Rolle, Grenzen des Ehrenamts) und treffen sich monatlich zum Austausch. Wer eine Begleitung braucht, meldet sich bei der Koordination; wir vermitteln innerhalb weniger Tage. Neue Lots*innen sind herzlich willkommen – besonders mit Arabisch-, Farsi- oder Ukrainischkenntnissen.',
    providers: ['stadt', 'initiative', 'caritas', 'diakonie', 'awo', 'mso'],
    groups: [{ id: group.neu }, { id: group.multi }, { id: group.vorOrt }],
    languages: ['ar', 'fa', 'uk', 'ru', 'tr', 'ku', 'en'],
    cost: { kind: 'free' },
    schedule: ['appointment'],
    registration: { required: true },
    tags: ['Lotsen', 'Ehrenamt', 'Begleitung', 'Behörden'],
    i18n: {
      en: {
        title: 'Volunteer guides',
        summary:
          'Volunteer guides accompany newcomers to authorities, doctors, schools and landlords.',
      },
      ar: {
        title: 'مرشدون متطوعون',
        summary:
          'يرافق مرشدون متطوعون القادمين الجدد إلى الدوائر الرسمية والأطباء والمدارس والمؤجرين.',
      },
      uk: {
        title: 'Волонтери-супровідники',
        summary: 'Волонтери супроводжують новоприбулих до установ, лікарів, шкіл та орендодавців.',
      },
      fa: {
        title: 'راهنمایان داوطلب',
        summary:
          'راهنمایان داوطلب تازه‌واردان را به ادارات، پزشکان، مدارس و صاحبخانه‌ها همراهی می‌کنند.',
      },
      ru: {
        title: 'Волонтёры-проводники',
        summary:
          'Волонтёры сопровождают новоприбывших в ведомства, к врачам, в школы и к арендодателям.',
      },
      tr: {
        title: 'Gönüllü rehberler',
        summary:
          'Gönüllü rehberler yeni gelenlere resmi dairelere, doktorlara, okullara ve ev sahiplerine giderken eşlik eder.',
      },
    },
    easy: {
      title: 'Menschen helfen Ihnen bei Terminen',
      summary:
        'Sie müssen zu einem Amt oder zum Arzt? Eine Helferin oder ein Helfer geht mit. Das kostet nichts.',
    },
  },
  {
    key: 'sprachpaten',
    fields: [field.engagement, field.bildung15],
    kind: 'meeting',
    titles: [
      'Sprachpat*innen gesucht: Deutsch im Tandem',
      'Sprachtandem-Vermittlung',
      'Tandem-Programm „Deutsch & Du“',
    ],
    summaries: [
      'Wir vermitteln Tandems aus Deutschlernenden und Ehrenamtlichen, die sich einmal pro Woche zum Sprechen treffen.',
      'Deutsch üben und eine neue Sprache lernen: Tandempartner*innen aus der Nachbarschaft finden.',
    ],
    description:
      'Ein Sprachtandem ist kein Unterricht, sondern Gespräch auf Augenhöhe. Die Koordination stellt Materialien bereit und lädt alle zwei Monate zum Tandem-Treffen ein.',
    providers: ['initiative', 'vhs', 'stadtteilzentrum', 'kirche'],
    groups: [{ id: group.neu }, { id: group.vorOrt }, { id: group.erw }],
    languages: ['uk', 'ar', 'en', 'es', 'fa'],
    cost: { kind: 'free' },
    schedule: ['appointment', 'fortnightly'],
    registration: { required: true },
    tags: ['Tandem', 'Sprachpaten', 'Ehrenamt', 'Deutsch sprechen'],
    i18n: {
      uk: {
        title: 'Мовний тандем: шукаємо партнерів',
        summary:
          'Ми поєднуємо тих, хто вивчає німецьку, з волонтерами, які раз на тиждень зустрічаються для розмови.',
      },
      en: {
        title: 'Language tandem matching',
        summary: 'We match German learners with volunteers who meet once a week to talk.',
      },
    },
  },
  {
    key: 'fortbildung-ehrenamt',
    fields: [field.engagement],
    kind: 'course',
    titles: [
      'Fortbildungsreihe für Ehrenamtliche in der Flüchtlingshilfe',
      'Qualifizierung für Ehrenamtliche (KOMM-AN NRW)',
      'Themenabend für Haupt- und Ehrenamtliche',
    ],
    summaries: [
      'Halbjährliches Programm mit Themenabenden: Trauma, Zugang zum Arbeitsmarkt, Asylrecht, Haltung und Selbstfürsorge.',
      'Fachinput von Expert*innen und viel Zeit für den Austausch zwischen Haupt- und Ehrenamtlichen.',
    ],
    description:
      'Die Fortbildungsreihe wird über das Landesprogramm KOMM-AN NRW gefördert und vom Kommunalen Integrationszentrum in wechselnden Städten angeboten. Die Themen entstehen aus den Bedarfen der Engagierten. Eine Teilnahmebescheinigung wird ausgestellt.',
    providers: ['ki', 'caritas', 'diakonie', 'stadt'],
    groups: [{ id: group.multi }, { id: group.vorOrt }],
    cost: { kind: 'free' },
    format: ['on-site', 'hybrid'],
    schedule: ['sessions'],
    registration: { required: true },
    tags: ['Fortbildung', 'Ehrenamt', 'KOMM-AN NRW', 'Trauma', 'Asylrecht'],
  },
  {
    key: 'ehrenamtsstammtisch',
    fields: [field.engagement],
    kind: 'meeting',
    titles: [
      'Stammtisch für Ehrenamtliche',
      'Ehrenamtstreff Flüchtlingshilfe',
      'Austauschtreffen Engagierte {ort}',
    ],
    summaries: [
      'Einmal im Monat treffen sich Ehrenamtliche aus der Integrationsarbeit: Erfahrungen teilen, Fragen klären, neue Leute kennenlernen.',
      'Offenes Netzwerktreffen für alle, die sich engagieren oder engagieren möchten.',
    ],
    description:
      'Der Stammtisch ist bewusst informell. Oft ist eine Fachkraft aus Verwaltung oder Beratung zu Gast und beantwortet Fragen. Neue Interessierte sind herzlich willkommen.',
    providers: ['initiative', 'stadt', 'kirche', 'stadtteilzentrum'],
    groups: [{ id: group.multi }, { id: group.vorOrt }],
    cost: { kind: 'free' },
    schedule: ['fortnightly', 'sessions'],
    tags: ['Stammtisch', 'Ehrenamt', 'Netzwerk', 'Austausch'],
  },
  {
    key: 'sprachmittlerpool',
    fields: [field.engagement, field.familie],
    kind: 'other',
    titles: [
      'Sprachmittlerpool: ehrenamtliche Dolmetscher*innen',
      'Dolmetschen im Ehrenamt – Sprachmittler*innen gesucht',
      'Laiendolmetscher-Pool für Kita, Schule und Beratung',
    ],
    summaries: [
      'Geschulte ehrenamtliche Sprachmittler*innen übersetzen bei Elterngesprächen, Beratung und Arztterminen – in über 20 Sprachen.',
      'Kitas, Schulen und Beratungsstellen können kostenlos Sprachmittlung anfragen.',
    ],
    description:
      'Der Pool wird vom Kommunalen Integrationszentrum koordiniert. Alle Sprachmittler*innen sind zu Schweigepflicht und Neutralität geschult. Anfragen bitte mindestens eine Woche vorher stellen. Für Gerichts- und Behördentermine ist ein beeidigter Dolmetscher nötig.',
    providers: ['ki', 'stadt', 'mso'],
    groups: [{ id: group.multi }, { id: group.neu }],
    languages: ['ar', 'fa', 'uk', 'ru', 'tr', 'ku', 'ti', 'ro', 'bg', 'pl', 'so', 'fr', 'en'],
    cost: { kind: 'free' },
    format: ['on-site', 'online'],
    schedule: ['appointment'],
    registration: { required: true },
    tags: ['Dolmetschen', 'Sprachmittlung', 'Übersetzung', 'Ehrenamt'],
    i18n: {
      en: {
        title: 'Pool of volunteer community interpreters',
        summary:
          'Trained volunteer interpreters help at parent meetings, counselling and doctor’s appointments, in more than 20 languages.',
      },
      ar: {
        title: 'مجموعة المترجمين المتطوعين',
        summary:
          'مترجمون متطوعون مدربون يساعدون في لقاءات الأهل والاستشارات ومواعيد الأطباء، بأكثر من 20 لغة.',
      },
    },
  },
  {
    key: 'interkultureller-garten',
    fields: [field.engagement, field.wohnen],
    kind: 'meeting',
    titles: [
      'Interkultureller Garten',
      'Gemeinschaftsgarten „Wurzeln schlagen“',
      'Gärtnern im Kleingartenverein für Neuzugewanderte',
    ],
    summaries: [
      'Gemeinsam gärtnern, ernten und kochen: Beete für Familien aus aller Welt, Werkzeug und Saatgut vorhanden.',
      'Der Kleingartenverein stellt Parzellen für Familien zur Verfügung, die keinen eigenen Garten haben.',
    ],
    description:
      'Im Garten treffen sich Menschen, die sonst wenig Kontakt hätten. Jede Familie betreut ein Beet, Gemeinschaftsflächen pflegen alle zusammen. Im Herbst feiern wir ein Erntefest.',
    providers: ['initiative', 'kirche', 'stadtteilzentrum', 'mso'],
    groups: [{ id: group.vorOrt }, { id: group.neu }, { id: group.kita }],
    languages: ['ar', 'fa', 'tr', 'uk'],
    cost: { kind: 'free' },
    schedule: ['weekend', 'weekly-afternoon'],
    venue: place.quartier,
    tags: ['Garten', 'Gärtnern', 'Kleingarten', 'Begegnung', 'Natur'],
  },
  {
    key: 'begegnungscafe',
    fields: [field.engagement, field.wohnen],
    kind: 'meeting',
    titles: [
      'Begegnungscafé',
      'Internationales Café {stadtteil}',
      'Café der Kulturen',
      'Offener Treff „Café International“',
    ],
    summaries: [
      'Offener Treff für alle: Kaffee, Gespräche, Spiele für Kinder und bei Bedarf Hilfe bei Formularen.',
      'Offener Treff mit Kaffee und Kuchen; einmal im Monat kocht eine Gruppe Gerichte aus ihrer Heimat für alle.',
    ],
    description:
      'Das Café wird ehrenamtlich betrieben. Es gibt keine Anmeldung und keinen Verzehrzwang; Spenden für Kaffee und Kuchen sind willkommen. Regelmäßig kommen Beratungsstellen zu Besuch.',
    providers: ['kirche', 'initiative', 'stadtteilzentrum', 'drk', 'moschee', 'mso'],
    groups: [{ id: group.vorOrt }, { id: group.neu }, { id: group.laenger }],
    languages: ['ar', 'uk', 'tr', 'fa', 'ru', 'en'],
    cost: { kind: 'free', note: ['Spenden willkommen', 'Donations welcome'] },
    schedule: ['weekly-afternoon', 'weekly-morning', 'fortnightly'],
    tags: ['Café', 'Begegnung', 'Kochen', 'Treffpunkt'],
    i18n: {
      en: {
        title: 'Meeting café',
        summary:
          'An open meeting place for everyone: coffee, conversation, games for children and help with forms if needed.',
      },
      tr: {
        title: 'Buluşma kafesi',
        summary:
          'Herkese açık buluşma yeri: kahve, sohbet, çocuklar için oyunlar ve gerekirse formlarda yardım.',
      },
      ru: {
        title: 'Кафе встреч',
        summary:
          'Открытое место встреч для всех: кофе, разговоры, игры для детей и при необходимости помощь с формулярами.',
      },
      uk: {
        title: 'Кафе зустрічей',
        summary:
          'Відкрите місце зустрічей для всіх: кава, розмови, ігри для дітей і за потреби допомога з формулярами.',
      },
    },
  },
  {
    key: 'integrationsrat-mitmachen',
    weight: 0.6,
    fields: [field.engagement],
    kind: 'event',
    titles: [
      'Mitreden im Integrationsrat: Infoabend',
      'Politisch mitbestimmen – Workshop für Neuzugewanderte',
      'Demokratie vor Ort: Wie funktioniert die Stadt?',
    ],
    summaries: [
      'Wie arbeiten Integrationsrat, Stadtrat und Verwaltung? Wer darf wählen? Wie kann ich mich einbringen?',
      'Mitglieder des Integrationsrats erzählen von ihrer Arbeit und laden zu offenen Sitzungen ein.',
    ],
    description:
      'Der Abend richtet sich an alle, die in der Stadt mitgestalten wollen, auch ohne deutschen Pass. Wir erklären das Wahlrecht zum Integrationsrat und stellen Engagementmöglichkeiten in Vereinen und Beiräten vor.',
    providers: ['stadt', 'mso', 'vhs'],
    groups: [{ id: group.laenger }, { id: group.neu }, { id: group.jungeErw }],
    languages: ['tr', 'ar', 'ru'],
    cost: { kind: 'free' },
    schedule: ['sessions'],
    tags: ['Integrationsrat', 'Beteiligung', 'Demokratie', 'Politik'],
  },
  {
    key: 'naehcafe',
    weight: 0.7,
    fields: [field.engagement, field.familie],
    kind: 'meeting',
    titles: ['Nähcafé', 'Repair-Café und Nähwerkstatt', 'Nähen und Reparieren im Quartier'],
    summaries: [
      'Gemeinsam nähen, flicken und reparieren – Nähmaschinen, Stoffe und Werkzeug sind vorhanden.',
      'Ehrenamtliche Reparateur*innen helfen bei kaputten Geräten, Fahrrädern und Kleidung.',
    ],
    description:
      'Im Nähcafé entstehen Taschen, Kinderkleidung und Vorhänge für die neue Wohnung. Erfahrene Näherinnen aus vielen Ländern geben ihr Wissen weiter. Kinder sind willkommen.',
    providers: ['stadtteilzentrum', 'initiative', 'kirche', 'mso', 'awo'],
    groups: [{ id: group.frauen }, { id: group.vorOrt }, { id: group.neu }],
    languages: ['ar', 'fa', 'uk', 'tr'],
    cost: { kind: 'free' },
    schedule: ['weekly-morning', 'weekly-afternoon'],
    tags: ['Nähen', 'Repair-Café', 'Reparieren', 'Nachhaltigkeit'],
  },
  {
    key: 'freiwilligenagentur',
    fields: [field.engagement],
    kind: 'counselling',
    titles: [
      'Freiwilligenagentur: Ehrenamt finden',
      'Ehrenamtsbörse – engagieren in {ort}',
      'Engagement für Neuzugewanderte: selbst aktiv werden',
    ],
    summaries: [
      'Wir beraten alle, die sich engagieren möchten, und vermitteln passende Aufgaben – auch Neuzugewanderte, die selbst helfen wollen.',
      'Über 80 Einsatzstellen: Sprachcafé, Sportverein, Tafel, Hausaufgabenhilfe, Kleiderkammer und mehr.',
    ],
    description:
      'Ein Ehrenamt ist auch für Neuzugewanderte ein guter Weg, Deutsch zu sprechen und Kontakte zu knüpfen. Wir beraten persönlich, stellen eine Ehrenamtskarte NRW aus und bieten Versicherungsschutz über die Stadt.',
    providers: ['stadt', 'caritas', 'diakonie', 'initiative'],
    groups: [{ id: group.vorOrt }, { id: group.neu }, { id: group.laenger }, { id: group.multi }],
    languages: ['en', 'ar', 'uk'],
    cost: { kind: 'free' },
    schedule: ['office-hours', 'appointment'],
    tags: ['Ehrenamt', 'Freiwilligenagentur', 'Engagement', 'Ehrenamtskarte'],
    i18n: {
      en: {
        title: 'Volunteer centre: find a volunteering role',
        summary:
          'We advise everyone who wants to volunteer and find suitable roles, including newcomers who want to help others.',
      },
      uk: {
        title: 'Волонтерський центр: знайти волонтерство',
        summary:
          'Консультуємо всіх, хто хоче долучитися, і підбираємо завдання — також для новоприбулих, які хочуть допомагати.',
      },
      ar: {
        title: 'مركز التطوع: ابحث عن عمل تطوعي',
        summary:
          'نقدم الاستشارة لكل من يرغب في التطوع ونقترح مهاماً مناسبة – أيضاً للقادمين الجدد الذين يريدون المساعدة.',
      },
    },
  },
  {
    key: 'chor-der-kulturen',
    fields: [field.engagement],
    kind: 'meeting',
    titles: [
      'Chor der Kulturen',
      'Interkultureller Chor – alle Stimmen willkommen',
      'Singen verbindet: offene Chorprobe',
    ],
    summaries: [
      'Lieder auf Deutsch, Arabisch, Ukrainisch, Persisch und Türkisch – Notenkenntnisse braucht niemand.',
      'Ein Chor, in dem Alteingesessene und Neuzugewanderte gemeinsam proben und auftreten.',
    ],
    description:
      'Der Chor probt einmal pro Woche und tritt bei Festen im Kreis auf. Texte gibt es in Lautschrift, damit alle mitsingen können.',
    providers: ['kirche', 'vhs', 'initiative', 'stadtteilzentrum'],
    groups: [{ id: group.vorOrt }, { id: group.neu }, { id: group.erw }],
    languages: ['ar', 'uk', 'fa', 'tr'],
    cost: { kind: 'free' },
    schedule: ['weekly-evening'],
    weight: 0.6,
    tags: ['Chor', 'Singen', 'Musik', 'Begegnung', 'Kultur'],
  },
];
