import type { OfferTemplate } from '../template.js';
import { field, group } from '../vocabulary.js';

/** Everyday help that newcomers look for early: food, clothes, money matters, a driving licence. */
export const alltagshilfen: readonly OfferTemplate[] = [
  {
    key: 'tafel',
    fields: [field.familie, field.engagement],
    kind: 'other',
    titles: [
      'Tafel: Lebensmittelausgabe',
      'Lebensmittelausgabe der Tafel {stadtteil}',
      'Tafel-Laden – günstig einkaufen mit Berechtigung',
    ],
    summaries: [
      'Gespendete Lebensmittel für Menschen mit wenig Geld, gegen einen symbolischen Beitrag. Bitte Berechtigungsnachweis und Einkaufstasche mitbringen.',
      'Ehrenamtliche geben jede Woche Obst, Gemüse, Brot und Milchprodukte aus; Neuanmeldung zu Beginn der Ausgabe.',
    ],
    description:
      'Berechtigt sind Menschen mit Bürgergeld, Grundsicherung, Wohngeld, Leistungen nach dem AsylbLG oder geringem Einkommen. Bei der ersten Ausgabe erhalten Sie einen Tafel-Ausweis. Wir suchen immer Ehrenamtliche für Abholung, Sortieren und Ausgabe – auch mit wenig Deutschkenntnissen.',
    providers: ['drk', 'caritas', 'diakonie', 'kirche', 'initiative'],
    groups: [{ id: group.erw }, { id: group.neu }, { id: group.laenger }],
    languages: ['ar', 'uk', 'ru', 'tr'],
    cost: {
      kind: 'reduced',
      amountEur: 2,
      note: ['Symbolischer Beitrag von 2 € pro Einkauf', 'Symbolic contribution of €2 per visit'],
    },
    schedule: ['weekly-afternoon', 'weekly-morning'],
    registration: { required: true, documents: ['bescheid', 'ausweis'] },
    tags: ['Tafel', 'Lebensmittel', 'Essen', 'günstig', 'Spenden'],
    i18n: {
      ar: {
        title: 'بنك الطعام (تافل): توزيع المواد الغذائية',
        summary:
          'مواد غذائية متبرع بها لذوي الدخل المحدود مقابل مساهمة رمزية. يرجى إحضار إثبات الاستحقاق وحقيبة تسوق.',
      },
      uk: {
        title: 'Тафель: видача продуктів',
        summary:
          'Пожертвувані продукти для людей з малими доходами за символічний внесок. Візьміть підтвердження права та сумку для покупок.',
      },
      ru: {
        title: 'Тафель: раздача продуктов',
        summary:
          'Пожертвованные продукты для людей с небольшим доходом за символическую плату. Возьмите подтверждение права и сумку.',
      },
      tr: {
        title: 'Tafel: gıda dağıtımı',
        summary:
          'Düşük gelirli kişiler için sembolik bir ücret karşılığında bağışlanmış gıdalar. Lütfen hak belgesi ve alışveriş çantası getirin.',
      },
      en: {
        title: 'Food bank (Tafel)',
        summary:
          'Donated food for people on a low income, for a symbolic contribution. Please bring proof of eligibility and a shopping bag.',
      },
    },
    easy: {
      title: 'Essen für wenig Geld: die Tafel',
      summary:
        'Sie haben wenig Geld? Bei der Tafel bekommen Sie Lebens-Mittel. Sie bezahlen nur 2 Euro.',
    },
  },
  {
    key: 'kleiderkammer',
    fields: [field.engagement, field.familie],
    kind: 'other',
    titles: [
      'Kleiderkammer',
      'Kleiderstube für Kinder und Erwachsene',
      'Second-Hand-Kleidung: Kleiderkammer {stadtteil}',
    ],
    summaries: [
      'Gut erhaltene Kleidung, Schuhe und Babysachen kostenlos oder gegen eine kleine Spende; Annahme von Spenden zu den Öffnungszeiten.',
      'Winterjacken, Schulsachen, Kinderwagen: Ehrenamtliche sortieren Spenden und geben sie weiter.',
    ],
    description:
      'Die Kleiderkammer wird ehrenamtlich betrieben. Bitte bringen Sie nur saubere, heile Kleidung als Spende. Familien aus Unterkünften bekommen einen Gutschein über die Sozialarbeit.',
    providers: ['drk', 'kirche', 'initiative', 'awo'],
    groups: [{ id: group.neu }, { id: group.erw }, { id: group.kita }],
    languages: ['ar', 'uk', 'fa'],
    cost: { kind: 'free', note: ['Spenden willkommen', 'Donations welcome'] },
    schedule: ['weekly-morning', 'weekly-afternoon'],
    tags: ['Kleiderkammer', 'Kleidung', 'Spenden', 'Babysachen'],
  },
  {
    key: 'schuldnerberatung',
    fields: [field.arbeit, field.familie],
    kind: 'counselling',
    titles: [
      'Schuldner- und Insolvenzberatung',
      'Schulden? Beratung zu Inkasso, Handyvertrag und P-Konto',
      'Budgetberatung: mit dem Geld auskommen',
    ],
    summaries: [
      'Wir helfen bei Schulden, Mahnungen und Inkassobriefen, richten ein Pfändungsschutzkonto ein und begleiten in die Privatinsolvenz.',
      'Handyverträge, Stromnachzahlungen, Ratenkäufe: gemeinsam einen Haushaltsplan aufstellen und mit Gläubigern verhandeln.',
    ],
    description:
      'Die Beratung ist kostenlos und vertraulich. Bringen Sie alle Briefe von Gläubigern, Kontoauszüge und Einkommensnachweise mit. Bei akuter Kontopfändung erhalten Sie kurzfristig einen Termin für die P-Konto-Bescheinigung.',
    providers: ['caritas', 'diakonie', 'awo', 'stadt'],
    groups: [{ id: group.erw, minAge: 18 }, { id: group.laenger }],
    languages: ['tr', 'ar', 'ru', 'en'],
    cost: { kind: 'free' },
    schedule: ['appointment', 'office-hours'],
    registration: { required: true, documents: ['einkommen', 'ausweis'] },
    weight: 0.8,
    tags: ['Schulden', 'Schuldnerberatung', 'Inkasso', 'P-Konto', 'Insolvenz'],
    i18n: {
      tr: {
        title: 'Borç ve iflas danışmanlığı',
        summary:
          'Borçlar, ihtarlar ve icra mektuplarında yardım ediyor, haciz korumalı hesap açıyor ve kişisel iflas sürecinde eşlik ediyoruz.',
      },
      ar: {
        title: 'استشارة الديون والإفلاس',
        summary:
          'نساعد في الديون والإنذارات ورسائل شركات التحصيل، ونفتح حساباً محمياً من الحجز ونرافقك في إجراءات الإفلاس الشخصي.',
      },
      ru: {
        title: 'Консультация по долгам и банкротству',
        summary:
          'Помогаем с долгами, напоминаниями и письмами коллекторов, открываем защищённый счёт и сопровождаем процедуру личного банкротства.',
      },
    },
  },
  {
    key: 'fuehrerschein-theorie',
    fields: [field.arbeit, field.bildung15],
    kind: 'course',
    titles: [
      'Führerschein-Theorie auf Arabisch und Deutsch',
      'Fahrschul-Theorie mit Sprachhilfe',
      'Führerschein für Geflüchtete: Theoriekurs',
    ],
    summaries: [
      'Theorieunterricht für den Führerschein Klasse B mit Erklärungen in der Muttersprache; die Prüfung ist auf Arabisch, Farsi, Russisch oder Türkisch möglich.',
      'Fachbegriffe verstehen, Prüfungsbögen üben, Fahrstunden planen – mit Förderung über das Jobcenter, wenn der Führerschein für die Arbeit nötig ist.',
    ],
    description:
      'Viele Arbeitsstellen in Pflege, Logistik und Handwerk setzen einen Führerschein voraus. Im Kurs üben wir die Prüfungsfragen und erklären Verkehrsregeln auf Deutsch und in der Herkunftssprache. Ob das Jobcenter die Kosten übernimmt, klären wir vorab gemeinsam.',
    providers: ['bildungstraeger', 'mso', 'jmd'],
    groups: [{ id: group.jungeErw, minAge: 17 }, { id: group.erw }],
    languages: ['ar', 'fa', 'ru', 'tr', 'uk'],
    cost: {
      kind: 'paid',
      amountEur: 120,
      note: [
        '120 € Kursgebühr; Förderung durch das Jobcenter möglich',
        '€120 course fee; funding by the Jobcenter possible',
      ],
    },
    schedule: ['course-evenings'],
    registration: { required: true, documents: ['ausweis', 'aufenthalt'] },
    weight: 0.6,
    tags: ['Führerschein', 'Fahrschule', 'Theorie', 'Mobilität'],
    i18n: {
      ar: {
        title: 'نظري رخصة القيادة بالعربية والألمانية',
        summary:
          'دروس نظرية لرخصة القيادة فئة B مع شرح باللغة الأم؛ يمكن إجراء الامتحان بالعربية أو الفارسية أو الروسية أو التركية.',
      },
      fa: {
        title: 'تئوری گواهینامه رانندگی با کمک زبانی',
        summary:
          'کلاس تئوری گواهینامه B با توضیح به زبان مادری؛ آزمون به عربی، فارسی، روسی یا ترکی ممکن است.',
      },
      uk: {
        title: 'Теорія для водійських прав з мовною підтримкою',
        summary:
          'Теоретичні заняття для прав категорії B з поясненнями рідною мовою; іспит можна скласти російською, турецькою та іншими мовами.',
      },
    },
  },
];
