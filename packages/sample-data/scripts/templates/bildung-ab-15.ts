import type { OfferTemplate } from '../template.js';
import { field, group } from '../vocabulary.js';

const bamfCost = [
  'Kostenbeitrag 2,29 € pro Unterrichtseinheit; mit Bürgergeld, Sozialhilfe oder AsylbLG befreit',
  '€2.29 per lesson; exempt with citizen’s income, social assistance or AsylbLG benefits',
] as const;

/** Offers of the field "Bildung und Sprachförderung ab 15 Jahre". */
export const bildung15: readonly OfferTemplate[] = [
  {
    key: 'integrationskurs',
    fields: [field.bildung15],
    kind: 'course',
    titles: [
      'Integrationskurs (BAMF) – Allgemeiner Kurs',
      'Integrationskurs Deutsch A1–B1',
      'Integrationskurs am Vormittag',
    ],
    summaries: [
      'Deutschkurs bis Niveau B1 mit Orientierungskurs zu Recht, Geschichte und Kultur; Abschluss mit DTZ und „Leben in Deutschland“.',
      '700 Unterrichtseinheiten Deutsch plus 100 Einheiten Orientierungskurs, vom BAMF gefördert.',
    ],
    description:
      'Der Integrationskurs besteht aus einem Sprachkurs (600 Unterrichtseinheiten, bei Bedarf mehr) und einem Orientierungskurs. Vor Kursbeginn machen Sie einen Einstufungstest. Wer einen Berechtigungsschein oder eine Verpflichtung hat, meldet sich mit diesem Dokument an; alle anderen können beim BAMF eine Zulassung beantragen – wir helfen dabei.',
    providers: ['vhs', 'bildungstraeger'],
    groups: [
      { id: group.erw, minAge: 16 },
      { id: group.neu, minAge: 16 },
    ],
    languages: ['en', 'ar'],
    cost: { kind: 'reduced', note: bamfCost },
    schedule: ['course-mornings'],
    registration: { required: true, documents: ['berechtigung', 'ausweis', 'aufenthalt'] },
    tags: ['Integrationskurs', 'BAMF', 'Deutschkurs', 'DTZ', 'B1', 'Orientierungskurs'],
    i18n: {
      en: {
        title: 'Integration course (BAMF)',
        summary:
          'German course up to level B1 with an orientation course on law, history and culture; final exams DTZ and “Life in Germany”.',
      },
      ar: {
        title: 'دورة الاندماج (BAMF)',
        summary:
          'دورة لغة ألمانية حتى المستوى B1 مع دورة توجيهية عن القانون والتاريخ والثقافة؛ تنتهي بامتحان DTZ و«الحياة في ألمانيا».',
      },
      uk: {
        title: 'Інтеграційний курс (BAMF)',
        summary:
          'Курс німецької до рівня B1 з орієнтаційним курсом про право, історію та культуру; іспити DTZ і «Життя в Німеччині».',
      },
      fa: {
        title: 'کلاس ادغام (BAMF)',
        summary:
          'کلاس زبان آلمانی تا سطح B1 همراه با دوره آشنایی با قانون، تاریخ و فرهنگ؛ با آزمون DTZ و «زندگی در آلمان».',
      },
      tr: {
        title: 'Uyum kursu (BAMF)',
        summary:
          'Hukuk, tarih ve kültür üzerine oryantasyon kursuyla birlikte B1 seviyesine kadar Almanca kursu; DTZ ve „Almanya’da Yaşam“ sınavlarıyla.',
      },
      ru: {
        title: 'Интеграционный курс (BAMF)',
        summary:
          'Курс немецкого языка до уровня B1 с ориентационным курсом о праве, истории и культуре; экзамены DTZ и «Жизнь в Германии».',
      },
    },
    easy: {
      title: 'Deutsch-Kurs: Integrations-Kurs',
      summary:
        'Sie lernen Deutsch. Sie lernen auch viel über das Leben in Deutschland. Am Ende gibt es eine Prüfung.',
    },
  },
  {
    key: 'integrationskurs-kinderbetreuung',
    fields: [field.bildung15, field.familie],
    kind: 'course',
    titles: [
      'Integrationskurs mit Kinderbetreuung',
      'Eltern- und Frauenintegrationskurs mit Kinderbetreuung',
      'Deutschkurs für Mütter – Kinder werden betreut',
    ],
    summaries: [
      'Integrationskurs für Eltern mit kleinen Kindern: Während des Unterrichts werden die Kinder im Nebenraum betreut.',
      'Deutsch lernen in einer Gruppe von Frauen und Eltern, mit Themen rund um Kita, Schule und Gesundheit; Kinderbetreuung inklusive.',
    ],
    description:
      'Im Eltern- und Frauenintegrationskurs stehen Themen wie Kita, Schule, Arztbesuch und Erziehung im Mittelpunkt. Die Kinderbetreuung für Kinder ab einem Jahr ist kostenlos und findet im selben Gebäude statt. Der Kurs verläuft etwas langsamer (900 Unterrichtseinheiten).',
    providers: ['vhs', 'bildungstraeger', 'caritas', 'awo'],
    groups: [
      { id: group.frauen, minAge: 16 },
      { id: group.erw },
      { id: group.kita, minAge: 1, maxAge: 6 },
    ],
    languages: ['ar', 'fa', 'ti', 'uk'],
    cost: { kind: 'reduced', note: bamfCost },
    schedule: ['course-mornings'],
    registration: { required: true, documents: ['berechtigung', 'ausweis'] },
    tags: ['Integrationskurs', 'Kinderbetreuung', 'Frauenkurs', 'Elternkurs', 'BAMF'],
    i18n: {
      en: {
        title: 'Integration course with childcare',
        summary:
          'Integration course for parents with young children: the children are looked after in the next room during lessons.',
      },
      ar: {
        title: 'دورة اندماج مع رعاية الأطفال',
        summary:
          'دورة اندماج للأهل مع أطفال صغار: يتم الاعتناء بالأطفال في غرفة مجاورة أثناء الدرس.',
      },
      fa: {
        title: 'کلاس ادغام همراه با نگهداری از کودکان',
        summary:
          'کلاس ادغام برای والدین با کودکان خردسال: در زمان کلاس از کودکان در اتاق کناری نگهداری می‌شود.',
      },
      uk: {
        title: 'Інтеграційний курс із доглядом за дітьми',
        summary:
          'Інтеграційний курс для батьків із маленькими дітьми: під час занять за дітьми доглядають у сусідній кімнаті.',
      },
    },
    easy: {
      title: 'Deutsch-Kurs mit Betreuung für Kinder',
      summary:
        'Sie lernen Deutsch. Ihre kleinen Kinder sind im Raum nebenan. Dort passt eine Erzieherin auf.',
    },
  },
  {
    key: 'alphabetisierungskurs',
    fields: [field.bildung15],
    kind: 'course',
    titles: [
      'Alphabetisierungskurs (Integrationskurs mit Alphabetisierung)',
      'Lesen und Schreiben lernen – Alpha-Kurs',
      'Zweitschriftlernerkurs: lateinische Schrift lernen',
    ],
    summaries: [
      'Für Menschen, die nicht oder wenig lesen und schreiben können oder eine andere Schrift gelernt haben: Deutsch und lateinische Schrift in kleinen Gruppen.',
      'Langsames Tempo, kleine Gruppe, viel Übung: Lesen und Schreiben von Anfang an.',
    ],
    description:
      'Der Alphabetisierungskurs umfasst bis zu 1.300 Unterrichtseinheiten. Wir arbeiten mit Bildern, Bewegung und vielen Wiederholungen. Teilnehmende, die bereits eine andere Schrift beherrschen (z. B. Arabisch, Kyrillisch), lernen im Zweitschriftlernerkurs schneller.',
    providers: ['vhs', 'bildungstraeger'],
    groups: [{ id: group.erw, minAge: 16 }, { id: group.neu }],
    languages: ['ar', 'ku', 'ti', 'fa'],
    cost: { kind: 'reduced', note: bamfCost },
    schedule: ['course-mornings'],
    registration: { required: true, documents: ['berechtigung', 'ausweis'] },
    tags: ['Alphabetisierung', 'Alpha-Kurs', 'Lesen', 'Schreiben', 'Zweitschrift'],
    i18n: {
      ar: {
        title: 'دورة محو الأمية (دورة اندماج مع تعليم القراءة والكتابة)',
        summary:
          'لمن لا يستطيع القراءة والكتابة أو تعلّم أبجدية أخرى: الألمانية والحروف اللاتينية في مجموعات صغيرة.',
      },
      fa: {
        title: 'کلاس سوادآموزی',
        summary:
          'برای کسانی که خواندن و نوشتن بلد نیستند یا خط دیگری آموخته‌اند: آلمانی و الفبای لاتین در گروه‌های کوچک.',
      },
    },
  },
  {
    key: 'berufssprachkurs',
    fields: [field.bildung15, field.arbeit],
    kind: 'course',
    titles: [
      'Berufssprachkurs B2',
      'Berufssprachkurs B1 (DeuFöV)',
      'Berufsbezogener Deutschkurs C1 für Akademiker*innen',
      'Berufssprachkurs B2 – Pflege und Gesundheit',
    ],
    summaries: [
      'Deutsch für den Beruf: E-Mails, Telefonate, Teamsitzungen und Fachwortschatz; Abschluss mit telc-Prüfung.',
      'Berufsbezogene Deutschsprachförderung nach DeuFöV, in Teilzeit oder Vollzeit, auch berufsbegleitend am Abend.',
    ],
    description:
      'Berufssprachkurse bauen auf dem Integrationskurs auf. Voraussetzung ist ein Sprachniveau knapp unter dem Kursziel und eine Berechtigung vom Jobcenter, der Agentur für Arbeit oder dem BAMF. Für Beschäftigte ist der Kurs bei einem Einkommen unter der Bemessungsgrenze kostenlos. Spezialkurse gibt es für Pflege, Gewerbe-Technik und Einzelhandel.',
    providers: ['vhs', 'bildungstraeger'],
    groups: [
      { id: group.erw, minAge: 18 },
      { id: group.jungeErw, minAge: 18, maxAge: 27 },
    ],
    languages: ['en'],
    cost: {
      kind: 'free',
      note: [
        'Kostenlos mit Berechtigung; Beschäftigte zahlen ggf. einen Eigenanteil',
        'Free with eligibility; employees may pay a share',
      ],
    },
    format: ['on-site', 'hybrid', 'online'],
    schedule: ['course-mornings', 'course-evenings'],
    registration: { required: true, documents: ['berechtigung', 'sprachnachweis', 'lebenslauf'] },
    tags: ['Berufssprachkurs', 'DeuFöV', 'B2', 'Job-Deutsch', 'telc'],
    i18n: {
      en: {
        title: 'Vocational German course B2',
        summary:
          'German for work: e-mails, phone calls, team meetings and technical vocabulary; final telc exam.',
      },
      uk: {
        title: 'Професійний курс німецької B2',
        summary:
          'Німецька для роботи: листи, телефонні розмови, наради та фахова лексика; іспит telc наприкінці.',
      },
      ru: {
        title: 'Профессиональный курс немецкого B2',
        summary:
          'Немецкий для работы: письма, телефонные разговоры, совещания и профессиональная лексика; экзамен telc.',
      },
      tr: {
        title: 'Mesleki Almanca kursu B2',
        summary:
          'İş için Almanca: e-postalar, telefon görüşmeleri, ekip toplantıları ve mesleki kelimeler; telc sınavıyla.',
      },
    },
  },
  {
    key: 'sprachcafe',
    fields: [field.bildung15, field.engagement],
    kind: 'meeting',
    titles: [
      'Sprachcafé',
      'Sprachcafé „Deutsch im Alltag“',
      'Offener Deutsch-Treff',
      'Sprachtreff mit Kaffee und Kuchen',
    ],
    summaries: [
      'Ohne Anmeldung Deutsch sprechen üben: bei Kaffee und Tee mit Ehrenamtlichen aus der Nachbarschaft.',
      'Lockere Gesprächsrunden für alle Niveaus – vom ersten Wort bis zur Prüfungsvorbereitung.',
    ],
    description:
      'Im Sprachcafé sitzen Lernende und Ehrenamtliche an kleinen Tischen zusammen. Es gibt Gesprächskarten, Spiele und Zeit für Fragen zu Briefen oder Hausaufgaben aus dem Kurs. Kinder können mitgebracht werden.',
    providers: ['initiative', 'kirche', 'stadtteilzentrum', 'caritas', 'awo', 'drk', 'vhs'],
    groups: [{ id: group.erw, minAge: 16 }, { id: group.neu }, { id: group.vorOrt }],
    languages: ['en', 'ar', 'uk', 'fa'],
    cost: { kind: 'free' },
    schedule: ['weekly-afternoon', 'weekly-morning', 'weekly-evening'],
    tags: ['Sprachcafé', 'Deutsch sprechen', 'Konversation', 'Begegnung'],
    i18n: {
      en: {
        title: 'Language café',
        summary:
          'Practise speaking German without registration, over coffee and tea with volunteers from the neighbourhood.',
      },
      ar: {
        title: 'مقهى اللغة',
        summary: 'تدرّب على التحدث بالألمانية دون تسجيل، مع القهوة والشاي ومتطوعين من الحي.',
      },
      uk: {
        title: 'Мовне кафе',
        summary: 'Практикуйте німецьку без реєстрації — за кавою й чаєм з волонтерами з околиці.',
      },
      fa: {
        title: 'کافه زبان',
        summary: 'تمرین صحبت به آلمانی بدون ثبت‌نام، با قهوه و چای در کنار داوطلبان محله.',
      },
      tr: {
        title: 'Dil kafesi',
        summary:
          'Kayıt olmadan Almanca konuşma pratiği: mahalleden gönüllülerle çay ve kahve eşliğinde.',
      },
      ru: {
        title: 'Языковое кафе',
        summary: 'Практика немецкого без записи — за кофе и чаем с волонтёрами из района.',
      },
    },
    easy: {
      title: 'Deutsch sprechen im Sprach-Café',
      summary:
        'Sie möchten Deutsch üben? Kommen Sie einfach vorbei. Wir trinken Kaffee und sprechen Deutsch.',
    },
  },
  {
    key: 'sprachcafe-frauen',
    fields: [field.bildung15, field.familie],
    kind: 'meeting',
    titles: [
      'Sprachcafé für Frauen',
      'Frauen-Sprachtreff mit Kinderecke',
      'Deutsch-Frühstück für Frauen',
    ],
    summaries: [
      'Ein geschützter Raum für Frauen: Deutsch sprechen, Fragen des Alltags klären, andere Frauen kennenlernen. Kinder dürfen mitkommen.',
      'Frauen aus aller Welt treffen sich zum Frühstück und üben Deutsch – mit Kinderbetreuung.',
    ],
    description:
      'Das Sprachcafé für Frauen wird von Frauen geleitet. Themen bestimmen die Teilnehmerinnen selbst: Arzttermine, Elternabend, Einkaufen, Rechte als Frau. Eine Erzieherin betreut kleine Kinder im Nebenraum.',
    providers: [
      'caritas',
      'awo',
      'mso',
      'kirche',
      'familienzentrum',
      'stadtteilzentrum',
      'moschee',
    ],
    groups: [{ id: group.frauen, minAge: 16 }, { id: group.neu }],
    languages: ['ar', 'fa', 'tr', 'uk', 'ku'],
    cost: { kind: 'free' },
    schedule: ['weekly-morning', 'fortnightly'],
    tags: ['Frauen', 'Sprachcafé', 'Kinderbetreuung', 'Begegnung'],
    i18n: {
      en: {
        title: 'Language café for women',
        summary:
          'A safe space for women: speak German, sort out everyday questions and meet other women. Children welcome.',
      },
      ar: {
        title: 'مقهى اللغة للنساء',
        summary:
          'مساحة آمنة للنساء: التحدث بالألمانية، حل أسئلة الحياة اليومية، والتعرف على نساء أخريات. يمكن إحضار الأطفال.',
      },
      fa: {
        title: 'کافه زبان برای زنان',
        summary:
          'فضایی امن برای زنان: صحبت به آلمانی، پاسخ به پرسش‌های روزمره و آشنایی با زنان دیگر. آوردن کودکان آزاد است.',
      },
      tr: {
        title: 'Kadınlar için dil kafesi',
        summary:
          'Kadınlara özel güvenli bir alan: Almanca konuşmak, günlük soruları çözmek, diğer kadınlarla tanışmak. Çocuklar gelebilir.',
      },
      uk: {
        title: 'Мовне кафе для жінок',
        summary:
          'Безпечний простір для жінок: говорити німецькою, вирішувати побутові питання, знайомитися з іншими жінками. Діти можуть прийти разом.',
      },
    },
  },
  {
    key: 'jugendintegrationskurs',
    fields: [field.bildung15, field.familie],
    kind: 'course',
    titles: [
      'Jugendintegrationskurs',
      'Integrationskurs für junge Erwachsene bis 27',
      'Deutschkurs für Jugendliche (Jugendintegrationskurs)',
    ],
    summaries: [
      'Integrationskurs für junge Menschen bis 27, die nicht mehr schulpflichtig sind: Deutsch plus Vorbereitung auf Schulabschluss, Ausbildung oder Studium.',
      'Deutsch lernen mit Gleichaltrigen, mit Projekten, Exkursionen und Berufsorientierung.',
    ],
    description:
      'Der Jugendintegrationskurs umfasst 900 Unterrichtseinheiten Sprachkurs und 100 Einheiten Orientierungskurs. Eine sozialpädagogische Begleitung hilft bei Fragen rund um Schule, Ausbildung, Wohnen und Aufenthalt.',
    providers: ['vhs', 'bildungstraeger', 'jmd'],
    groups: [
      { id: group.jungeErw, minAge: 16, maxAge: 27 },
      { id: group.jugend, minAge: 16, maxAge: 18 },
    ],
    languages: ['en', 'ar', 'fa', 'uk'],
    cost: { kind: 'reduced', note: bamfCost },
    schedule: ['course-mornings'],
    registration: { required: true, documents: ['berechtigung', 'ausweis', 'zeugnisse'] },
    tags: ['Jugendintegrationskurs', 'Integrationskurs', 'junge Erwachsene', 'BAMF'],
  },
  {
    key: 'dtz-pruefungsvorbereitung',
    fields: [field.bildung15],
    kind: 'course',
    titles: [
      'Prüfungsvorbereitung DTZ / B1',
      'Intensivtraining „Deutsch-Test für Zuwanderer“',
      'B1-Prüfungstraining am Samstag',
    ],
    summaries: [
      'Gezielt auf die Prüfung vorbereiten: Modelltests, Schreiben von Briefen, mündliche Prüfung üben.',
      'Kompaktkurs vor dem Prüfungstermin, mit Probeprüfung und Feedback.',
    ],
    description:
      'Das Training richtet sich an alle, die bald den Deutsch-Test für Zuwanderer (DTZ) oder eine B1-Prüfung ablegen. Wir üben mit Originalmodelltests und geben individuelles Feedback zu Briefen.',
    providers: ['vhs', 'bildungstraeger', 'initiative'],
    groups: [{ id: group.erw, minAge: 16 }],
    languages: ['ar', 'uk'],
    cost: {
      kind: 'paid',
      amountEur: 45,
      note: [
        '45 € für 8 Termine; Ermäßigung mit Bescheid möglich',
        '€45 for 8 sessions; reduction possible with a notice of benefits',
      ],
    },
    schedule: ['weekend', 'course-evenings'],
    registration: { required: true, documents: ['sprachnachweis'] },
    tags: ['DTZ', 'B1', 'Prüfung', 'Prüfungsvorbereitung'],
  },
  {
    key: 'online-deutschkurs',
    weight: 0.6,
    fields: [field.bildung15],
    kind: 'course',
    titles: [
      'Online-Deutschkurs am Abend (A2)',
      'Deutsch lernen online – für Berufstätige',
      'Digitaler Sprachkurs mit Lernplattform',
    ],
    summaries: [
      'Abends von zu Hause Deutsch lernen: Live-Unterricht per Videokonferenz zweimal pro Woche plus Übungen auf der Lernplattform.',
      'Für alle, die tagsüber arbeiten oder Kinder betreuen: flexibel online lernen, mit fester Lehrkraft.',
    ],
    description:
      'Sie brauchen einen Laptop oder ein Tablet mit Kamera und eine stabile Internetverbindung. Vor Kursbeginn gibt es eine Technik-Sprechstunde. Leihgeräte sind in begrenzter Zahl vorhanden.',
    providers: ['vhs', 'bildungstraeger'],
    groups: [{ id: group.erw, minAge: 18 }, { id: group.laenger }],
    languages: ['en', 'uk', 'ru'],
    cost: {
      kind: 'paid',
      amountEur: 89,
      note: ['89 € pro Kurs (24 Termine)', '€89 per course (24 sessions)'],
    },
    format: ['online'],
    schedule: ['course-evenings'],
    registration: { required: true },
    tags: ['online', 'Deutschkurs', 'Abendkurs', 'A2', 'Videokonferenz'],
    i18n: {
      en: {
        title: 'Online German course in the evening (A2)',
        summary:
          'Learn German from home in the evening: live video lessons twice a week plus exercises on the learning platform.',
      },
      uk: {
        title: 'Онлайн-курс німецької ввечері (A2)',
        summary:
          'Вивчайте німецьку вдома ввечері: заняття наживо по відеозв’язку двічі на тиждень та вправи на платформі.',
      },
      ru: {
        title: 'Онлайн-курс немецкого по вечерам (A2)',
        summary:
          'Учите немецкий из дома по вечерам: живые видеоуроки дважды в неделю и упражнения на учебной платформе.',
      },
    },
  },
  {
    key: 'schulabschluss-nachholen',
    weight: 0.5,
    fields: [field.bildung15, field.arbeit],
    kind: 'course',
    titles: [
      'Hauptschulabschluss nachholen',
      'Schulabschluss für Erwachsene (HSA 10)',
      'Abendkurs: Mittlerer Schulabschluss',
    ],
    summaries: [
      'In einem Jahr zum Hauptschulabschluss nach Klasse 10: Deutsch, Mathe, Englisch, mit sozialpädagogischer Begleitung.',
      'Zweiter Bildungsweg für junge Erwachsene mit und ohne Migrationsgeschichte.',
    ],
    description:
      'Der Lehrgang bereitet auf die staatliche Prüfung vor. Voraussetzung sind Deutschkenntnisse auf Niveau B1. Das Angebot ist kostenlos; Lernmaterial wird gestellt.',
    providers: ['vhs', 'bildungstraeger'],
    groups: [{ id: group.jungeErw, minAge: 18, maxAge: 27 }, { id: group.erw }],
    cost: { kind: 'free' },
    schedule: ['course-mornings', 'course-evenings'],
    registration: { required: true, documents: ['zeugnisse', 'sprachnachweis'] },
    tags: ['Schulabschluss', 'Hauptschulabschluss', 'zweiter Bildungsweg'],
  },
];
