import type { OfferTemplate } from '../template.js';
import { field, group, place } from '../vocabulary.js';

/** Offers of the field "Familie, Kinder, Frauen und Jugendliche". */
export const familie: readonly OfferTemplate[] = [
  {
    key: 'elterncafe',
    fields: [field.familie, field.bildung014],
    kind: 'meeting',
    titles: [
      'Elterncafé',
      'Elterncafé im Familienzentrum {stadtteil}',
      'Internationales Elternfrühstück',
      'Elterntreff an der Grundschule',
    ],
    summaries: [
      'Eltern treffen sich bei Kaffee und Frühstück, tauschen sich aus und bekommen Infos zu Kita, Schule, Gesundheit und Erziehung.',
      'Ein offener Treff für Mütter und Väter – mit wechselnden Gästen aus Beratung, Schule und Gesundheitsamt.',
    ],
    description:
      'Das Elterncafé findet in den Räumen des Familienzentrums statt, während die Kinder betreut werden. Themenwünsche der Eltern haben Vorrang: Zähne putzen, Medienzeit, Elternabend, Schulanmeldung, Zweisprachigkeit. Eine Sprachmittlerin ist oft dabei.',
    providers: ['familienzentrum', 'caritas', 'awo', 'stadtteilzentrum', 'kirche'],
    groups: [{ id: group.erw }, { id: group.kita, minAge: 0, maxAge: 6 }, { id: group.frauen }],
    languages: ['tr', 'ar', 'uk', 'fa', 'ru', 'bg'],
    cost: { kind: 'free' },
    schedule: ['weekly-morning', 'fortnightly'],
    tags: ['Eltern', 'Elterncafé', 'Frühstück', 'Erziehung', 'Kita'],
    i18n: {
      en: {
        title: "Parents' café",
        summary:
          'Parents meet over coffee and breakfast, share experiences and get information on day care, school, health and parenting.',
      },
      ar: {
        title: 'مقهى الأهل',
        summary:
          'يلتقي الأهل على القهوة والفطور، يتبادلون الخبرات ويحصلون على معلومات حول الروضة والمدرسة والصحة والتربية.',
      },
      tr: {
        title: 'Veli kafesi',
        summary:
          'Veliler kahve ve kahvaltıda buluşuyor, deneyim paylaşıyor ve kreş, okul, sağlık ve eğitim hakkında bilgi alıyor.',
      },
      uk: {
        title: 'Кафе для батьків',
        summary:
          'Батьки зустрічаються за кавою та сніданком, обмінюються досвідом і отримують інформацію про садочок, школу, здоров’я та виховання.',
      },
      fa: {
        title: 'کافه والدین',
        summary:
          'والدین با قهوه و صبحانه دور هم جمع می‌شوند، تجربه به اشتراک می‌گذارند و درباره مهدکودک، مدرسه، سلامت و تربیت اطلاعات می‌گیرند.',
      },
      ru: {
        title: 'Родительское кафе',
        summary:
          'Родители встречаются за кофе и завтраком, делятся опытом и получают информацию о детском саде, школе, здоровье и воспитании.',
      },
    },
    easy: {
      title: 'Eltern-Café: Eltern treffen sich',
      summary:
        'Mütter und Väter trinken zusammen Kaffee. Sie sprechen über Kinder, Kita und Schule. Die Kinder spielen nebenan.',
    },
  },
  {
    key: 'rucksack-griffbereit',
    fields: [field.familie, field.bildung014],
    kind: 'course',
    titles: [
      'Rucksack KiTa: Elternbegleitprogramm',
      'Griffbereit – Eltern-Kind-Gruppe für Familien mit Kindern unter 3',
      'Rucksack Schule: Eltern stärken Kinder',
    ],
    summaries: [
      'Mütter und Väter lernen, wie sie die Sprachentwicklung ihrer Kinder in der Familiensprache und auf Deutsch fördern – angeleitet von Elternbegleiterinnen.',
      'Wöchentliche Elterngruppe mit Materialien in mehreren Sprachen, abgestimmt auf die Themen in Kita und Schule.',
    ],
    description:
      'Rucksack und Griffbereit sind Programme der Kommunalen Integrationszentren in NRW. Geschulte Elternbegleiterinnen, oft selbst zugewandert, leiten die Gruppe in zwei Sprachen. Die Eltern erhalten Spiel- und Lernmaterialien für zu Hause.',
    providers: ['familienzentrum', 'ki', 'awo', 'caritas'],
    groups: [{ id: group.erw }, { id: group.frauen }, { id: group.kita, minAge: 0, maxAge: 6 }],
    languages: ['tr', 'ar', 'ru', 'bg', 'ro', 'uk'],
    cost: { kind: 'free' },
    schedule: ['weekly-morning'],
    venue: place.kita,
    registration: { required: true },
    tags: ['Rucksack', 'Griffbereit', 'Elternbildung', 'Mehrsprachigkeit', 'Sprachförderung'],
  },
  {
    key: 'schwangerenberatung',
    fields: [field.familie],
    kind: 'counselling',
    titles: [
      'Schwangerschaftsberatung mit Dolmetscherin',
      'Beratung für Schwangere und junge Familien',
      'Hebammensprechstunde für geflüchtete Frauen',
    ],
    summaries: [
      'Beratung rund um Schwangerschaft, Geburt und die erste Zeit mit dem Baby: Vorsorge, Elterngeld, Kindergeld, Babyausstattung.',
      'Eine Hebamme beantwortet Fragen zu Schwangerschaft, Stillen und Gesundheit des Babys.',
    ],
    description:
      'Die Beratung ist vertraulich und kostenlos. Wir helfen bei Anträgen auf Elterngeld, Kindergeld und Mittel der Bundesstiftung Mutter und Kind. Auf Wunsch ist eine Dolmetscherin dabei.',
    providers: ['caritas', 'diakonie', 'awo', 'drk'],
    groups: [{ id: group.frauen, minAge: 14 }],
    languages: ['ar', 'fa', 'uk', 'ti', 'tr', 'ru', 'so'],
    cost: { kind: 'free' },
    schedule: ['appointment', 'office-hours'],
    registration: { required: true },
    tags: ['Schwangerschaft', 'Hebamme', 'Geburt', 'Elterngeld', 'Baby'],
    i18n: {
      ar: {
        title: 'استشارة الحمل مع مترجمة',
        summary:
          'استشارة حول الحمل والولادة والفترة الأولى مع الطفل: الفحوص، إعانة الوالدين، إعانة الأطفال وتجهيزات الطفل.',
      },
      fa: {
        title: 'مشاوره بارداری با مترجم زن',
        summary:
          'مشاوره درباره بارداری، زایمان و اولین روزها با نوزاد: مراقبت‌ها، کمک‌هزینه والدین، کمک‌هزینه فرزند و وسایل نوزاد.',
      },
      uk: {
        title: 'Консультація для вагітних з перекладачкою',
        summary:
          'Консультація щодо вагітності, пологів і перших місяців з дитиною: обстеження, батьківська допомога, допомога на дитину, речі для немовляти.',
      },
      en: {
        title: 'Pregnancy counselling with a female interpreter',
        summary:
          'Counselling on pregnancy, birth and the first months with the baby: check-ups, parental allowance, child benefit and baby equipment.',
      },
    },
  },
  {
    key: 'maedchentreff',
    fields: [field.familie, field.engagement],
    kind: 'meeting',
    titles: [
      'Mädchentreff',
      'Mädchencafé im Jugendzentrum',
      'Offener Treff nur für Mädchen (12–18)',
    ],
    summaries: [
      'Ein Nachmittag nur für Mädchen: kochen, tanzen, reden, Ausflüge planen – mit Pädagoginnen.',
      'Raum für Mädchen, um Freundinnen zu treffen, Hausaufgaben zu machen und eigene Projekte umzusetzen.',
    ],
    description:
      'Der Mädchentreff wird von Pädagoginnen betreut und ist für Eltern transparent: Sie können sich die Räume jederzeit ansehen. In den Ferien gibt es Ausflüge und Übernachtungen.',
    providers: ['jugendzentrum', 'awo', 'mso', 'stadtteilzentrum'],
    groups: [
      { id: group.frauen, minAge: 12, maxAge: 18 },
      { id: group.jugend, minAge: 12, maxAge: 18 },
    ],
    languages: ['ar', 'tr', 'ku', 'uk'],
    cost: { kind: 'free' },
    schedule: ['weekly-afternoon'],
    tags: ['Mädchen', 'Jugendtreff', 'Freizeit', 'Jugendarbeit'],
  },
  {
    key: 'jugendtreff',
    fields: [field.familie, field.sport],
    kind: 'meeting',
    titles: [
      'Offener Jugendtreff',
      'Jugendcafé mit Gaming und Musik',
      'Treffpunkt für Jugendliche: Billard, Kicker, Tonstudio',
    ],
    summaries: [
      'Offene Tür für Jugendliche von 12 bis 21: Kicker, Billard, Konsolen, Musikstudio und Ansprechpartner*innen für alle Fragen.',
      'Freizeit, Freunde, Beratung: der Treff im Stadtteil mit Ferienprogramm.',
    ],
    description:
      'Im Jugendtreff gibt es neben Freizeitangeboten auch Hilfe bei Bewerbungen, Stress in Schule oder Familie. Die Mitarbeitenden sprechen mehrere Sprachen.',
    providers: ['jugendzentrum'],
    groups: [
      { id: group.jugend, minAge: 12, maxAge: 17 },
      { id: group.jungeErw, minAge: 18, maxAge: 21 },
    ],
    languages: ['ar', 'tr', 'ru', 'uk', 'en'],
    cost: { kind: 'free' },
    schedule: ['training', 'weekly-afternoon'],
    tags: ['Jugendtreff', 'Freizeit', 'Gaming', 'Musik', 'offene Tür'],
  },
  {
    key: 'frauentreff',
    fields: [field.familie, field.engagement],
    kind: 'meeting',
    titles: [
      'Internationaler Frauentreff',
      'Frauenfrühstück „Frauen aus aller Welt“',
      'Frauengruppe: Stark im Alltag',
    ],
    summaries: [
      'Frauen verschiedener Herkunft treffen sich, um sich auszutauschen, gemeinsam Ausflüge zu machen und voneinander zu lernen.',
      'Themen wie Gesundheit, Rechte, Geld und Beruf – mit Referentinnen und Kinderbetreuung.',
    ],
    description:
      'Der Frauentreff ist ein Ort zum Ankommen. Neben Gesprächsrunden gibt es Workshops zu Gesundheit, Rechten von Frauen, Haushaltsbudget und Berufseinstieg. Die Kinderbetreuung ist kostenlos.',
    providers: [
      'awo',
      'caritas',
      'mso',
      'kirche',
      'stadtteilzentrum',
      'familienzentrum',
      'moschee',
    ],
    groups: [{ id: group.frauen, minAge: 18 }, { id: group.neu }, { id: group.laenger }],
    languages: ['ar', 'fa', 'tr', 'ku', 'ru', 'uk'],
    cost: { kind: 'free' },
    schedule: ['weekly-morning', 'fortnightly'],
    tags: ['Frauen', 'Frauentreff', 'Frühstück', 'Empowerment'],
    i18n: {
      fa: {
        title: 'دورهمی بین‌المللی زنان',
        summary:
          'زنانی با ملیت‌های مختلف برای گفتگو، گردش‌های مشترک و یادگیری از یکدیگر دور هم جمع می‌شوند.',
      },
      tr: {
        title: 'Uluslararası kadın buluşması',
        summary:
          'Farklı kökenlerden kadınlar sohbet etmek, birlikte geziler yapmak ve birbirinden öğrenmek için buluşuyor.',
      },
      ar: {
        title: 'لقاء النساء الدولي',
        summary: 'تلتقي نساء من أصول مختلفة لتبادل الأحاديث والقيام برحلات معاً والتعلم من بعضهن.',
      },
    },
  },
  {
    key: 'erziehungsberatung',
    fields: [field.familie],
    kind: 'counselling',
    titles: [
      'Erziehungs- und Familienberatung in mehreren Sprachen',
      'Familienberatung: Hilfe bei Sorgen mit Kindern',
      'Beratung für Eltern und Jugendliche',
    ],
    summaries: [
      'Unterstützung bei Erziehungsfragen, Konflikten in der Familie, Trennung oder Schulproblemen – vertraulich und kostenlos.',
      'Psycholog*innen und Sozialpädagog*innen beraten Eltern, Kinder und Jugendliche, auch mit Dolmetschenden.',
    ],
    description:
      'Die Beratungsstelle unterliegt der Schweigepflicht. Eltern können sich auch ohne Überweisung melden. Für Familien mit Fluchterfahrung gibt es eine Sprechstunde zu Belastungen und Trauma bei Kindern.',
    providers: ['caritas', 'diakonie', 'awo', 'stadt'],
    groups: [{ id: group.erw }, { id: group.jugend, minAge: 12 }, { id: group.schule }],
    languages: ['tr', 'ar', 'ru', 'en', 'fa'],
    cost: { kind: 'free' },
    schedule: ['appointment'],
    registration: { required: true },
    tags: ['Erziehungsberatung', 'Familie', 'Trauma', 'Eltern', 'Jugendliche'],
  },
  {
    key: 'kita-anmeldung',
    fields: [field.familie, field.bildung014],
    kind: 'counselling',
    titles: [
      'Beratung zur Kita-Anmeldung (Kita-Navigator)',
      'Kita-Platz finden: Sprechstunde für Eltern',
      'Kindertagespflege und Kita – wie melde ich mein Kind an?',
    ],
    summaries: [
      'Wir erklären das Anmeldeverfahren, helfen beim Eintrag im Kita-Navigator und informieren über Kindertagespflege und Elternbeiträge.',
      'Welche Kita passt? Wie hoch ist der Elternbeitrag? Wir beraten und melden mit Ihnen an.',
    ],
    description:
      'Jedes Kind ab einem Jahr hat einen Rechtsanspruch auf einen Betreuungsplatz. In der Sprechstunde legen wir gemeinsam ein Konto im Kita-Navigator an, wählen Wunsch-Kitas aus und besprechen Alternativen wie Tagespflege oder Brückenangebote.',
    providers: ['stadt', 'familienzentrum', 'caritas'],
    groups: [{ id: group.erw }, { id: group.kita, minAge: 0, maxAge: 6 }],
    languages: ['ar', 'uk', 'tr', 'ru', 'fa', 'en'],
    cost: { kind: 'free' },
    schedule: ['office-hours', 'appointment'],
    registration: { required: false, documents: ['geburtsurkunde', 'impfpass'] },
    tags: ['Kita', 'Kita-Navigator', 'Anmeldung', 'Kindertagespflege'],
    i18n: {
      uk: {
        title: 'Консультація щодо реєстрації в дитсадок (Kita-Navigator)',
        summary:
          'Пояснюємо процедуру реєстрації, допомагаємо із записом у Kita-Navigator та розповідаємо про денний догляд і внески батьків.',
      },
      ar: {
        title: 'استشارة تسجيل الطفل في الروضة (Kita-Navigator)',
        summary:
          'نشرح إجراءات التسجيل، نساعد في التسجيل على Kita-Navigator ونقدم معلومات عن رعاية الأطفال النهارية ورسوم الأهل.',
      },
      en: {
        title: 'Advice on day-care registration (Kita-Navigator)',
        summary:
          'We explain the registration procedure, help you sign up in the Kita-Navigator and inform you about childminders and parental fees.',
      },
    },
  },
  {
    key: 'ferienfreizeit',
    fields: [field.familie, field.sport],
    kind: 'event',
    titles: [
      'Ferienprogramm für Kinder',
      'Ferienfreizeit an der Haard',
      'Ferienspaß: Ausflüge und Workshops',
    ],
    summaries: [
      'Eine Woche Ferienprogramm mit Ausflügen, Sport, Kreativangeboten und Mittagessen für Kinder von 6 bis 12 Jahren.',
      'Spiel, Natur und Abenteuer in den Ferien – günstige Plätze für Familien mit Bildungs- und Teilhabe-Paket.',
    ],
    description:
      'Das Ferienprogramm wird von pädagogischen Fachkräften und Ehrenamtlichen betreut. Ausflüge führen in die Haard, zum Kanal oder in den Tierpark. Halal- und vegetarisches Essen wird angeboten.',
    providers: ['jugendzentrum', 'awo', 'drk', 'kirche', 'sportverein'],
    groups: [{ id: group.schule, minAge: 6, maxAge: 12 }],
    languages: ['ar', 'uk', 'tr'],
    cost: {
      kind: 'reduced',
      amountEur: 25,
      note: [
        '25 € pro Woche, mit Bildungs- und Teilhabe-Paket 5 €',
        '€25 per week, €5 with the education and participation package (BuT)',
      ],
    },
    schedule: ['holiday'],
    registration: { required: true, documents: ['impfpass'] },
    tags: ['Ferien', 'Ferienprogramm', 'Ausflüge', 'Kinder'],
  },
  {
    key: 'gesundheitslotsen',
    fields: [field.familie, field.engagement],
    kind: 'event',
    titles: [
      'Gesundheit in vielen Sprachen: Infoveranstaltung mit Gesundheitslots*innen',
      'Mit Migranten für Migranten – Gesundheitsinfo',
      'Arztbesuch, Impfen, Vorsorge: Infoabend',
    ],
    summaries: [
      'Geschulte Gesundheitslots*innen erklären in der Muttersprache, wie das Gesundheitssystem funktioniert: Hausarzt, Krankenkasse, Notdienst, Vorsorge für Kinder.',
      'Infoabende zu Impfen, Zahngesundheit, Schwangerschaft und seelischer Gesundheit.',
    ],
    description:
      'Die Gesundheitslots*innen haben selbst eine Migrationsgeschichte und wurden für ihre Aufgabe geschult. Die Veranstaltungen finden dort statt, wo die Menschen ohnehin sind: in Moscheegemeinden, Vereinen, Familienzentren und Sprachkursen.',
    providers: ['mso', 'awo', 'caritas', 'familienzentrum', 'moschee'],
    groups: [{ id: group.erw }, { id: group.frauen }, { id: group.neu }],
    languages: ['ar', 'tr', 'ru', 'uk', 'fa', 'ku'],
    cost: { kind: 'free' },
    schedule: ['sessions'],
    tags: ['Gesundheit', 'Gesundheitslotsen', 'Krankenkasse', 'Impfen', 'Vorsorge'],
    i18n: {
      ar: {
        title: 'الصحة بعدة لغات: أمسية معلومات مع مرشدي الصحة',
        summary:
          'يشرح مرشدو صحة مدرَّبون باللغة الأم كيف يعمل النظام الصحي: طبيب العائلة، التأمين الصحي، الطوارئ والفحوص الوقائية للأطفال.',
      },
      tr: {
        title: 'Birçok dilde sağlık: sağlık rehberleriyle bilgilendirme',
        summary:
          'Eğitimli sağlık rehberleri anadilde sağlık sistemini anlatıyor: aile hekimi, sağlık sigortası, acil servis, çocuklar için önleyici muayeneler.',
      },
      ru: {
        title: 'Здоровье на разных языках: встреча с медицинскими проводниками',
        summary:
          'Обученные проводники на родном языке объясняют, как устроена система здравоохранения: семейный врач, больничная касса, неотложная помощь, профилактика для детей.',
      },
      uk: {
        title: 'Здоров’я різними мовами: зустріч із провідниками зі здоров’я',
        summary:
          'Навчені провідники рідною мовою пояснюють, як працює система охорони здоров’я: сімейний лікар, лікарняна каса, невідкладна допомога, профілактика для дітей.',
      },
      fa: {
        title: 'سلامت به زبان‌های مختلف: جلسه اطلاع‌رسانی با راهنمایان سلامت',
        summary:
          'راهنمایان آموزش‌دیده به زبان مادری توضیح می‌دهند نظام سلامت چگونه کار می‌کند: پزشک خانواده، بیمه درمانی، اورژانس و معاینات پیشگیرانه کودکان.',
      },
    },
  },
  {
    key: 'fruehe-hilfen',
    fields: [field.familie],
    kind: 'counselling',
    titles: [
      'Frühe Hilfen: Familienhebamme und Babybesuch',
      'Willkommensbesuch für Familien mit Neugeborenen',
      'Familienhebamme für Familien mit Fluchterfahrung',
    ],
    summaries: [
      'Im ersten Lebensjahr besucht eine Familienhebamme oder Kinderkrankenschwester Sie zu Hause – kostenlos und freiwillig.',
      'Hilfe bei Stillen, Schlafen, Schreien und Behördenpost rund ums Baby, auf Wunsch mit Dolmetscherin.',
    ],
    description:
      'Die Frühen Hilfen unterstützen Eltern in der Zeit rund um die Geburt. Die Besuche sind freiwillig und vertraulich. Wir vermitteln auch zu Krabbelgruppen, Elterncafés und Kinderärzt*innen in der Nähe.',
    providers: ['stadt', 'familienzentrum', 'caritas', 'diakonie'],
    groups: [{ id: group.erw }, { id: group.frauen }, { id: group.kita, minAge: 0, maxAge: 1 }],
    languages: ['ar', 'tr', 'uk', 'fa', 'ti'],
    cost: { kind: 'free' },
    schedule: ['appointment'],
    registration: { required: true },
    tags: ['Frühe Hilfen', 'Familienhebamme', 'Baby', 'Hausbesuch', 'Neugeborene'],
  },
];
