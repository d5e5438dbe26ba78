import type { OfferTemplate } from '../template.js';
import { field, group, place } from '../vocabulary.js';

/** Offers of the field "Wohnen": finding a flat, living together in shelters and neighbourhoods. */
export const wohnen: readonly OfferTemplate[] = [
  {
    key: 'wohnungssuche-beratung',
    fields: [field.wohnen],
    kind: 'counselling',
    titles: [
      'Wohnungssuche: Beratung für Geflüchtete',
      'Beratung zur Wohnungssuche',
      'Wohnraumberatung für Neuzugewanderte',
      'Auszug aus der Unterkunft – Hilfe bei der Wohnungssuche',
    ],
    summaries: [
      'Wir helfen bei der Suche nach einer eigenen Wohnung: Anzeigen verstehen, Besichtigungen vorbereiten, Mietvertrag prüfen.',
      'Unterstützung beim Umzug aus der Gemeinschaftsunterkunft in eine eigene Wohnung, inklusive Kontakt zu Vermieter*innen.',
    ],
    description:
      'In der Beratung klären wir, welche Wohnungsgröße und Miete das Jobcenter oder das Sozialamt übernimmt (Angemessenheit), wie ein Wohnberechtigungsschein (WBS) beantragt wird und worauf man bei der Besichtigung achtet. Wir üben Telefonate mit Vermieter*innen und helfen beim Ausfüllen von Selbstauskunft und Mieterfragebogen. Bitte bringen Sie vorhandene Unterlagen mit.',
    providers: ['caritas', 'awo', 'diakonie', 'stadt', 'drk'],
    groups: [
      { id: group.neu, minAge: 18 },
      { id: group.erw, minAge: 18 },
    ],
    languages: ['ar', 'fa', 'uk', 'en', 'ku'],
    cost: { kind: 'free' },
    schedule: ['office-hours', 'appointment'],
    registration: { required: true, documents: ['aufenthalt', 'bescheid'] },
    tags: ['Wohnung', 'Wohnungssuche', 'WBS', 'Umzug', 'Mietvertrag'],
    i18n: {
      en: {
        title: 'Finding a flat: advice for refugees',
        summary:
          'We help you look for a flat of your own: reading adverts, preparing viewings and checking the tenancy agreement.',
      },
      ar: {
        title: 'البحث عن سكن: استشارة للاجئين',
        summary:
          'نساعدك في البحث عن شقة خاصة بك: فهم الإعلانات، التحضير للمعاينة، ومراجعة عقد الإيجار.',
      },
      uk: {
        title: 'Пошук житла: консультація для біженців',
        summary:
          'Допомагаємо знайти власну квартиру: розібратися в оголошеннях, підготуватися до огляду, перевірити договір оренди.',
      },
      fa: {
        title: 'جستجوی خانه: مشاوره برای پناهجویان',
        summary:
          'در پیدا کردن آپارتمان کمک می‌کنیم: فهم آگهی‌ها، آمادگی برای بازدید و بررسی قرارداد اجاره.',
      },
      tr: {
        title: 'Ev arama: Mülteciler için danışmanlık',
        summary:
          'Kendi evinizi bulmanıza yardımcı oluyoruz: ilanları anlamak, ev görmeye hazırlanmak, kira sözleşmesini kontrol etmek.',
      },
      ru: {
        title: 'Поиск жилья: консультация для беженцев',
        summary:
          'Помогаем найти собственную квартиру: понять объявления, подготовиться к просмотру, проверить договор аренды.',
      },
    },
    easy: {
      title: 'Hilfe bei der Suche nach einer Wohnung',
      summary:
        'Sie suchen eine Wohnung? Wir helfen Ihnen. Wir lesen mit Ihnen Anzeigen. Wir erklären den Miet-Vertrag.',
    },
  },
  {
    key: 'mietfuehrerschein',
    fields: [field.wohnen, field.bildung15],
    kind: 'course',
    titles: [
      'Mietführerschein',
      'Mietführerschein – fit für die erste eigene Wohnung',
      'Kurs „Gut wohnen in Deutschland“',
    ],
    summaries: [
      'In vier Terminen lernen Sie Rechte und Pflichten als Mieter*in kennen: Hausordnung, Mülltrennung, Heizen und Lüften, Nebenkosten.',
      'Kurs mit Zertifikat, das viele Wohnungsgesellschaften bei der Vergabe berücksichtigen.',
    ],
    description:
      'Der Mietführerschein vermittelt in einfacher Sprache, was in einem Mietverhältnis wichtig ist: Mietvertrag und Kaution, Hausordnung und Ruhezeiten, Mülltrennung, richtig Heizen und Lüften gegen Schimmel, Nebenkostenabrechnung und was bei Schäden zu tun ist. Wer alle Termine besucht, erhält ein Zertifikat. Dolmetschende sind bei Bedarf dabei.',
    providers: ['caritas', 'awo', 'vhs', 'stadtteilzentrum', 'diakonie'],
    groups: [{ id: group.neu, minAge: 16 }, { id: group.erw }],
    languages: ['ar', 'fa', 'uk', 'ti'],
    cost: { kind: 'free' },
    schedule: ['sessions'],
    registration: { required: true },
    tags: ['Mietführerschein', 'Mieten', 'Nebenkosten', 'Mülltrennung', 'Zertifikat'],
    i18n: {
      en: {
        title: "Tenant's licence course",
        summary:
          'In four sessions you learn your rights and duties as a tenant: house rules, waste separation, heating and airing, service charges.',
      },
      ar: {
        title: 'رخصة الإيجار',
        summary:
          'في أربع جلسات تتعرف على حقوقك وواجباتك كمستأجر: نظام المبنى، فرز النفايات، التدفئة والتهوية، والتكاليف الإضافية.',
      },
      uk: {
        title: 'Курс «Посвідчення орендаря»',
        summary:
          'За чотири зустрічі ви дізнаєтеся про права та обов’язки орендаря: правила будинку, сортування сміття, опалення й провітрювання, комунальні платежі.',
      },
      tr: {
        title: 'Kiracı ehliyeti kursu',
        summary:
          'Dört buluşmada kiracı olarak haklarınızı ve görevlerinizi öğrenirsiniz: bina kuralları, çöp ayrıştırma, ısıtma ve havalandırma, yan giderler.',
      },
    },
  },
  {
    key: 'unterkunft-sozialarbeit',
    fields: [field.wohnen, field.sicherheit],
    kind: 'counselling',
    titles: [
      'Soziale Betreuung in der Unterkunft {stadtteil}',
      'Sozialarbeit in der Übergangsunterkunft',
      'Sprechstunde in der Gemeinschaftsunterkunft {stadtteil}',
    ],
    summaries: [
      'Sozialarbeiter*innen sind vor Ort in der Unterkunft ansprechbar: bei Post von Behörden, Konflikten im Haus und Fragen zum Alltag.',
      'Offene Sprechstunde für Bewohner*innen der Unterkunft, mit Vermittlung zu Ärzt*innen, Schulen und Beratungsstellen.',
    ],
    description:
      'Die soziale Betreuung begleitet Menschen, die in der städtischen Unterkunft leben. Wir erklären Briefe, vereinbaren Termine, vermitteln bei Streit unter Nachbar*innen und achten auf den Schutz von Frauen und Kindern (Gewaltschutzkonzept). Für Familien suchen wir gemeinsam mit der Wohnraumvermittlung nach einer Wohnung.',
    providers: ['stadt', 'drk', 'caritas', 'awo'],
    groups: [{ id: group.neu }],
    languages: ['ar', 'fa', 'ku', 'ti', 'ru', 'en'],
    cost: { kind: 'free' },
    schedule: ['office-hours'],
    venue: place.unterkunft,
    tags: ['Unterkunft', 'Sozialarbeit', 'Gewaltschutz', 'Alltag'],
    i18n: {
      en: {
        title: 'Social work in the shelter',
        summary:
          'Social workers are available on site in the shelter: for letters from authorities, conflicts in the house and everyday questions.',
      },
      ar: {
        title: 'الرعاية الاجتماعية في السكن',
        summary:
          'الأخصائيون الاجتماعيون متواجدون في السكن: للمساعدة في رسائل الدوائر الرسمية والخلافات وأسئلة الحياة اليومية.',
      },
      fa: {
        title: 'مددکاری اجتماعی در محل اقامت',
        summary:
          'مددکاران اجتماعی در محل اقامت در دسترس هستند: برای نامه‌های اداری، اختلافات در خانه و سؤالات روزمره.',
      },
    },
  },
  {
    key: 'wohnpaten',
    fields: [field.wohnen, field.engagement],
    kind: 'meeting',
    titles: [
      'Wohnpatenschaften: Ehrenamtliche begleiten beim Einzug',
      'Wohnpat*innen gesucht und vermittelt',
      'Patenprojekt „Ankommen im neuen Zuhause“',
    ],
    summaries: [
      'Ehrenamtliche Wohnpat*innen begleiten Familien in den ersten Monaten in der eigenen Wohnung: Strom anmelden, Nachbarschaft kennenlernen, Fragen zur Abrechnung.',
      'Wir bringen Neuzugewanderte und Ehrenamtliche zusammen, die beim Start in der neuen Wohnung helfen.',
    ],
    description:
      'Nach dem Einzug stellen sich viele Fragen: Wie melde ich Strom und Internet an? Was bedeutet die Nebenkostenabrechnung? Wer ist der Hausmeister? Unsere Wohnpat*innen helfen dabei und sind Ansprechpartner*innen für Nachbarschaft und Vermieter. Interessierte Ehrenamtliche erhalten eine Schulung und regelmäßigen Austausch.',
    providers: ['initiative', 'caritas', 'diakonie', 'kirche', 'stadtteilzentrum'],
    groups: [{ id: group.neu }, { id: group.vorOrt }],
    languages: ['en', 'ar'],
    cost: { kind: 'free' },
    schedule: ['appointment', 'fortnightly'],
    registration: { required: true, documents: ['fuehrungszeugnis'] },
    tags: ['Patenschaft', 'Ehrenamt', 'Einzug', 'Nachbarschaft'],
  },
  {
    key: 'energiesparberatung',
    fields: [field.wohnen],
    kind: 'counselling',
    titles: [
      'Energiesparberatung in vielen Sprachen',
      'Stromspar-Check für Haushalte mit wenig Geld',
      'Nebenkosten senken: Energieberatung zu Hause',
    ],
    summaries: [
      'Kostenlose Beratung zu Strom, Heizung und Wasser – auf Wunsch bei Ihnen zu Hause, mit Soforthilfen wie LED-Lampen und Steckdosenleisten.',
      'Geschulte Stromsparhelfer*innen zeigen, wie man Energie spart und Nachzahlungen vermeidet.',
    ],
    description:
      'Der Stromspar-Check richtet sich an Haushalte, die Bürgergeld, Wohngeld oder Leistungen nach dem AsylbLG beziehen. Beim Hausbesuch schauen wir gemeinsam auf Zählerstände und Geräte und bringen kostenlose Soforthilfen mit. Viele unserer Stromsparhelfer*innen sprechen Arabisch, Türkisch oder Russisch.',
    providers: ['caritas', 'awo', 'stadtteilzentrum'],
    groups: [{ id: group.erw }, { id: group.laenger }, { id: group.neu }],
    languages: ['tr', 'ar', 'ru'],
    cost: { kind: 'free' },
    schedule: ['appointment'],
    registration: { required: true, documents: ['bescheid'] },
    tags: ['Energie', 'Strom', 'Heizkosten', 'Nebenkosten', 'Hausbesuch'],
    i18n: {
      tr: {
        title: 'Birçok dilde enerji tasarrufu danışmanlığı',
        summary:
          'Elektrik, ısıtma ve su konusunda ücretsiz danışmanlık; istenirse evinizde, LED lamba gibi anında yardımlarla.',
      },
      ru: {
        title: 'Консультация по экономии энергии на разных языках',
        summary:
          'Бесплатная консультация по электричеству, отоплению и воде — по желанию у вас дома, с бесплатными LED-лампами и удлинителями.',
      },
    },
  },
  {
    key: 'nachbarschaftsfest',
    fields: [field.wohnen, field.engagement],
    kind: 'event',
    titles: [
      'Nachbarschaftsfest im Quartier {stadtteil}',
      'Interkulturelles Straßenfest {stadtteil}',
      'Tag der offenen Tür im Stadtteilzentrum',
    ],
    summaries: [
      'Nachbar*innen aus aller Welt kochen, spielen und feiern zusammen – mit Kinderprogramm, Musik und Infoständen der Beratungsstellen.',
      'Ein Nachmittag zum Kennenlernen: alteingesessene und neue Nachbarschaft an einem Tisch.',
    ],
    description:
      'Das Fest wird von Vereinen, Kirchengemeinden, Migrantenselbstorganisationen und dem Quartiersmanagement gemeinsam vorbereitet. Wer mitmachen möchte (Essen, Stand, Musik), meldet sich gern vorher. Der Eintritt ist frei.',
    providers: ['stadtteilzentrum', 'initiative', 'kirche', 'mso', 'stadt'],
    groups: [{ id: group.vorOrt }, { id: group.neu }, { id: group.laenger }],
    languages: ['tr', 'ar', 'uk', 'en'],
    cost: { kind: 'free' },
    schedule: ['sessions'],
    venue: place.quartier,
    tags: ['Fest', 'Nachbarschaft', 'Begegnung', 'Quartier'],
  },
  {
    key: 'wbs-wohngeld',
    fields: [field.wohnen],
    kind: 'counselling',
    titles: [
      'Wohngeld und Wohnberechtigungsschein: Antragshilfe',
      'Hilfe beim WBS-Antrag',
      'Sprechstunde Wohngeld & WBS',
    ],
    summaries: [
      'Wir prüfen, ob Sie Anspruch auf Wohngeld oder einen Wohnberechtigungsschein haben, und helfen beim Ausfüllen der Anträge.',
      'Antragshilfe für Wohngeld, WBS und Lastenzuschuss – mit Erklärung der Bescheide.',
    ],
    description:
      'Viele Familien mit geringem Einkommen haben Anspruch auf Wohngeld, stellen aber keinen Antrag. In der Sprechstunde rechnen wir gemeinsam nach, füllen die Formulare aus und erklären, welche Nachweise gebraucht werden. Auch bei Widersprüchen beraten wir.',
    providers: ['stadt', 'caritas', 'awo', 'diakonie', 'stadtteilzentrum'],
    groups: [{ id: group.erw, minAge: 18 }, { id: group.laenger }],
    languages: ['tr', 'ar', 'ru', 'pl'],
    cost: { kind: 'free' },
    schedule: ['office-hours', 'weekly-morning'],
    registration: { required: false, documents: ['einkommen', 'mietvertrag', 'ausweis'] },
    tags: ['Wohngeld', 'WBS', 'Wohnberechtigungsschein', 'Antrag'],
    easy: {
      title: 'Hilfe beim Antrag für Wohn-Geld',
      summary:
        'Sie haben wenig Geld für die Miete? Vielleicht bekommen Sie Wohn-Geld. Wir helfen beim Antrag.',
    },
  },
  {
    key: 'moebelboerse',
    fields: [field.wohnen, field.engagement],
    kind: 'other',
    titles: [
      'Möbelbörse und Kleiderkammer',
      'Second-Hand-Möbel für die erste Wohnung',
      'Sozialkaufhaus: Möbel, Hausrat und Kleidung',
    ],
    summaries: [
      'Gut erhaltene Möbel, Küchengeräte und Hausrat für kleines Geld; Lieferung für Familien nach Absprache.',
      'Spenden annehmen, weitergeben, Wohnungen einrichten: unsere Ehrenamtlichen helfen beim Start.',
    ],
    description:
      'In der Möbelbörse erhalten Menschen mit Bescheid des Jobcenters oder Sozialamts gespendete Möbel und Hausrat gegen einen kleinen Beitrag. Sachspenden nehmen wir zu den Öffnungszeiten an; größere Möbel holen wir nach Terminabsprache ab.',
    providers: ['drk', 'caritas', 'diakonie', 'kirche', 'initiative'],
    groups: [{ id: group.neu }, { id: group.erw }],
    cost: {
      kind: 'reduced',
      note: [
        'Kleiner Beitrag je nach Möbelstück, mit Bescheid ermäßigt',
        'Small contribution per item, reduced with a notice of benefits',
      ],
    },
    schedule: ['weekly-morning', 'weekend'],
    registration: { required: false, documents: ['bescheid'] },
    tags: ['Möbel', 'Kleiderkammer', 'Hausrat', 'Spenden'],
  },
  {
    key: 'mieterberatung',
    fields: [field.wohnen],
    kind: 'counselling',
    titles: [
      'Mieterberatung: Schimmel, Nebenkosten, Kündigung',
      'Rechtsberatung rund ums Mieten',
      'Sprechstunde bei Ärger mit dem Vermieter',
    ],
    summaries: [
      'Schimmel in der Wohnung, hohe Nachzahlung oder eine Kündigung? Wir prüfen Ihre Unterlagen und sagen, was Sie tun können.',
      'Erste Einschätzung zu Mietvertrag, Mieterhöhung, Kaution und Mängeln – bei Bedarf mit Dolmetscher*in.',
    ],
    description:
      'Die Mieterberatung hilft bei Problemen im laufenden Mietverhältnis. Bringen Sie den Mietvertrag, die letzte Nebenkostenabrechnung und Fotos von Mängeln mit. Bei Räumungsklagen oder drohender Wohnungslosigkeit vermitteln wir sofort an die Fachstelle Wohnungsnotfälle.',
    providers: ['caritas', 'diakonie', 'awo', 'stadtteilzentrum', 'stadt'],
    groups: [{ id: group.erw, minAge: 18 }, { id: group.laenger }, { id: group.neu }],
    languages: ['tr', 'ar', 'ru', 'pl', 'bg'],
    cost: { kind: 'free' },
    schedule: ['appointment', 'office-hours'],
    registration: { required: false, documents: ['mietvertrag'] },
    tags: ['Mieterberatung', 'Schimmel', 'Nebenkosten', 'Kündigung', 'Kaution'],
    i18n: {
      tr: {
        title: 'Kiracı danışmanlığı: küf, yan giderler, fesih',
        summary:
          'Evde küf, yüksek ek ödeme ya da fesih mi? Belgelerinizi inceliyor ve neler yapabileceğinizi söylüyoruz.',
      },
      ru: {
        title: 'Консультация для арендаторов: плесень, коммунальные платежи, расторжение',
        summary:
          'Плесень в квартире, большая доплата или расторжение договора? Мы проверим документы и подскажем, что делать.',
      },
    },
  },
  {
    key: 'wohnungsnotfall',
    fields: [field.wohnen, field.sicherheit],
    kind: 'counselling',
    titles: [
      'Fachstelle Wohnungsnotfälle: Hilfe bei drohendem Wohnungsverlust',
      'Beratung bei Räumungsklage und Mietschulden',
      'Wohnungslos? Beratung und Notunterkunft',
    ],
    summaries: [
      'Schnelle Hilfe, wenn die Wohnung gekündigt ist oder Mietschulden bestehen: Verhandlung mit Vermietern, Darlehen, Notunterkunft.',
      'Wir verhindern Wohnungslosigkeit – je früher Sie kommen, desto mehr ist möglich.',
    ],
    description:
      'Die Fachstelle arbeitet eng mit Jobcenter, Sozialamt und Wohnungsgesellschaften zusammen. Bei Mietschulden prüfen wir eine Übernahme nach § 22 SGB II bzw. § 36 SGB XII. Wer bereits ohne Wohnung ist, erhält am selben Tag einen Platz in der Notunterkunft.',
    providers: ['stadt', 'diakonie', 'caritas'],
    groups: [{ id: group.erw, minAge: 18 }],
    languages: ['en', 'ar', 'ro', 'bg', 'pl'],
    cost: { kind: 'free' },
    schedule: ['office-hours'],
    registration: { required: false, documents: ['mietvertrag', 'bescheid'] },
    tags: ['Wohnungsnotfall', 'Räumungsklage', 'Mietschulden', 'Obdachlosigkeit', 'Notunterkunft'],
  },
];
