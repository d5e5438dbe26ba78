import type { OfferTemplate } from '../template.js';
import { field, group, place } from '../vocabulary.js';

const clubFee = [
  'Die ersten drei Monate beitragsfrei, danach ermäßigter Vereinsbeitrag; Bildungs- und Teilhabe-Paket möglich',
  'First three months free, then a reduced club fee; education and participation package (BuT) accepted',
] as const;

/** Offers of the field "Sport". */
export const sport: readonly OfferTemplate[] = [
  {
    key: 'schwimmkurs-maedchen',
    fields: [field.sport, field.familie],
    kind: 'sport',
    titles: [
      'Schwimmkurs für Mädchen',
      'Seepferdchen-Kurs für Mädchen (6–12 Jahre)',
      'Schwimmen lernen – Mädchengruppe mit Trainerin',
    ],
    summaries: [
      'Schwimmen lernen in einer reinen Mädchengruppe mit Trainerinnen; Abschluss mit Seepferdchen oder Bronze-Abzeichen.',
      'Geschützter Rahmen: nur Mädchen, nur Trainerinnen, Burkini erlaubt.',
    ],
    description:
      'Viele Kinder können am Ende der Grundschule nicht sicher schwimmen. Im Kurs gewöhnen sich die Mädchen ans Wasser, lernen Gleiten, Atmen und Brustschwimmen. Die Halle ist während der Kurszeit für andere Gäste geschlossen. Eltern können auf der Tribüne warten.',
    providers: ['sportverein', 'ksb', 'drk'],
    groups: [
      { id: group.frauen, minAge: 6, maxAge: 12 },
      { id: group.schule, minAge: 6, maxAge: 12 },
    ],
    languages: ['ar', 'tr', 'fa'],
    cost: {
      kind: 'paid',
      amountEur: 40,
      note: [
        '40 € für 10 Termine; mit Bildungs- und Teilhabe-Paket kostenlos',
        '€40 for 10 sessions; free with the education and participation package (BuT)',
      ],
    },
    schedule: ['weekend', 'weekly-afternoon'],
    venue: place.sportverein,
    registration: { required: true },
    tags: ['Schwimmen', 'Seepferdchen', 'Mädchen', 'Schwimmkurs'],
    i18n: {
      en: {
        title: 'Swimming course for girls',
        summary:
          'Learn to swim in a girls-only group with female coaches; ends with the Seepferdchen or bronze badge.',
      },
      ar: {
        title: 'دورة سباحة للفتيات',
        summary:
          'تعلم السباحة في مجموعة للفتيات فقط مع مدربات؛ تنتهي بشارة «سيبفيردشن» أو البرونزية.',
      },
      tr: {
        title: 'Kızlar için yüzme kursu',
        summary:
          'Sadece kızlardan oluşan bir grupta kadın antrenörlerle yüzme öğrenin; Seepferdchen veya bronz rozetle bitiyor.',
      },
      fa: {
        title: 'کلاس شنا برای دختران',
        summary:
          'یادگیری شنا در گروهی فقط دخترانه با مربیان زن؛ پایان دوره با نشان «زی‌پفردشن» یا برنز.',
      },
      uk: {
        title: 'Курс плавання для дівчат',
        summary:
          'Навчання плаванню в групі лише для дівчат з тренерками; завершується значком Seepferdchen або бронзовим.',
      },
      ru: {
        title: 'Курс плавания для девочек',
        summary:
          'Обучение плаванию в группе только для девочек с тренерами-женщинами; в конце — значок Seepferdchen или бронзовый.',
      },
    },
    easy: {
      title: 'Schwimmen lernen für Mädchen',
      summary:
        'Im Kurs sind nur Mädchen. Die Trainerinnen sind Frauen. Die Mädchen lernen schwimmen.',
    },
  },
  {
    key: 'frauenschwimmen',
    fields: [field.sport, field.familie],
    kind: 'sport',
    titles: [
      'Frauenschwimmen am Abend',
      'Schwimmkurs für Frauen – Anfängerinnen willkommen',
      'Wassergewöhnung und Schwimmen für Frauen',
    ],
    summaries: [
      'Schwimmzeit nur für Frauen, mit Schwimmlehrerin für Anfängerinnen; Sichtschutz an den Fenstern.',
      'Auch ohne Vorkenntnisse: langsam ans Wasser gewöhnen und schwimmen lernen.',
    ],
    description:
      'Die Schwimmhalle ist an diesem Abend ausschließlich für Frauen geöffnet, das Personal ist weiblich. Eine Schwimmlehrerin betreut Anfängerinnen im Lehrschwimmbecken; geübte Schwimmerinnen nutzen das große Becken.',
    providers: ['sportverein', 'ksb', 'stadt', 'mso'],
    groups: [{ id: group.frauen, minAge: 16 }],
    languages: ['ar', 'tr', 'fa', 'uk'],
    cost: {
      kind: 'reduced',
      amountEur: 3,
      note: ['3 € Eintritt, ermäßigt 1,50 €', '€3 admission, reduced €1.50'],
    },
    schedule: ['weekly-evening'],
    venue: place.sportverein,
    tags: ['Schwimmen', 'Frauen', 'Frauenschwimmen', 'Schwimmkurs'],
  },
  {
    key: 'fussball-fuer-alle',
    fields: [field.sport, field.engagement],
    kind: 'sport',
    titles: [
      'Fußball für alle',
      'Offenes Fußballtraining „Kick mit!“',
      'Straßenfußball im Käfig {stadtteil}',
      'Fußball-Treff für junge Geflüchtete',
    ],
    summaries: [
      'Offenes Training ohne Vereinsmitgliedschaft: einfach vorbeikommen, Sportschuhe mitbringen und mitspielen.',
      'Fußball verbindet: gemischte Teams aus Neuzugewanderten und Einheimischen, Trainer*innen aus dem Verein.',
    ],
    description:
      'Das Training ist offen für alle ab 14 Jahren, unabhängig von Herkunft oder Können. Wer regelmäßig kommt, kann in die Mannschaft des Vereins wechseln; die Vereinsgebühr übernimmt im ersten Jahr das Programm „Integration durch Sport“. Trinkflaschen und Leibchen stellen wir.',
    providers: ['sportverein', 'jugendzentrum', 'ksb'],
    groups: [
      { id: group.jugend, minAge: 14, maxAge: 17 },
      { id: group.jungeErw, minAge: 18, maxAge: 27 },
      { id: group.maenner },
    ],
    languages: ['ar', 'fa', 'ti', 'en', 'uk'],
    cost: { kind: 'free' },
    schedule: ['training', 'weekly-evening'],
    venue: place.sportverein,
    tags: ['Fußball', 'offenes Training', 'Integration durch Sport', 'Verein'],
    i18n: {
      en: {
        title: 'Football for everyone',
        summary:
          'Open training without club membership: just come along, bring sports shoes and join in.',
      },
      ar: {
        title: 'كرة القدم للجميع',
        summary: 'تدريب مفتوح دون عضوية في النادي: فقط تعال مع حذاء رياضي وشارك في اللعب.',
      },
      fa: {
        title: 'فوتبال برای همه',
        summary: 'تمرین باز بدون عضویت در باشگاه: فقط بیایید، کفش ورزشی بیاورید و بازی کنید.',
      },
      uk: {
        title: 'Футбол для всіх',
        summary:
          'Відкрите тренування без членства в клубі: просто приходьте зі спортивним взуттям і грайте.',
      },
      tr: {
        title: 'Herkes için futbol',
        summary:
          'Kulüp üyeliği gerektirmeyen açık antrenman: spor ayakkabınızı alın ve gelin, oynayın.',
      },
      ru: {
        title: 'Футбол для всех',
        summary:
          'Открытая тренировка без членства в клубе: просто приходите со спортивной обувью и играйте.',
      },
    },
  },
  {
    key: 'boxen-jugendliche',
    weight: 0.6,
    fields: [field.sport, field.sicherheit],
    kind: 'sport',
    titles: [
      'Boxtraining für Jugendliche',
      'Kampfsport und Fairplay (Boxen, Kickboxen)',
      'Selbstbehauptung und Boxen für Mädchen',
    ],
    summaries: [
      'Boxen mit klaren Regeln: Kraft, Ausdauer und Respekt – betreut von lizenzierten Trainer*innen.',
      'Sport als Gewaltprävention: Technik, Fitness und Fairplay in gemischten Gruppen.',
    ],
    description:
      'Im Training geht es um Technik, Kondition und Disziplin – Sparring nur mit Schutzausrüstung und nach Absprache. Die Trainer*innen sind in Anti-Gewalt-Arbeit geschult. Handschuhe können geliehen werden.',
    providers: ['sportverein', 'jugendzentrum'],
    groups: [
      { id: group.jugend, minAge: 12, maxAge: 18 },
      { id: group.maenner, minAge: 12 },
    ],
    languages: ['ar', 'tr', 'ru', 'ku'],
    cost: { kind: 'reduced', note: clubFee },
    schedule: ['training'],
    venue: place.sportverein,
    registration: { required: true, documents: ['attest'] },
    tags: ['Boxen', 'Kampfsport', 'Gewaltprävention', 'Jugendliche'],
  },
  {
    key: 'frauen-fitness',
    fields: [field.sport, field.familie],
    kind: 'sport',
    titles: [
      'Fitness und Gymnastik für Frauen',
      'Yoga für Frauen mit Kinderbetreuung',
      'Bewegungstreff für Frauen „Fit und gesund“',
    ],
    summaries: [
      'Entspannte Bewegung in einer Frauengruppe: Gymnastik, Rückenfit und Tanz – für jedes Alter und jede Fitness.',
      'Sport und Austausch unter Frauen, mit Kinderbetreuung in der Nebenhalle.',
    ],
    description:
      'Die Gruppe trifft sich in einer Halle mit Sichtschutz, die Übungsleiterin spricht Deutsch und Arabisch. Nach dem Training gibt es Tee und Zeit zum Erzählen. Bequeme Kleidung genügt.',
    providers: ['sportverein', 'mso', 'familienzentrum', 'stadtteilzentrum', 'moschee'],
    groups: [{ id: group.frauen, minAge: 16 }],
    languages: ['ar', 'tr', 'fa', 'uk'],
    cost: { kind: 'reduced', amountEur: 2, note: ['2 € pro Termin', '€2 per session'] },
    schedule: ['weekly-morning', 'weekly-evening'],
    tags: ['Frauen', 'Fitness', 'Yoga', 'Gymnastik', 'Gesundheit'],
    i18n: {
      ar: {
        title: 'لياقة ورياضة للنساء',
        summary:
          'حركة مريحة في مجموعة نسائية: جمباز وتمارين للظهر ورقص، لكل الأعمار ولكل مستويات اللياقة.',
      },
      tr: {
        title: 'Kadınlar için fitness ve jimnastik',
        summary:
          'Kadın grubunda rahat hareket: jimnastik, sırt egzersizleri ve dans; her yaş ve kondisyona uygun.',
      },
    },
  },
  {
    key: 'eltern-kind-turnen',
    fields: [field.sport, field.familie],
    kind: 'sport',
    titles: [
      'Eltern-Kind-Turnen',
      'Kinderturnen für 3- bis 6-Jährige',
      'Bewegungsspaß für Familien am Wochenende',
    ],
    summaries: [
      'Klettern, Balancieren, Toben: Kinder und Eltern bewegen sich gemeinsam – Deutsch lernen die Kinder spielerisch mit.',
      'Bewegungslandschaft für Kleinkinder mit ihren Eltern, Großeltern oder älteren Geschwistern.',
    ],
    description:
      'In der Turnhalle bauen wir jede Woche eine neue Bewegungslandschaft auf. Lieder und Rituale zu Beginn und am Ende helfen den Kindern, sich wohlzufühlen.',
    providers: ['sportverein', 'familienzentrum'],
    groups: [{ id: group.kita, minAge: 1, maxAge: 6 }, { id: group.erw }],
    languages: ['tr', 'ar', 'uk', 'pl'],
    cost: { kind: 'reduced', note: clubFee },
    schedule: ['weekly-afternoon', 'weekend'],
    venue: place.sportverein,
    tags: ['Kinderturnen', 'Eltern-Kind', 'Bewegung', 'Familie'],
  },
  {
    key: 'cricket',
    weight: 0.25,
    fields: [field.sport],
    kind: 'sport',
    titles: ['Cricket-Training', 'Cricket für Einsteiger*innen', 'Cricket-Team sucht Mitspieler'],
    summaries: [
      'Cricket auf dem Sportplatz: Training für Anfänger*innen und Erfahrene, Ligaspiele in der NRW-Liga.',
      'Die Cricket-Abteilung wurde von afghanischen und pakistanischen Spielern gegründet und ist offen für alle.',
    ],
    description:
      'Schläger, Bälle und Schutzausrüstung sind vorhanden. Im Sommer trainieren wir draußen, im Winter in der Halle.',
    providers: ['sportverein'],
    groups: [{ id: group.jungeErw, minAge: 16 }, { id: group.maenner }],
    languages: ['fa', 'ps', 'ur', 'en'],
    cost: { kind: 'reduced', note: clubFee },
    schedule: ['training', 'weekend'],
    venue: place.sportverein,
    tags: ['Cricket', 'Verein', 'Mannschaft'],
  },
  {
    key: 'lauftreff',
    weight: 0.7,
    fields: [field.sport, field.engagement],
    kind: 'sport',
    titles: [
      'Lauftreff für alle',
      'Walking- und Lauftreff im Stadtpark',
      'Gemeinsam laufen – Lauftreff mit Sprachpat*innen',
    ],
    summaries: [
      'Gemeinsam laufen in verschiedenen Tempogruppen – von Walking bis 10 Kilometer; Treffpunkt am Parkplatz.',
      'Bewegung an der frischen Luft und nebenbei Deutsch sprechen.',
    ],
    description:
      'Der Lauftreff ist kostenlos und ohne Anmeldung. Bei Regen laufen wir trotzdem. Einmal im Jahr starten wir gemeinsam beim Stadtlauf.',
    providers: ['sportverein', 'initiative', 'ksb'],
    groups: [{ id: group.erw }, { id: group.vorOrt }, { id: group.neu }],
    languages: ['en', 'uk'],
    cost: { kind: 'free' },
    schedule: ['weekend', 'weekly-evening'],
    venue: place.quartier,
    tags: ['Laufen', 'Walking', 'Lauftreff', 'draußen'],
  },
  {
    key: 'sport-und-sprache',
    fields: [field.sport, field.bildung014],
    kind: 'sport',
    titles: [
      'Sport und Spracherwerb: Bewegte Deutschstunde',
      'Spielend Deutsch lernen in der Turnhalle',
      'Sport- und Sprach-AG an der Grundschule',
    ],
    summaries: [
      'Bewegungsspiele, bei denen die Kinder nebenbei Deutsch lernen: Zählen, Farben, Körperteile, Anweisungen.',
      'Nachmittags-AG nach dem Programm „Sport und Spracherwerb“ für Kinder in Seiteneinsteigerklassen.',
    ],
    description:
      'Übungsleiter*innen des Vereins und Lehrkräfte gestalten die AG gemeinsam. Sprache wird über Bewegung gelernt: Wer die Anweisung versteht, ist im Spiel vorn.',
    providers: ['sportverein', 'ksb', 'jugendzentrum'],
    groups: [{ id: group.schule, minAge: 6, maxAge: 12 }],
    languages: ['ar', 'uk', 'ro', 'bg'],
    cost: { kind: 'free' },
    schedule: ['weekly-afternoon'],
    venue: place.schule,
    tags: ['Sport', 'Sprache', 'Spracherwerb', 'Bewegung'],
  },
  {
    key: 'streetball',
    fields: [field.sport, field.familie],
    kind: 'sport',
    titles: [
      'Streetball am Freitagabend',
      'Basketball für Jugendliche – offene Halle',
      'Mitternachtssport: Basketball und Volleyball',
    ],
    summaries: [
      'Offene Sporthalle am Abend: Basketball, Volleyball und Musik – ohne Anmeldung und ohne Vereinsbeitrag.',
      'Sport statt Langeweile: Teams werden vor Ort gemischt, Trainer*innen und Jugendarbeiter*innen sind dabei.',
    ],
    description:
      'Das Angebot wird gemeinsam von Jugendarbeit und Sportverein organisiert. Hallenschuhe sind Pflicht, Bälle stellen wir. Wer Lust hat, kann beim Turnier im Sommer mitspielen.',
    providers: ['jugendzentrum', 'sportverein', 'ksb'],
    groups: [
      { id: group.jugend, minAge: 14, maxAge: 17 },
      { id: group.jungeErw, minAge: 18, maxAge: 24 },
    ],
    languages: ['ar', 'tr', 'uk', 'en'],
    cost: { kind: 'free' },
    schedule: ['weekly-evening'],
    venue: place.sportverein,
    tags: ['Basketball', 'Streetball', 'Volleyball', 'Mitternachtssport', 'offene Halle'],
  },
  {
    key: 'tanzgruppe',
    fields: [field.sport, field.engagement],
    kind: 'sport',
    titles: [
      'Tanzgruppe: Folklore aus aller Welt',
      'Dabke, Halay und Hopak – internationaler Tanztreff',
      'Tanzen für Frauen und Mädchen',
    ],
    summaries: [
      'Gemeinsam tanzen: Volkstänze aus Syrien, der Türkei, der Ukraine und Deutschland – für alle Generationen.',
      'Bewegung, Musik und Gemeinschaft; Auftritte bei Stadtteilfesten.',
    ],
    description:
      'Die Tanzgruppe ist aus einem Nachbarschaftsfest entstanden und trifft sich seitdem regelmäßig. Jede Woche bringt jemand einen Tanz aus seiner Heimat mit. Keine Vorkenntnisse nötig.',
    providers: ['mso', 'sportverein', 'stadtteilzentrum'],
    groups: [{ id: group.erw }, { id: group.frauen }, { id: group.vorOrt }],
    languages: ['ar', 'tr', 'uk', 'ku'],
    cost: { kind: 'free' },
    schedule: ['weekly-evening', 'fortnightly'],
    weight: 0.7,
    tags: ['Tanz', 'Folklore', 'Musik', 'Begegnung'],
  },
];
