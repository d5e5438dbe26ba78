import type { OfferTemplate } from '../template.js';
import { field, group, place } from '../vocabulary.js';

/** Offers of the field "Sicherheit und Rassismus". */
export const sicherheit: readonly OfferTemplate[] = [
  {
    key: 'antidiskriminierungsberatung',
    fields: [field.sicherheit],
    kind: 'counselling',
    titles: [
      'Antidiskriminierungsberatung',
      'Beratung bei Diskriminierung und Rassismus',
      'Anlaufstelle gegen Diskriminierung – Außensprechstunde {ort}',
    ],
    summaries: [
      'Vertrauliche Beratung, wenn Sie wegen Herkunft, Religion, Hautfarbe oder Sprache benachteiligt wurden – bei Wohnungssuche, Arbeit, Schule oder Behörden.',
      'Wir hören zu, dokumentieren den Vorfall und unterstützen Sie bei Beschwerden, auch nach dem AGG.',
    ],
    description:
      'Die Beratung ist parteilich für Betroffene, kostenlos und auf Wunsch anonym. Wir erklären Ihre Rechte nach dem Allgemeinen Gleichbehandlungsgesetz (AGG), schreiben gemeinsam Beschwerdebriefe, begleiten zu Gesprächen und vermitteln an Anwält*innen. Fristen: Ansprüche nach dem AGG müssen innerhalb von zwei Monaten geltend gemacht werden.',
    providers: ['adb', 'awo', 'mso', 'caritas'],
    groups: [{ id: group.erw, minAge: 14 }, { id: group.laenger }, { id: group.neu }],
    languages: ['en', 'ar', 'tr', 'fa', 'ru', 'uk', 'fr'],
    cost: { kind: 'free' },
    format: ['on-site', 'online', 'hybrid'],
    schedule: ['appointment', 'office-hours'],
    tags: ['Diskriminierung', 'Rassismus', 'AGG', 'Beschwerde', 'Beratung'],
    i18n: {
      en: {
        title: 'Anti-discrimination counselling',
        summary:
          'Confidential counselling if you were treated unfairly because of your origin, religion, skin colour or language, in housing, work, school or at authorities.',
      },
      ar: {
        title: 'استشارة مناهضة التمييز',
        summary:
          'استشارة سرية إذا تعرضت للتمييز بسبب أصلك أو دينك أو لون بشرتك أو لغتك، في السكن أو العمل أو المدرسة أو لدى الدوائر الرسمية.',
      },
      tr: {
        title: 'Ayrımcılığa karşı danışmanlık',
        summary:
          'Köken, din, ten rengi veya dil nedeniyle ev ararken, işte, okulda ya da resmi dairelerde ayrımcılığa uğradıysanız gizli danışmanlık.',
      },
      fa: {
        title: 'مشاوره ضد تبعیض',
        summary:
          'مشاوره محرمانه اگر به دلیل ملیت، دین، رنگ پوست یا زبان در مسکن، کار، مدرسه یا ادارات مورد تبعیض قرار گرفته‌اید.',
      },
      ru: {
        title: 'Консультация по вопросам дискриминации',
        summary:
          'Конфиденциальная консультация, если вас дискриминировали из-за происхождения, религии, цвета кожи или языка — при поиске жилья, на работе, в школе или в ведомствах.',
      },
      uk: {
        title: 'Консультація з питань дискримінації',
        summary:
          'Конфіденційна консультація, якщо вас дискримінували через походження, релігію, колір шкіри чи мову — у житлі, на роботі, у школі чи в установах.',
      },
    },
    easy: {
      title: 'Beratung bei Diskriminierung',
      summary:
        'Jemand behandelt Sie schlecht wegen Ihrer Herkunft oder Religion? Das ist verboten. Wir helfen Ihnen.',
    },
  },
  {
    key: 'stammtischparolen',
    fields: [field.sicherheit, field.engagement],
    kind: 'course',
    titles: [
      'Argumentationstraining gegen Stammtischparolen',
      'Workshop: Widersprechen, aber wie?',
      'Zivilcourage-Training',
    ],
    summaries: [
      'Was sage ich, wenn im Verein, in der Familie oder im Bus rassistische Sprüche fallen? Wir üben Antworten und Haltung.',
      'Praxisworkshop für Ehrenamtliche, Übungsleiter*innen und alle, die nicht mehr schweigen wollen.',
    ],
    description:
      'Im Training analysieren wir typische Parolen, üben in Rollenspielen und sammeln Strategien für den Alltag und für soziale Medien. Der Workshop ist Teil der kreisweiten Fortbildungsreihe für Haupt- und Ehrenamtliche.',
    providers: ['ki', 'adb', 'vhs', 'ksb'],
    groups: [{ id: group.multi }, { id: group.vorOrt }, { id: group.erw }],
    cost: { kind: 'free' },
    schedule: ['sessions'],
    registration: { required: true },
    tags: ['Stammtischparolen', 'Zivilcourage', 'Fortbildung', 'Rassismus'],
  },
  {
    key: 'empowerment-gruppe',
    fields: [field.sicherheit, field.familie],
    kind: 'meeting',
    titles: [
      'Empowerment-Gruppe für junge Menschen mit Rassismuserfahrung',
      'Safe Space: Austausch für BIPoC-Jugendliche',
      'Stark gegen Rassismus – Gruppe für Jugendliche',
    ],
    summaries: [
      'Ein geschützter Raum für Jugendliche, die Rassismus erleben: Austausch, Stärkung und gemeinsame Aktionen.',
      'Regelmäßige Treffen mit Workshops zu Selbstbehauptung, Social Media und Rechten.',
    ],
    description:
      'Die Gruppe wird von Fachkräften mit eigener Rassismuserfahrung geleitet. Was besprochen wird, bleibt in der Gruppe. Einmal im Quartal organisieren die Teilnehmenden eine eigene Aktion, z. B. einen Poetry-Slam.',
    providers: ['jugendzentrum', 'adb', 'mso', 'jmd'],
    groups: [{ id: group.jugend, minAge: 14, maxAge: 21 }],
    languages: ['en', 'ar', 'tr'],
    cost: { kind: 'free' },
    schedule: ['fortnightly', 'weekly-evening'],
    tags: ['Empowerment', 'Rassismus', 'Jugendliche', 'Safe Space'],
  },
  {
    key: 'gewaltschutz-frauen',
    fields: [field.sicherheit, field.familie],
    kind: 'counselling',
    titles: [
      'Beratung für Frauen bei häuslicher Gewalt',
      'Frauenberatung: Schutz und Hilfe bei Gewalt',
      'Sprechstunde Gewaltschutz für geflüchtete Frauen',
    ],
    summaries: [
      'Vertrauliche Beratung für Frauen, die Gewalt erleben – auch mit Dolmetscherin. Wir helfen bei Schutz, Wohnung und Aufenthaltsfragen.',
      'Schnelle Hilfe, Begleitung zu Polizei und Gericht, Vermittlung ins Frauenhaus.',
    ],
    description:
      'Gewalt ist in Deutschland verboten – auch in der Familie. Wir beraten Frauen unabhängig von ihrem Aufenthaltsstatus. Gemeinsam klären wir Schutzmöglichkeiten nach dem Gewaltschutzgesetz, die Wohnungszuweisung und Fragen zum eigenständigen Aufenthaltsrecht. Im Notfall: Polizei 110 oder das bundesweite Hilfetelefon 116 016.',
    providers: ['awo', 'caritas', 'diakonie', 'stadt'],
    groups: [{ id: group.frauen, minAge: 16 }],
    languages: ['ar', 'fa', 'tr', 'uk', 'ru', 'ku', 'en'],
    cost: { kind: 'free' },
    schedule: ['appointment', 'office-hours'],
    tags: ['Gewaltschutz', 'häusliche Gewalt', 'Frauen', 'Frauenhaus'],
    i18n: {
      en: {
        title: 'Counselling for women experiencing domestic violence',
        summary:
          'Confidential counselling for women experiencing violence, also with a female interpreter. We help with protection, housing and residence questions.',
      },
      ar: {
        title: 'استشارة للنساء المعرضات للعنف المنزلي',
        summary:
          'استشارة سرية للنساء اللواتي يتعرضن للعنف، مع مترجمة عند الحاجة. نساعد في الحماية والسكن ومسائل الإقامة.',
      },
      fa: {
        title: 'مشاوره برای زنان در برابر خشونت خانگی',
        summary:
          'مشاوره محرمانه برای زنانی که خشونت را تجربه می‌کنند، در صورت نیاز با مترجم زن. در زمینه حمایت، مسکن و اقامت کمک می‌کنیم.',
      },
      uk: {
        title: 'Консультація для жінок, які зазнають домашнього насильства',
        summary:
          'Конфіденційна консультація для жінок, які зазнають насильства, також з перекладачкою. Допомагаємо із захистом, житлом і питаннями перебування.',
      },
      tr: {
        title: 'Aile içi şiddete maruz kalan kadınlar için danışmanlık',
        summary:
          'Şiddet yaşayan kadınlar için gizli danışmanlık, gerekirse kadın tercümanla. Koruma, konut ve oturum konularında yardımcı oluyoruz.',
      },
      ru: {
        title: 'Консультация для женщин, переживающих домашнее насилие',
        summary:
          'Конфиденциальная консультация для женщин, переживающих насилие, в том числе с переводчицей. Помогаем с защитой, жильём и вопросами вида на жительство.',
      },
    },
    easy: {
      title: 'Hilfe für Frauen bei Gewalt',
      summary:
        'Jemand schlägt Sie oder macht Ihnen Angst? Wir helfen Ihnen. Das Gespräch ist geheim.',
    },
  },
  {
    key: 'verkehrssicherheit',
    fields: [field.sicherheit, field.sport],
    kind: 'course',
    titles: [
      'Fahrradkurs für Frauen',
      'Verkehrssicherheitstraining für Neuzugewanderte',
      'Sicher mit dem Rad unterwegs – Radfahrkurs',
    ],
    summaries: [
      'Radfahren lernen oder auffrischen auf dem Übungsplatz, danach gemeinsam die ersten Touren durch die Stadt.',
      'Verkehrsregeln, Schilder und sicheres Verhalten im Straßenverkehr – mit der Verkehrswacht und der Polizei.',
    ],
    description:
      'Viele Erwachsene, besonders Frauen, hatten nie die Gelegenheit, Radfahren zu lernen. In kleinen Gruppen üben wir Gleichgewicht, Bremsen und Kurvenfahren; Fahrräder und Helme stellen wir. Zum Abschluss gibt es eine Urkunde und Infos zu günstigen Gebrauchträdern.',
    providers: ['initiative', 'stadt', 'ksb', 'awo', 'mso'],
    groups: [{ id: group.frauen, minAge: 14 }, { id: group.neu }],
    languages: ['ar', 'fa', 'ti'],
    cost: { kind: 'free' },
    schedule: ['sessions', 'weekend'],
    venue: place.quartier,
    registration: { required: true },
    tags: ['Fahrrad', 'Radfahren', 'Verkehrssicherheit', 'Frauen'],
    i18n: {
      fa: {
        title: 'کلاس دوچرخه‌سواری برای زنان',
        summary:
          'یادگیری یا تمرین دوباره دوچرخه‌سواری در محوطه تمرین، سپس اولین گشت‌ها در شهر با هم.',
      },
      ar: {
        title: 'دورة ركوب الدراجة للنساء',
        summary:
          'تعلّم ركوب الدراجة أو استعادة المهارة في ساحة التدريب، ثم أولى الجولات معاً في المدينة.',
      },
      en: {
        title: 'Cycling course for women',
        summary:
          'Learn or refresh cycling on a practice area, then take your first rides through town together.',
      },
    },
  },
  {
    key: 'asylverfahrensberatung',
    fields: [field.sicherheit],
    kind: 'counselling',
    titles: [
      'Asylverfahrensberatung',
      'Beratung zum Aufenthaltsrecht',
      'Rechtsberatung für Geflüchtete (Aufenthalt und Familiennachzug)',
    ],
    summaries: [
      'Unabhängige Beratung zum Asylverfahren, zur Anhörung beim BAMF, zu Bescheiden, Duldung, Familiennachzug und Bleiberecht.',
      'Wir erklären Bescheide und Fristen und vermitteln an spezialisierte Anwält*innen.',
    ],
    description:
      'Die Beratung ist unabhängig vom BAMF und von der Ausländerbehörde. Bitte kommen Sie möglichst früh, wenn Sie einen Bescheid erhalten haben: Klagefristen betragen oft nur eine oder zwei Wochen. Bringen Sie alle Briefe von Behörden mit.',
    providers: ['diakonie', 'caritas', 'awo', 'initiative'],
    groups: [{ id: group.neu }, { id: group.erw }],
    languages: ['ar', 'fa', 'en', 'fr', 'ti', 'ku', 'tr'],
    cost: { kind: 'free' },
    schedule: ['office-hours', 'appointment'],
    registration: { required: false, documents: ['aufenthalt', 'ausweis'] },
    tags: ['Asyl', 'Aufenthalt', 'Familiennachzug', 'Duldung', 'Rechtsberatung'],
    i18n: {
      ar: {
        title: 'استشارة إجراءات اللجوء',
        summary:
          'استشارة مستقلة حول إجراءات اللجوء، جلسة الاستماع لدى BAMF، القرارات، الإقامة المؤقتة، لمّ الشمل وحق البقاء.',
      },
      fa: {
        title: 'مشاوره روند پناهندگی',
        summary:
          'مشاوره مستقل درباره روند پناهندگی، مصاحبه در BAMF، تصمیم‌ها، دولدونگ، پیوستن خانواده و حق اقامت.',
      },
      en: {
        title: 'Asylum procedure counselling',
        summary:
          'Independent counselling on the asylum procedure, the BAMF interview, decisions, toleration, family reunification and the right to stay.',
      },
      tr: {
        title: 'İltica süreci danışmanlığı',
        summary:
          'İltica süreci, BAMF mülakatı, kararlar, Duldung, aile birleşimi ve kalma hakkı konusunda bağımsız danışmanlık.',
      },
    },
  },
  {
    key: 'interkulturelle-fortbildung',
    fields: [field.sicherheit, field.engagement],
    kind: 'course',
    titles: [
      'Fortbildung Interkulturelle Kompetenz für Fachkräfte',
      'Rassismuskritische Fortbildung für Verwaltung und Kita',
      'Workshop „Vielfalt im Team“',
    ],
    summaries: [
      'Fortbildung für Mitarbeitende von Verwaltung, Kita, Schule und Vereinen: Vorurteile erkennen, Kommunikation mit Dolmetschenden, diskriminierungssensibel beraten.',
      'Halbtägiger Workshop mit Fallbeispielen aus dem Arbeitsalltag im Kreis.',
    ],
    description:
      'Die Fortbildung gehört zum halbjährlichen Programm des Kommunalen Integrationszentrums. Themen u. a.: eigene Haltung, Umgang mit Traumatisierung, Arbeit mit Sprachmittlung, Beschwerdewege. Teilnahmebescheinigung inklusive.',
    providers: ['ki', 'adb', 'vhs'],
    groups: [{ id: group.multi }],
    cost: { kind: 'free' },
    format: ['on-site', 'online'],
    schedule: ['sessions'],
    registration: { required: true },
    tags: ['Fortbildung', 'interkulturelle Kompetenz', 'Fachkräfte', 'Haltung'],
  },
  {
    key: 'praevention-polizei',
    weight: 0.7,
    fields: [field.sicherheit],
    kind: 'event',
    titles: [
      'Polizei im Gespräch: Infoabend für Neuzugewanderte',
      'Sicher im Alltag – Prävention mit der Polizei',
      'Infoveranstaltung: Betrug am Telefon und im Internet erkennen',
    ],
    summaries: [
      'Die Polizei stellt sich vor: Notruf, Rechte und Pflichten, Schutz vor Betrug – mit Dolmetschenden und Zeit für Fragen.',
      'Vertrauen aufbauen: Bezirksbeamt*innen beantworten Fragen aus dem Alltag.',
    ],
    description:
      'Viele Neuzugewanderte haben in ihren Herkunftsländern schlechte Erfahrungen mit Polizei gemacht. Der Infoabend soll Vertrauen schaffen und praktische Tipps geben, etwa zu Fake-Shops, Haustürgeschäften und Enkeltrick.',
    providers: ['stadt', 'mso', 'initiative', 'stadtteilzentrum'],
    groups: [{ id: group.neu }, { id: group.erw }, { id: group.jugend, minAge: 14 }],
    languages: ['ar', 'uk', 'ru', 'fa'],
    cost: { kind: 'free' },
    schedule: ['sessions'],
    tags: ['Polizei', 'Prävention', 'Betrug', 'Sicherheit'],
  },
  {
    key: 'psychosoziale-beratung',
    fields: [field.sicherheit, field.familie],
    kind: 'counselling',
    titles: [
      'Psychosoziale Beratung für Geflüchtete',
      'Sprechstunde bei Stress, Schlafproblemen und Trauma',
      'Traumasensible Beratung mit Dolmetschenden',
    ],
    summaries: [
      'Wer Krieg und Flucht erlebt hat, leidet oft an Schlafproblemen, Angst oder Erinnerungen. Wir beraten vertraulich und vermitteln Therapieplätze.',
      'Stabilisierungsgruppen und Einzelgespräche in der Muttersprache oder mit geschulten Sprachmittler*innen.',
    ],
    description:
      'Die Beratung ist kostenlos und unabhängig vom Aufenthaltsstatus. Wir klären mit Ihnen, welche Unterstützung passt, und helfen bei der Beantragung einer Psychotherapie (auch nach AsylbLG). Fachkräfte und Ehrenamtliche können sich zu traumasensiblem Umgang beraten lassen.',
    providers: ['caritas', 'diakonie', 'awo', 'drk'],
    groups: [{ id: group.neu }, { id: group.erw }, { id: group.jugend, minAge: 14 }],
    languages: ['ar', 'fa', 'uk', 'ku', 'ti', 'ru'],
    cost: { kind: 'free' },
    format: ['on-site', 'hybrid'],
    schedule: ['appointment'],
    registration: { required: true },
    tags: ['Trauma', 'psychosoziale Beratung', 'Psychotherapie', 'Stress', 'Gesundheit'],
    i18n: {
      ar: {
        title: 'استشارة نفسية اجتماعية للاجئين',
        summary:
          'من عاش الحرب واللجوء يعاني غالباً من الأرق أو القلق أو الذكريات. نقدم استشارة سرية ونساعد في إيجاد علاج.',
      },
      fa: {
        title: 'مشاوره روانی-اجتماعی برای پناهجویان',
        summary:
          'کسانی که جنگ و فرار را تجربه کرده‌اند اغلب از بی‌خوابی، اضطراب یا خاطرات رنج می‌برند. مشاوره محرمانه می‌دهیم و به درمان ارجاع می‌دهیم.',
      },
      uk: {
        title: 'Психосоціальна консультація для біженців',
        summary:
          'Хто пережив війну та втечу, часто страждає від безсоння, тривоги чи спогадів. Ми консультуємо конфіденційно й допомагаємо знайти терапію.',
      },
      ru: {
        title: 'Психосоциальная консультация для беженцев',
        summary:
          'Те, кто пережил войну и бегство, часто страдают от бессонницы, тревоги или воспоминаний. Мы консультируем конфиденциально и помогаем найти терапию.',
      },
      en: {
        title: 'Psychosocial counselling for refugees',
        summary:
          'People who lived through war and flight often suffer from sleep problems, anxiety or memories. We counsel confidentially and refer to therapy.',
      },
    },
    easy: {
      title: 'Hilfe bei Angst und schlechten Gedanken',
      summary:
        'Sie haben Krieg oder Flucht erlebt? Sie schlafen schlecht oder haben Angst? Wir hören zu und helfen. Das ist geheim.',
    },
  },
  {
    key: 'opferberatung',
    fields: [field.sicherheit],
    kind: 'counselling',
    titles: [
      'Opferberatung nach rassistischen Angriffen',
      'Beratung für Betroffene rechter und rassistischer Gewalt',
      'Hilfe nach Bedrohung und Hasskommentaren',
    ],
    summaries: [
      'Sie wurden beleidigt, bedroht oder angegriffen? Wir begleiten zu Polizei und Gericht, helfen bei Anzeige und Entschädigung.',
      'Unterstützung nach Hass im Netz: Beweise sichern, Anzeige erstatten, Plattformen melden.',
    ],
    description:
      'Die Beratung ist vertraulich, kostenlos und auf Wunsch anonym; wir handeln nur mit Ihrem Einverständnis. Auch Zeug*innen und Angehörige können sich melden. Wir kommen auf Wunsch zu Ihnen.',
    providers: ['adb', 'mso', 'awo'],
    groups: [{ id: group.erw }, { id: group.jugend, minAge: 14 }, { id: group.laenger }],
    languages: ['en', 'ar', 'tr', 'fa', 'ru'],
    cost: { kind: 'free' },
    format: ['on-site', 'online'],
    schedule: ['appointment'],
    weight: 0.6,
    tags: ['Opferberatung', 'rechte Gewalt', 'Hass im Netz', 'Anzeige', 'Rassismus'],
  },
];
