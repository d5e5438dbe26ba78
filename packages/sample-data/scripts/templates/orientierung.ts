import type { OfferTemplate } from '../template.js';
import { field, group } from '../vocabulary.js';

/** Orientation offers of the field "Bildung ab 15": first steps, digital everyday life, naturalisation. */
export const orientierung: readonly OfferTemplate[] = [
  {
    key: 'erstorientierungskurs',
    fields: [field.bildung15],
    kind: 'course',
    titles: [
      'Erstorientierungskurs (EOK)',
      'Erstorientierung für Asylsuchende: Leben in {ort}',
      'Erste Schritte in Deutschland – Orientierungskurs',
    ],
    summaries: [
      'Für Asylsuchende mit unklarer Bleibeperspektive: erste Deutschkenntnisse und Wissen über den Alltag – Einkaufen, Arzt, Wohnen, Verkehr, Werte.',
      '300 Unterrichtseinheiten mit Ausflügen in die Stadt, vom BAMF gefördert und für Teilnehmende kostenlos.',
    ],
    description:
      'Der Erstorientierungskurs (EOK) richtet sich an Menschen, die noch keinen Zugang zum Integrationskurs haben. In Modulen wie „Einkaufen“, „Gesundheit“, „Arbeit“ und „Sitten und Gebräuche“ lernen die Teilnehmenden Deutsch für den Alltag. Fahrkosten können erstattet werden; eine Kinderbetreuung ist nach Absprache möglich.',
    providers: ['vhs', 'bildungstraeger', 'caritas', 'drk'],
    groups: [{ id: group.neu, minAge: 16 }, { id: group.erw }],
    languages: ['ar', 'fa', 'ti', 'ku', 'so', 'tr'],
    cost: { kind: 'free' },
    schedule: ['course-mornings'],
    registration: { required: true, documents: ['aufenthalt'] },
    tags: ['Erstorientierung', 'EOK', 'Orientierungskurs', 'Asylsuchende', 'Alltag'],
    i18n: {
      ar: {
        title: 'دورة التوجيه الأولي (EOK)',
        summary:
          'لطالبي اللجوء: أولى مفردات اللغة الألمانية ومعلومات عن الحياة اليومية – التسوق، الطبيب، السكن، المواصلات والقيم.',
      },
      fa: {
        title: 'دوره آشنایی اولیه (EOK)',
        summary:
          'برای پناهجویان: اولین آشنایی با زبان آلمانی و زندگی روزمره – خرید، پزشک، مسکن، رفت‌وآمد و ارزش‌ها.',
      },
      tr: {
        title: 'İlk oryantasyon kursu (EOK)',
        summary:
          'Sığınmacılar için: ilk Almanca bilgileri ve günlük yaşam – alışveriş, doktor, konut, ulaşım ve değerler.',
      },
      en: {
        title: 'Initial orientation course (EOK)',
        summary:
          'For asylum seekers: first German and everyday knowledge – shopping, doctors, housing, transport, values.',
      },
    },
  },
  {
    key: 'einbuergerung-info',
    fields: [field.bildung15, field.engagement],
    kind: 'event',
    titles: [
      'Infoabend Einbürgerung',
      'Einbürgerungstest: Vorbereitungskurs „Leben in Deutschland“',
      'Deutsche Staatsangehörigkeit – was muss ich wissen?',
    ],
    summaries: [
      'Voraussetzungen, Unterlagen, Kosten und Ablauf der Einbürgerung nach dem neuen Staatsangehörigkeitsrecht – mit Zeit für Fragen.',
      'Vorbereitung auf den Einbürgerungstest mit den 310 Fragen aus dem offiziellen Katalog.',
    ],
    description:
      'Seit der Reform des Staatsangehörigkeitsrechts ist die Einbürgerung nach fünf Jahren möglich, Mehrstaatigkeit ist erlaubt. Am Infoabend erklärt die Einbürgerungsbehörde den Ablauf; im Anschluss üben wir Fragen aus dem Einbürgerungstest.',
    providers: ['vhs', 'abh', 'stadt', 'mso'],
    groups: [{ id: group.laenger, minAge: 16 }, { id: group.erw }],
    languages: ['tr', 'ar', 'ru', 'en'],
    cost: { kind: 'free' },
    format: ['on-site', 'hybrid'],
    schedule: ['sessions'],
    registration: { required: true },
    tags: ['Einbürgerung', 'Einbürgerungstest', 'Staatsangehörigkeit', 'Leben in Deutschland'],
    i18n: {
      en: {
        title: 'Information evening on naturalisation',
        summary:
          'Requirements, documents, fees and procedure of naturalisation under the new citizenship law, with time for questions.',
      },
      tr: {
        title: 'Vatandaşlığa geçiş bilgilendirme akşamı',
        summary:
          'Yeni vatandaşlık yasasına göre vatandaşlığa geçişin koşulları, belgeleri, ücretleri ve süreci; sorular için zaman var.',
      },
      ru: {
        title: 'Информационный вечер о натурализации',
        summary:
          'Условия, документы, стоимость и порядок получения гражданства по новому закону — с ответами на вопросы.',
      },
      ar: {
        title: 'أمسية معلومات حول التجنيس',
        summary:
          'الشروط والوثائق والرسوم وإجراءات التجنيس وفق قانون الجنسية الجديد، مع وقت للأسئلة.',
      },
    },
  },
  {
    key: 'digitalkurs',
    fields: [field.bildung15],
    kind: 'course',
    titles: [
      'Smartphone-Kurs: Apps für den Alltag',
      'Digital fit: Online-Formulare, E-Mail und Termine',
      'Computer-Grundkurs für Anfänger*innen',
    ],
    summaries: [
      'Wie buche ich einen Termin online, lade ein Dokument hoch oder nutze die Bus-App? Praktisch üben am eigenen Handy.',
      'Grundlagen am PC: E-Mail, Textverarbeitung, sicheres Surfen – in einfachem Deutsch.',
    ],
    description:
      'Im Kurs üben wir mit Beispielen aus dem Alltag: Online-Terminvergabe im Bürgerbüro, ELSTER, das Schulportal der Kinder und Fahrpläne der Vestischen Busse. Bringen Sie Ihr Smartphone mit; Leihgeräte gibt es vor Ort.',
    providers: ['vhs', 'stadtteilzentrum', 'initiative', 'mso'],
    groups: [{ id: group.erw }, { id: group.neu }, { id: group.laenger }],
    languages: ['ar', 'ru', 'tr'],
    cost: {
      kind: 'reduced',
      amountEur: 10,
      note: [
        '10 € Materialkosten, mit Bescheid kostenfrei',
        '€10 for materials, free with a notice of benefits',
      ],
    },
    schedule: ['sessions', 'weekly-morning'],
    registration: { required: true },
    tags: ['Smartphone', 'Computer', 'Digital', 'Online-Termin'],
  },
];
