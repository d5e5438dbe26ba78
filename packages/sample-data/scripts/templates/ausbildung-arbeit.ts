import type { OfferTemplate } from '../template.js';
import { field, group } from '../vocabulary.js';

/** Offers of the field "Integration in Ausbildung und Arbeit". */
export const arbeit: readonly OfferTemplate[] = [
  {
    key: 'mbe',
    fields: [field.arbeit, field.wohnen],
    kind: 'counselling',
    titles: [
      'Migrationsberatung für Erwachsene (MBE)',
      'MBE – Beratung für Zugewanderte ab 27 Jahren',
      'Migrationsberatung: Sprechstunde im Stadtteil {stadtteil}',
    ],
    summaries: [
      'Kostenlose Beratung für Zugewanderte ab 27 Jahren zu Sprachkurs, Arbeit, Anerkennung, Wohnen, Gesundheit und Familie.',
      'Die MBE begleitet Sie in den ersten Jahren: wir erstellen gemeinsam einen Förderplan und helfen bei Anträgen.',
    ],
    description:
      'Die Migrationsberatung für erwachsene Zuwanderer (MBE) wird vom Bundesamt für Migration und Flüchtlinge gefördert. Wir beraten unabhängig von Aufenthaltsstatus und Religion, vertraulich und kostenlos. Typische Themen: Anmeldung zum Integrationskurs, Anerkennung von Abschlüssen, Jobcenter-Bescheide, Kindergeld, Krankenversicherung, Familiennachzug.',
    providers: ['caritas', 'awo', 'diakonie', 'drk'],
    groups: [
      { id: group.erw, minAge: 27 },
      { id: group.neu, minAge: 27 },
      { id: group.laenger, minAge: 27 },
    ],
    languages: ['ar', 'ru', 'uk', 'tr', 'fa', 'en', 'pl', 'ro', 'bg'],
    cost: { kind: 'free' },
    format: ['on-site', 'hybrid'],
    schedule: ['office-hours', 'appointment'],
    registration: { required: false, documents: ['ausweis', 'aufenthalt'] },
    tags: ['MBE', 'Migrationsberatung', 'Beratung', 'Erwachsene', 'BAMF'],
    i18n: {
      en: {
        title: 'Migration counselling for adults (MBE)',
        summary:
          'Free counselling for migrants aged 27 and over on language courses, work, recognition, housing, health and family.',
      },
      ar: {
        title: 'استشارة الهجرة للبالغين (MBE)',
        summary:
          'استشارة مجانية للمهاجرين من عمر 27 سنة فما فوق حول دورات اللغة والعمل ومعادلة الشهادات والسكن والصحة والأسرة.',
      },
      uk: {
        title: 'Міграційна консультація для дорослих (MBE)',
        summary:
          'Безкоштовна консультація для мігрантів від 27 років щодо мовних курсів, роботи, визнання дипломів, житла, здоров’я та сім’ї.',
      },
      ru: {
        title: 'Миграционная консультация для взрослых (MBE)',
        summary:
          'Бесплатная консультация для мигрантов от 27 лет по языковым курсам, работе, признанию дипломов, жилью, здоровью и семье.',
      },
      tr: {
        title: 'Yetişkinler için göç danışmanlığı (MBE)',
        summary:
          '27 yaş ve üzeri göçmenler için dil kursu, iş, diploma denkliği, konut, sağlık ve aile konularında ücretsiz danışmanlık.',
      },
      fa: {
        title: 'مشاوره مهاجرت برای بزرگسالان (MBE)',
        summary:
          'مشاوره رایگان برای مهاجران ۲۷ سال به بالا درباره کلاس زبان، کار، ارزشیابی مدارک، مسکن، سلامت و خانواده.',
      },
    },
    easy: {
      title: 'Beratung für Erwachsene: Migrations-Beratung',
      summary:
        'Sie sind 27 Jahre oder älter? Sie haben Fragen zu Arbeit, Wohnung oder Deutsch-Kurs? Wir beraten Sie. Die Beratung kostet nichts.',
    },
  },
  {
    key: 'jmd',
    fields: [field.arbeit, field.familie],
    kind: 'counselling',
    titles: [
      'Jugendmigrationsdienst (JMD)',
      'JMD-Sprechstunde in {ort}',
      'Jugendmigrationsdienst: Beratung für junge Menschen von 12 bis 27',
    ],
    summaries: [
      'Der JMD begleitet junge Zugewanderte von 12 bis 27 Jahren: Schule, Sprachkurs, Ausbildung, Studium und persönliche Fragen.',
      'Individuelle Begleitung mit Integrationsförderplan, Gruppenangebote und Vermittlung an Betriebe.',
    ],
    description:
      'Die Jugendmigrationsdienste werden vom Bundesjugendministerium gefördert. Wir helfen bei der Schulanmeldung, der Suche nach einem Ausbildungsplatz, der Anerkennung von Zeugnissen und beim Bewerben. Außerdem gibt es Gruppenangebote wie Bewerbungswerkstatt und Freizeitfahrten.',
    providers: ['jmd'],
    groups: [
      { id: group.jugend, minAge: 12, maxAge: 17 },
      { id: group.jungeErw, minAge: 18, maxAge: 27 },
    ],
    languages: ['ar', 'fa', 'uk', 'ru', 'en', 'tr'],
    cost: { kind: 'free' },
    schedule: ['office-hours', 'appointment'],
    tags: ['JMD', 'Jugendmigrationsdienst', 'Ausbildung', 'Schule', 'junge Menschen'],
    i18n: {
      en: {
        title: 'Youth migration service (JMD)',
        summary:
          'The JMD supports young migrants aged 12 to 27: school, language course, apprenticeship, university and personal questions.',
      },
      ar: {
        title: 'خدمة هجرة الشباب (JMD)',
        summary:
          'ترافق خدمة JMD الشباب المهاجرين من 12 إلى 27 عاماً: المدرسة، دورة اللغة، التدريب المهني، الدراسة والأسئلة الشخصية.',
      },
      fa: {
        title: 'خدمات مهاجرت جوانان (JMD)',
        summary:
          'JMD جوانان مهاجر ۱۲ تا ۲۷ ساله را همراهی می‌کند: مدرسه، کلاس زبان، کارآموزی، دانشگاه و مسائل شخصی.',
      },
      uk: {
        title: 'Міграційна служба для молоді (JMD)',
        summary:
          'JMD супроводжує молодих мігрантів від 12 до 27 років: школа, мовний курс, професійне навчання, університет і особисті питання.',
      },
      ru: {
        title: 'Молодёжная миграционная служба (JMD)',
        summary:
          'JMD сопровождает молодых мигрантов от 12 до 27 лет: школа, языковой курс, профобучение, учёба в вузе и личные вопросы.',
      },
      tr: {
        title: 'Gençlik göç servisi (JMD)',
        summary:
          'JMD 12–27 yaş arası genç göçmenlere okul, dil kursu, meslek eğitimi, üniversite ve kişisel konularda eşlik eder.',
      },
    },
  },
  {
    key: 'bewerbungstraining',
    fields: [field.arbeit],
    kind: 'course',
    titles: [
      'Bewerbungstraining',
      'Bewerbungswerkstatt: Lebenslauf und Anschreiben',
      'Bewerbungscafé – Hilfe bei Bewerbungen',
      'Fit fürs Vorstellungsgespräch',
    ],
    summaries: [
      'Lebenslauf schreiben, Anschreiben formulieren, Bewerbung online verschicken und Vorstellungsgespräch üben – mit Feedback.',
      'Wir erstellen mit Ihnen eine vollständige Bewerbungsmappe; Bewerbungsfotos kostenlos vor Ort.',
    ],
    description:
      'In der Bewerbungswerkstatt arbeiten Sie an Ihren eigenen Unterlagen. Ehrenamtliche aus Personalabteilungen geben Tipps, wie Arbeitgeber Bewerbungen lesen. Bringen Sie Zeugnisse und, falls vorhanden, einen USB-Stick mit.',
    providers: [
      'jobcenter',
      'jmd',
      'bildungstraeger',
      'initiative',
      'awo',
      'caritas',
      'stadtteilzentrum',
    ],
    groups: [{ id: group.jungeErw, minAge: 16 }, { id: group.erw }],
    languages: ['ar', 'uk', 'en', 'fa', 'ti'],
    cost: { kind: 'free' },
    schedule: ['weekly-afternoon', 'sessions', 'fortnightly'],
    registration: { required: false, documents: ['lebenslauf', 'zeugnisse'] },
    tags: ['Bewerbung', 'Lebenslauf', 'Vorstellungsgespräch', 'Job'],
    i18n: {
      en: {
        title: 'Job application training',
        summary:
          'Write a CV and cover letter, send applications online and practise job interviews, with feedback.',
      },
      ar: {
        title: 'تدريب على طلبات التوظيف',
        summary:
          'كتابة السيرة الذاتية ورسالة التقديم، إرسال الطلبات عبر الإنترنت والتدرب على مقابلة العمل، مع ملاحظات.',
      },
      uk: {
        title: 'Тренінг з написання резюме та співбесіди',
        summary:
          'Складання резюме й мотиваційного листа, онлайн-подача заявок і тренування співбесіди — зі зворотним зв’язком.',
      },
      fa: {
        title: 'آموزش درخواست کار',
        summary:
          'نوشتن رزومه و نامه درخواست، ارسال آنلاین درخواست و تمرین مصاحبه کاری، همراه با بازخورد.',
      },
      tr: {
        title: 'İş başvurusu eğitimi',
        summary:
          'Özgeçmiş ve ön yazı hazırlama, çevrimiçi başvuru gönderme ve iş görüşmesi pratiği; geri bildirimle.',
      },
      ru: {
        title: 'Тренинг по поиску работы',
        summary:
          'Составление резюме и сопроводительного письма, отправка заявок онлайн и подготовка к собеседованию — с обратной связью.',
      },
    },
    easy: {
      title: 'Hilfe bei der Bewerbung',
      summary:
        'Sie suchen Arbeit? Wir schreiben mit Ihnen einen Lebens-Lauf. Wir üben das Gespräch mit dem Chef.',
    },
  },
  {
    key: 'anerkennung',
    fields: [field.arbeit, field.bildung15],
    kind: 'counselling',
    titles: [
      'Anerkennung ausländischer Abschlüsse',
      'Anerkennungsberatung für Berufs- und Studienabschlüsse',
      'Beratung zur Berufsanerkennung (IQ-Netzwerk)',
    ],
    summaries: [
      'Wir klären, ob und wie Ihr Berufs- oder Hochschulabschluss in Deutschland anerkannt wird, und begleiten das Verfahren.',
      'Welche Stelle ist zuständig? Welche Unterlagen und Übersetzungen brauche ich? Was kostet die Anerkennung?',
    ],
    description:
      'Für reglementierte Berufe wie Pflege, Medizin, Lehramt oder Erzieher*in ist die Anerkennung Pflicht. Wir prüfen Ihre Unterlagen, nennen die zuständige Stelle und helfen beim Antrag auf Kostenübernahme (Anerkennungszuschuss). Auch Anpassungsqualifizierungen vermitteln wir.',
    providers: ['agentur', 'hwk', 'bildungstraeger', 'caritas'],
    groups: [{ id: group.erw, minAge: 18 }, { id: group.laenger }, { id: group.neu }],
    languages: ['en', 'ar', 'uk', 'ru', 'fa', 'tr', 'es'],
    cost: { kind: 'free' },
    format: ['on-site', 'online', 'hybrid'],
    schedule: ['appointment'],
    registration: { required: true, documents: ['zeugnisse', 'lebenslauf', 'ausweis'] },
    tags: ['Anerkennung', 'Abschluss', 'Berufsanerkennung', 'Diplom', 'Zeugnisse'],
    i18n: {
      en: {
        title: 'Recognition of foreign qualifications',
        summary:
          'We find out whether and how your vocational or university qualification is recognised in Germany and support you through the process.',
      },
      ar: {
        title: 'معادلة الشهادات الأجنبية',
        summary:
          'نوضح ما إذا كانت شهادتك المهنية أو الجامعية تُعترف بها في ألمانيا وكيف، ونرافقك خلال الإجراءات.',
      },
      uk: {
        title: 'Визнання іноземних дипломів',
        summary:
          'З’ясовуємо, чи і як ваш професійний або університетський диплом визнається в Німеччині, та супроводжуємо процедуру.',
      },
      ru: {
        title: 'Признание иностранных дипломов',
        summary:
          'Выясняем, признаётся ли и как ваш профессиональный или вузовский диплом в Германии, и сопровождаем процедуру.',
      },
      fa: {
        title: 'ارزشیابی مدارک خارجی',
        summary:
          'بررسی می‌کنیم که آیا و چگونه مدرک حرفه‌ای یا دانشگاهی شما در آلمان به رسمیت شناخته می‌شود و در روند آن همراهتان هستیم.',
      },
      tr: {
        title: 'Yabancı diplomaların denkliği',
        summary:
          'Meslek ya da üniversite diplomanızın Almanya’da tanınıp tanınmadığını ve nasıl tanınacağını açıklıyor, süreç boyunca size eşlik ediyoruz.',
      },
    },
  },
  {
    key: 'basisqualifizierung-pflege',
    fields: [field.arbeit, field.familie],
    kind: 'course',
    titles: [
      'Basisqualifizierung Alltagsbegleitung für Frauen (AnFöVO)',
      'Einstieg in die Pflege: Qualifizierung mit Beratungscafé',
      'Betreuungskraft werden – Kurs für geflüchtete Frauen',
    ],
    summaries: [
      'Niedrigschwellige Qualifizierung für geflüchtete Frauen zur Unterstützung Pflegebedürftiger im Alltag, mit Praktikum und Zertifikat.',
      'Deutsch für die Pflege, Erste Hilfe und Praxis in Einrichtungen – begleitet von einem Beratungscafé.',
    ],
    description:
      'Die Basisqualifizierung nach der Anerkennungs- und Förderungsverordnung (AnFöVO) umfasst 40 Stunden Theorie und ein Praktikum. Danach können die Teilnehmerinnen in anerkannten Angeboten zur Unterstützung im Alltag arbeiten. Im wöchentlichen Beratungscafé geht es um Sprache, Kinderbetreuung und nächste Schritte Richtung Pflegeausbildung.',
    providers: ['caritas', 'awo', 'diakonie', 'bildungstraeger'],
    groups: [{ id: group.frauen, minAge: 18 }, { id: group.neu }],
    languages: ['ar', 'fa', 'uk', 'ti'],
    cost: { kind: 'free' },
    schedule: ['course-mornings', 'sessions'],
    registration: { required: true, documents: ['sprachnachweis', 'lebenslauf'] },
    tags: ['Pflege', 'Qualifizierung', 'Frauen', 'AnFöVO', 'Alltagsbegleitung'],
    i18n: {
      ar: {
        title: 'تأهيل أساسي لمرافقة كبار السن للنساء',
        summary:
          'تأهيل سهل الوصول للنساء اللاجئات لمساعدة المحتاجين للرعاية في حياتهم اليومية، مع تدريب عملي وشهادة.',
      },
      uk: {
        title: 'Базова кваліфікація з догляду для жінок',
        summary:
          'Доступна кваліфікація для жінок-біженок з підтримки людей, які потребують догляду, у повсякденні — з практикою та сертифікатом.',
      },
      fa: {
        title: 'دوره مقدماتی مراقبت برای زنان',
        summary:
          'دوره آسان برای زنان پناهجو برای کمک به افراد نیازمند مراقبت در زندگی روزمره، همراه با کارورزی و گواهی.',
      },
    },
  },
  {
    key: 'arbeitsmarktlotsen',
    fields: [field.arbeit, field.engagement],
    kind: 'counselling',
    titles: [
      'Interkulturelle Arbeitsmarktlotsen',
      'Job-Lotsinnen und -Lotsen begleiten in Arbeit',
      'Mentoring „Brücke in den Beruf“',
    ],
    summaries: [
      'Ehrenamtliche Lots*innen mit eigener Migrationsgeschichte begleiten Arbeitsuchende: zum Jobcenter, zu Betrieben, zu Praktika.',
      'Eins-zu-eins-Begleitung auf dem Weg in Ausbildung und Arbeit, in der Herkunftssprache.',
    ],
    description:
      'Die Arbeitsmarktlots*innen werden vom Kommunalen Integrationszentrum geschult und kennen die Angebote im Kreis. Sie übersetzen nicht nur Sprache, sondern auch Abläufe: Was erwartet ein Betrieb beim Probearbeiten? Wie funktioniert die Arbeitsvermittlung? Das Projekt ist inzwischen in mehreren Städten übernommen worden.',
    providers: ['ki', 'stadt', 'mso', 'initiative'],
    groups: [{ id: group.erw, minAge: 18 }, { id: group.neu }],
    languages: ['ar', 'fa', 'tr', 'ku', 'ti', 'uk', 'ru'],
    cost: { kind: 'free' },
    schedule: ['appointment'],
    registration: { required: true },
    tags: ['Lotsen', 'Mentoring', 'Arbeitsmarkt', 'Ehrenamt', 'Job'],
  },
  {
    key: 'berufsfelder-info',
    fields: [field.arbeit],
    kind: 'event',
    titles: [
      'Infoveranstaltung Berufsfelder: Pflege, Logistik, Handwerk',
      'Berufe kennenlernen – Infotag mit dem Jobcenter',
      'Betriebsbesichtigung und Jobinfo',
    ],
    summaries: [
      'Betriebe und das Jobcenter stellen Berufe mit guten Chancen vor – mit Dolmetschenden und Möglichkeit zum direkten Gespräch.',
      'Ausbildung oder Helferjob? Wege, Verdienst und Sprachanforderungen verständlich erklärt.',
    ],
    description:
      'Die Veranstaltungsreihe wird gemeinsam mit dem Jobcenter organisiert. An jedem Termin steht ein Berufsfeld im Mittelpunkt; Auszubildende mit Migrationsgeschichte berichten aus ihrem Alltag.',
    providers: ['jobcenter', 'agentur', 'hwk', 'ki'],
    groups: [{ id: group.jungeErw, minAge: 16 }, { id: group.erw }],
    languages: ['ar', 'uk', 'fa', 'ru'],
    cost: { kind: 'free' },
    schedule: ['sessions'],
    registration: { required: true },
    tags: ['Berufsorientierung', 'Jobcenter', 'Pflege', 'Handwerk', 'Logistik'],
  },
  {
    key: 'ausbildungsbegleitung',
    fields: [field.arbeit, field.bildung15],
    kind: 'counselling',
    titles: [
      'Ausbildungsbegleitung für junge Geflüchtete',
      'Ausbildung schaffen – Nachhilfe und Begleitung in der Berufsschule',
      'Assistierte Ausbildung (AsA flex)',
    ],
    summaries: [
      'Unterstützung während der Ausbildung: Nachhilfe in Fachtheorie und Deutsch, Gespräche mit Betrieb und Berufsschule.',
      'Damit die Ausbildung nicht abgebrochen wird: Lernhilfe, Prüfungsvorbereitung und Hilfe bei Problemen im Betrieb.',
    ],
    description:
      'Die Begleitung ist für Auszubildende und Betriebe kostenlos. Wir treffen uns einmal pro Woche, bei Prüfungen öfter. Auch bei Fragen zur Ausbildungsduldung und zum Aufenthalt vermitteln wir Beratung.',
    providers: ['bildungstraeger', 'jmd', 'hwk', 'agentur'],
    groups: [{ id: group.jungeErw, minAge: 16, maxAge: 27 }],
    languages: ['ar', 'fa', 'en', 'ti'],
    cost: { kind: 'free' },
    schedule: ['weekly-evening', 'appointment'],
    registration: { required: true },
    tags: ['Ausbildung', 'Berufsschule', 'Nachhilfe', 'AsA', 'Ausbildungsduldung'],
  },
  {
    key: 'jobcenter-integration-point',
    fields: [field.arbeit],
    kind: 'counselling',
    titles: [
      'Integration Point im Jobcenter',
      'Jobcenter-Sprechstunde für Neuzugewanderte',
      'Team Integration: Arbeitsvermittlung für Geflüchtete',
    ],
    summaries: [
      'Spezialisierte Arbeitsvermittler*innen für Geflüchtete: Sprachkurse, Qualifizierung, Eingliederungszuschüsse und Jobangebote.',
      'Beratung zu Bürgergeld und Arbeitsförderung, auch für Menschen aus der Ukraine.',
    ],
    description:
      'Im Integration Point arbeiten Jobcenter und Agentur für Arbeit zusammen. Bitte vereinbaren Sie einen Termin; Dolmetschende können über das Jobcenter angefragt werden. Bringen Sie Ihre Bescheide und Nachweise mit.',
    providers: ['jobcenter'],
    groups: [{ id: group.erw, minAge: 18 }, { id: group.neu }],
    languages: ['ar', 'uk', 'ru', 'en', 'fa'],
    cost: { kind: 'free' },
    schedule: ['office-hours'],
    registration: { required: true, documents: ['ausweis', 'aufenthalt', 'bescheid'] },
    tags: ['Jobcenter', 'Arbeitsvermittlung', 'Bürgergeld', 'Integration Point'],
  },
  {
    key: 'praktikum-handwerk',
    weight: 0.6,
    fields: [field.arbeit],
    kind: 'work',
    titles: [
      'Schnupperpraktikum im Handwerk',
      'Einstiegsqualifizierung (EQ) im Betrieb',
      'Praktikumsbörse für junge Neuzugewanderte',
    ],
    summaries: [
      'Zwei Wochen in einen Handwerksberuf hineinschnuppern – Elektro, Sanitär, Bau, Friseur – mit Begleitung.',
      'Betriebliche Einstiegsqualifizierung von 6 bis 12 Monaten als Brücke in die Ausbildung.',
    ],
    description:
      'Die Beratungsstelle vermittelt Praktikumsplätze in Handwerksbetrieben der Region und bleibt während des Praktikums ansprechbar. Viele Betriebe übernehmen gute Praktikant*innen anschließend in die Ausbildung.',
    providers: ['hwk', 'agentur', 'jmd'],
    groups: [
      { id: group.jungeErw, minAge: 16, maxAge: 27 },
      { id: group.jugend, minAge: 15 },
    ],
    languages: ['ar', 'fa', 'en'],
    cost: { kind: 'free' },
    schedule: ['appointment', 'sessions'],
    registration: { required: true, documents: ['lebenslauf', 'aufenthalt'] },
    tags: ['Praktikum', 'Handwerk', 'Einstiegsqualifizierung', 'Ausbildung'],
  },
  {
    key: 'faire-integration',
    fields: [field.arbeit, field.sicherheit],
    kind: 'counselling',
    titles: [
      'Beratung zu Arbeitsrecht für Geflüchtete („Faire Integration“)',
      'Lohn nicht bezahlt? Arbeitsrechtliche Erstberatung',
      'Rechte im Minijob und in der Leiharbeit',
    ],
    summaries: [
      'Kostenlose Beratung zu Arbeitsvertrag, Lohn, Arbeitszeit, Kündigung und Krankheit – für Beschäftigte aus Drittstaaten.',
      'Wenn der Lohn fehlt oder der Vertrag unklar ist: wir erklären Ihre Rechte und helfen, sie durchzusetzen.',
    ],
    description:
      'Das Beratungsangebot richtet sich an Geflüchtete und andere Beschäftigte aus Nicht-EU-Staaten. Wir prüfen Arbeitsverträge und Lohnabrechnungen, berechnen den Mindestlohn und unterstützen bei der Geltendmachung von Ansprüchen. Die Beratung ist vertraulich.',
    providers: ['awo', 'diakonie', 'caritas', 'bildungstraeger'],
    groups: [{ id: group.erw, minAge: 18 }, { id: group.jungeErw }],
    languages: ['ar', 'fa', 'en', 'ru', 'uk', 'tr'],
    cost: { kind: 'free' },
    format: ['on-site', 'online'],
    schedule: ['appointment', 'office-hours'],
    registration: { required: false, documents: ['ausweis'] },
    weight: 0.8,
    tags: ['Arbeitsrecht', 'Lohn', 'Mindestlohn', 'Minijob', 'Kündigung'],
    i18n: {
      ar: {
        title: 'استشارة في قانون العمل للاجئين',
        summary:
          'استشارة مجانية حول عقد العمل والأجر وساعات العمل والفصل والمرض – للعاملين من دول خارج الاتحاد الأوروبي.',
      },
      fa: {
        title: 'مشاوره حقوق کار برای پناهجویان',
        summary:
          'مشاوره رایگان درباره قرارداد کار، دستمزد، ساعات کار، اخراج و بیماری – برای شاغلان از کشورهای غیر اروپایی.',
      },
      en: {
        title: 'Employment-law advice for refugees',
        summary:
          'Free advice on employment contracts, pay, working hours, dismissal and sick leave, for workers from non-EU countries.',
      },
      uk: {
        title: 'Консультація з трудового права для біженців',
        summary:
          'Безкоштовна консультація щодо трудового договору, зарплати, робочого часу, звільнення та лікарняного.',
      },
    },
  },
  {
    key: 'existenzgruendung',
    fields: [field.arbeit],
    kind: 'counselling',
    titles: [
      'Existenzgründung für Migrant*innen',
      'Gründungsberatung: Selbstständig in {ort}',
      'Vom Imbiss bis zum Friseursalon – Gründen mit Plan',
    ],
    summaries: [
      'Businessplan, Gewerbeanmeldung, Steuern und Förderkredite verständlich erklärt – mit Gründerinnen und Gründern aus der Community.',
      'Erstberatung für alle, die sich selbstständig machen wollen, auch mit ausländischem Berufsabschluss.',
    ],
    description:
      'In der Gründungsberatung besprechen wir Ihre Idee, erstellen einen Finanzplan und klären, welche Genehmigungen nötig sind (z. B. Meisterpflicht im Handwerk). Regelmäßig laden wir zu Infoabenden mit Steuerberatung und Wirtschaftsförderung ein.',
    providers: ['hwk', 'bildungstraeger', 'stadt', 'mso'],
    groups: [{ id: group.erw, minAge: 18 }, { id: group.laenger }],
    languages: ['tr', 'ar', 'ru', 'en'],
    cost: { kind: 'free' },
    schedule: ['appointment', 'sessions'],
    registration: { required: true, documents: ['aufenthalt'] },
    weight: 0.5,
    tags: ['Existenzgründung', 'Selbstständigkeit', 'Businessplan', 'Gewerbe'],
  },
];
