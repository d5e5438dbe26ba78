import type { OfferTemplate } from '../template.js';
import { field, group, place } from '../vocabulary.js';

/** Offers of the field "Bildung und Sprachförderung 0-14 Jahre". */
export const bildung014: readonly OfferTemplate[] = [
  {
    key: 'hausaufgabenhilfe-grundschule',
    fields: [field.bildung014],
    kind: 'course',
    titles: [
      'Hausaufgabenhilfe für Grundschulkinder',
      'Hausaufgabenbetreuung {stadtteil}',
      'Lernhilfe nach der Schule (Klasse 1–4)',
    ],
    summaries: [
      'Ehrenamtliche und Lehramtsstudierende helfen Kindern der Klassen 1 bis 4 bei den Hausaufgaben und beim Lesen.',
      'Nach der Schule in Ruhe lernen: Hausaufgaben, Lesen üben und Deutsch sprechen in kleinen Gruppen.',
    ],
    description:
      'Die Hausaufgabenhilfe findet in kleinen Gruppen mit höchstens sechs Kindern statt. Wir arbeiten eng mit den Grundschulen im Stadtteil zusammen und sprechen bei Bedarf mit den Lehrkräften. Eltern sind zu einem Kennenlerngespräch eingeladen; Dolmetschende helfen dabei.',
    providers: [
      'jugendzentrum',
      'caritas',
      'awo',
      'kirche',
      'moschee',
      'initiative',
      'stadtteilzentrum',
    ],
    groups: [{ id: group.schule, minAge: 6, maxAge: 10 }],
    languages: ['ar', 'tr', 'uk', 'ku'],
    cost: { kind: 'free' },
    schedule: ['weekly-afternoon', 'training'],
    registration: { required: true },
    tags: ['Hausaufgaben', 'Grundschule', 'Lernhilfe', 'Lesen'],
    i18n: {
      en: {
        title: 'Homework help for primary school children',
        summary:
          'Volunteers and student teachers help children in years 1 to 4 with homework and reading.',
      },
      ar: {
        title: 'مساعدة في الواجبات المدرسية لتلاميذ المرحلة الابتدائية',
        summary:
          'متطوعون وطلاب تربية يساعدون الأطفال من الصف الأول حتى الرابع في الواجبات والقراءة.',
      },
      uk: {
        title: 'Допомога з домашніми завданнями для молодших школярів',
        summary:
          'Волонтери та студенти-педагоги допомагають дітям 1–4 класів із домашніми завданнями та читанням.',
      },
      tr: {
        title: 'İlkokul çocukları için ödev yardımı',
        summary:
          'Gönüllüler ve öğretmenlik öğrencileri 1–4. sınıf çocuklarına ödevlerde ve okumada yardım ediyor.',
      },
      fa: {
        title: 'کمک در انجام تکالیف برای کودکان دبستانی',
        summary:
          'داوطلبان و دانشجویان معلمی به کودکان کلاس اول تا چهارم در انجام تکالیف و خواندن کمک می‌کنند.',
      },
      ru: {
        title: 'Помощь с домашними заданиями для младших школьников',
        summary:
          'Волонтёры и студенты педагогических вузов помогают детям 1–4 классов с домашними заданиями и чтением.',
      },
    },
    easy: {
      title: 'Hilfe bei den Haus-Aufgaben',
      summary:
        'Für Kinder in der Grund-Schule. Wir machen zusammen die Haus-Aufgaben. Wir lesen zusammen.',
    },
  },
  {
    key: 'kita-sprachfoerderung',
    fields: [field.bildung014, field.familie],
    kind: 'childcare',
    titles: [
      'Kita-Sprachförderung „Sprache macht stark“',
      'Alltagsintegrierte Sprachbildung in der Kita',
      'Sprachförderung für Kita-Kinder mit Elternbeteiligung',
    ],
    summaries: [
      'Spielerische Sprachförderung für Kinder von 3 bis 6 Jahren im Kita-Alltag, mit Elternnachmittagen und mehrsprachigen Bilderbüchern.',
      'Kinder lernen Deutsch beim Spielen, Singen und Vorlesen – die Familiensprache wird wertgeschätzt.',
    ],
    description:
      'Unsere Fachkräfte für Sprachbildung begleiten die Kinder im Kita-Alltag: beim Frühstück, im Morgenkreis und beim Vorlesen. Einmal im Monat laden wir die Eltern zu einem Nachmittag ein, an dem wir zeigen, wie Sprachförderung zu Hause in jeder Sprache gelingt. Die Bibliothek der Kita verleiht Bilderbücher in Arabisch, Türkisch, Ukrainisch und Farsi.',
    providers: ['familienzentrum'],
    groups: [{ id: group.kita, minAge: 3, maxAge: 6 }],
    languages: ['tr', 'ar', 'uk', 'fa'],
    cost: { kind: 'free' },
    schedule: ['weekly-morning', 'fortnightly'],
    registration: { required: true, documents: ['geburtsurkunde', 'impfpass'] },
    tags: ['Kita', 'Sprachförderung', 'Vorlesen', 'Mehrsprachigkeit'],
    i18n: {
      en: {
        title: 'Language support in day care',
        summary:
          'Playful German language support for children aged 3 to 6 in everyday day-care life, with afternoons for parents and multilingual picture books.',
      },
      tr: {
        title: 'Kreşte dil desteği',
        summary:
          '3–6 yaş arası çocuklar için kreş yaşamında oyunla Almanca dil desteği; veli buluşmaları ve çok dilli resimli kitaplarla.',
      },
      ar: {
        title: 'دعم اللغة في الروضة',
        summary:
          'دعم لغوي باللعب للأطفال من 3 إلى 6 سنوات في الروضة، مع لقاءات للأهل وكتب مصورة بعدة لغات.',
      },
    },
  },
  {
    key: 'brueckenprojekt-kita',
    fields: [field.bildung014, field.familie],
    kind: 'childcare',
    titles: [
      'Spielgruppe „Kita-Einstieg“ für Kinder ohne Kita-Platz',
      'Brückenangebot: Eltern-Kind-Gruppe vor der Kita',
      'Spielgruppe für geflüchtete Kinder von 1 bis 3',
    ],
    summaries: [
      'Für Kinder, die noch keinen Kita-Platz haben: zweimal pro Woche spielen, singen und erste deutsche Wörter lernen – Eltern sind dabei.',
      'Eltern-Kind-Gruppe als Brücke in die Kita, mit Infos zur Kita-Anmeldung und zum Kita-Navigator.',
    ],
    description:
      'Das Brückenangebot wird vom Land NRW gefördert und bereitet Kinder und Eltern auf die Kita vor. In der Gruppe lernen die Kinder Rituale und erste Wörter; die Eltern erfahren, wie die Kita-Anmeldung funktioniert, und lernen andere Familien kennen.',
    providers: ['familienzentrum', 'caritas', 'awo', 'kirche', 'drk'],
    groups: [{ id: group.kita, minAge: 1, maxAge: 3 }, { id: group.neu }],
    languages: ['ar', 'uk', 'fa', 'ti', 'ro'],
    cost: { kind: 'free' },
    schedule: ['weekly-morning', 'training'],
    registration: { required: true, documents: ['geburtsurkunde'] },
    tags: ['Spielgruppe', 'Kita-Einstieg', 'Eltern-Kind-Gruppe', 'Brückenprojekt'],
    i18n: {
      uk: {
        title: 'Ігрова група для дітей без місця в садочку',
        summary:
          'Для дітей, які ще не мають місця в дитсадку: двічі на тиждень граємо, співаємо й вчимо перші німецькі слова разом із батьками.',
      },
      ar: {
        title: 'مجموعة لعب للأطفال الذين ليس لديهم مكان في الروضة',
        summary:
          'للأطفال بدون مكان في الروضة: مرتين في الأسبوع لعب وغناء وتعلم أولى الكلمات الألمانية، بحضور الأهل.',
      },
    },
  },
  {
    key: 'seiteneinsteiger-beratung',
    fields: [field.bildung014, field.bildung15],
    kind: 'counselling',
    titles: [
      'Seiteneinsteigerberatung: Schulplatz für neu zugewanderte Kinder',
      'Schulberatung für Seiteneinsteiger*innen',
      'Beratung zur Schulplatzvergabe',
    ],
    summaries: [
      'Das Kommunale Integrationszentrum berät Familien mit schulpflichtigen Kindern, die neu in Deutschland sind, und vermittelt einen Schulplatz.',
      'Erstberatung, Sprachstandserhebung und Zuweisung an eine passende Schule – für Kinder und Jugendliche von 6 bis 18 Jahren.',
    ],
    description:
      'Kinder und Jugendliche, die neu zuwandern, sind in NRW schulpflichtig. In der Seiteneinsteigerberatung lernen wir die Familie kennen, erheben den Lernstand in Mathematik und in der Herkunftssprache und schlagen eine Schule vor. Bringen Sie bitte, falls vorhanden, Zeugnisse aus dem Herkunftsland mit.',
    providers: ['ki', 'stadt'],
    groups: [
      { id: group.schule, minAge: 6, maxAge: 18 },
      { id: group.jugend, minAge: 12, maxAge: 18 },
    ],
    languages: ['ar', 'uk', 'ru', 'fa', 'tr', 'en', 'bg', 'ro'],
    cost: { kind: 'free' },
    schedule: ['appointment', 'office-hours'],
    registration: { required: true, documents: ['aufenthalt', 'zeugnisse', 'impfpass'] },
    tags: ['Schule', 'Seiteneinsteiger', 'Schulplatz', 'Schulpflicht'],
    i18n: {
      en: {
        title: 'School placement advice for newly arrived children',
        summary:
          'The Integration Centre advises families with school-age children who are new to Germany and finds a school place.',
      },
      ar: {
        title: 'استشارة تسجيل الأطفال القادمين حديثاً في المدرسة',
        summary:
          'يقدم مركز الاندماج الاستشارة للعائلات التي لديها أطفال في سن المدرسة ويؤمن لهم مقعداً دراسياً.',
      },
      uk: {
        title: 'Консультація щодо місця в школі для новоприбулих дітей',
        summary:
          'Центр інтеграції консультує сім’ї зі шкільними дітьми, які щойно приїхали до Німеччини, і допомагає знайти місце в школі.',
      },
      ru: {
        title: 'Консультация по устройству в школу для недавно приехавших детей',
        summary:
          'Центр интеграции консультирует семьи с детьми школьного возраста, недавно приехавшие в Германию, и помогает найти место в школе.',
      },
      fa: {
        title: 'مشاوره ثبت‌نام در مدرسه برای کودکان تازه‌وارد',
        summary:
          'مرکز همگرایی به خانواده‌های دارای کودک در سن مدرسه مشاوره می‌دهد و برای آن‌ها جای مدرسه پیدا می‌کند.',
      },
      tr: {
        title: 'Yeni gelen çocuklar için okul yerleştirme danışmanlığı',
        summary:
          'Entegrasyon Merkezi, Almanya’ya yeni gelen okul çağındaki çocukların ailelerine danışmanlık yapar ve okul yeri bulur.',
      },
    },
    easy: {
      title: 'Ein Platz in der Schule für Ihr Kind',
      summary:
        'Sie sind neu in Deutschland? Ihr Kind muss zur Schule gehen. Wir beraten Sie und suchen eine Schule.',
    },
  },
  {
    key: 'lesepaten',
    fields: [field.bildung014, field.engagement],
    kind: 'course',
    titles: [
      'Lesepat*innen in der Grundschule',
      'Vorlesestunde in vielen Sprachen',
      'Lesezeit in der Stadtbibliothek',
    ],
    summaries: [
      'Ehrenamtliche Lesepat*innen lesen einmal pro Woche mit Kindern – auf Deutsch und in der Familiensprache.',
      'Mehrsprachige Vorlesestunde für Kinder ab 4 Jahren: Geschichten auf Deutsch, Arabisch, Türkisch und Ukrainisch.',
    ],
    description:
      'Vorlesen weckt Freude an Sprache. Unsere Lesepat*innen kommen in die Grundschule oder treffen die Kinder in der Bibliothek. Im Anschluss an die Vorlesestunde können Familien kostenlos einen Bibliotheksausweis bekommen.',
    providers: ['initiative', 'stadt', 'kirche', 'vhs'],
    groups: [
      { id: group.schule, minAge: 4, maxAge: 10 },
      { id: group.kita, minAge: 4, maxAge: 6 },
    ],
    languages: ['ar', 'tr', 'uk'],
    cost: { kind: 'free' },
    schedule: ['weekly-afternoon', 'fortnightly'],
    venue: place.schule,
    tags: ['Vorlesen', 'Lesepaten', 'Bibliothek', 'Mehrsprachigkeit'],
  },
  {
    key: 'herkunftssprachlicher-unterricht',
    weight: 0.6,
    fields: [field.bildung014],
    kind: 'course',
    titles: [
      'Herkunftssprachlicher Unterricht Arabisch',
      'Ukrainisch-Unterricht am Nachmittag',
      'Türkisch als Herkunftssprache (HSU)',
    ],
    summaries: [
      'Unterricht in der Familiensprache für Schülerinnen und Schüler der Klassen 1 bis 10; die Note erscheint auf dem Zeugnis.',
      'Lesen und Schreiben in der Herkunftssprache stärkt auch das Deutschlernen.',
    ],
    description:
      'Der herkunftssprachliche Unterricht (HSU) ist ein Angebot des Landes NRW. Er findet nachmittags an zentralen Schulen statt; Kinder aus anderen Schulen können teilnehmen. Die Anmeldung erfolgt über die eigene Schule.',
    providers: ['stadt', 'ki', 'mso'],
    groups: [{ id: group.schule, minAge: 6, maxAge: 16 }],
    languages: ['ar', 'uk', 'tr'],
    cost: { kind: 'free' },
    schedule: ['weekly-afternoon'],
    venue: place.schule,
    registration: { required: true, documents: ['schulbescheinigung'] },
    tags: ['HSU', 'Herkunftssprache', 'Muttersprache', 'Schule'],
  },
  {
    key: 'ferienschule',
    fields: [field.bildung014, field.bildung15],
    kind: 'course',
    titles: [
      'Ferien-Sprachcamp für Kinder',
      'Osterferienschule Deutsch',
      'Sommerferien-Deutschkurs mit Ausflügen',
    ],
    summaries: [
      'Eine Woche Deutsch lernen mit Theater, Bewegung und Ausflügen – für Kinder von 8 bis 14 Jahren.',
      'Ferienkurs für Seiteneinsteiger*innen: vormittags Deutsch, nachmittags Sport und Stadtrallye.',
    ],
    description:
      'Im Ferien-Sprachcamp arbeiten Lehrkräfte und Theaterpädagog*innen zusammen. Die Kinder üben Deutsch in kleinen Gruppen und zeigen am letzten Tag ein Theaterstück. Mittagessen ist inklusive.',
    providers: ['vhs', 'jugendzentrum', 'ki', 'awo'],
    groups: [{ id: group.schule, minAge: 8, maxAge: 14 }],
    languages: ['ar', 'uk', 'en'],
    cost: {
      kind: 'reduced',
      amountEur: 15,
      note: [
        '15 € pro Woche inklusive Mittagessen; mit Bildungs- und Teilhabe-Paket kostenlos',
        '€15 per week including lunch; free with the education and participation package (BuT)',
      ],
    },
    schedule: ['holiday'],
    registration: { required: true },
    tags: ['Ferien', 'Sprachcamp', 'Theater', 'Deutsch'],
    i18n: {
      en: {
        title: 'Holiday language camp for children',
        summary:
          'A week of learning German with theatre, games and trips, for children aged 8 to 14.',
      },
      uk: {
        title: 'Мовний табір на канікулах для дітей',
        summary:
          'Тиждень вивчення німецької з театром, рухом та екскурсіями — для дітей від 8 до 14 років.',
      },
    },
  },
  {
    key: 'mint-club',
    weight: 0.5,
    fields: [field.bildung014],
    kind: 'course',
    titles: [
      'Forscherclub für Mädchen und Jungen',
      'MINT-AG: Experimente und Programmieren',
      'Coding-Club für Kinder',
    ],
    summaries: [
      'Experimentieren, Löten, Programmieren: Kinder von 9 bis 13 Jahren entdecken Technik – Deutsch lernen sie nebenbei.',
      'Kleine Roboter bauen und programmieren, mit Laptops vor Ort.',
    ],
    description:
      'Im Forscherclub stehen praktische Projekte im Mittelpunkt. Wir achten auf gemischte Gruppen und laden Mädchen besonders ein. Laptops und Material werden gestellt.',
    providers: ['jugendzentrum', 'vhs', 'stadtteilzentrum'],
    groups: [
      { id: group.schule, minAge: 9, maxAge: 13 },
      { id: group.frauen, minAge: 9, maxAge: 13 },
    ],
    languages: ['en'],
    cost: { kind: 'free' },
    schedule: ['weekly-afternoon'],
    registration: { required: true },
    tags: ['MINT', 'Programmieren', 'Technik', 'Forschen'],
  },
  {
    key: 'lernfoerderung-but',
    fields: [field.bildung014, field.familie],
    kind: 'course',
    titles: [
      'Nachhilfe mit dem Bildungs- und Teilhabepaket',
      'Lernförderung (BuT) für Schulkinder',
      'Kostenlose Nachhilfe in Deutsch und Mathe',
    ],
    summaries: [
      'Kinder aus Familien mit Bürgergeld, Wohngeld oder Kinderzuschlag bekommen Nachhilfe kostenlos – wir helfen beim Antrag und vermitteln Lehrkräfte.',
      'Einzel- oder Kleingruppenunterricht in Deutsch, Mathe und Englisch, bezahlt über das Bildungs- und Teilhabepaket.',
    ],
    description:
      'Voraussetzung für die Lernförderung ist eine Bestätigung der Schule, dass zusätzliche Förderung nötig ist. Den Antrag stellen Eltern beim Jobcenter oder der Stadt; wir helfen beim Ausfüllen. Der Unterricht findet in der Schule oder bei uns statt.',
    providers: ['caritas', 'awo', 'jugendzentrum', 'stadt', 'mso'],
    groups: [{ id: group.schule, minAge: 6, maxAge: 16 }],
    languages: ['ar', 'tr', 'uk', 'ru'],
    cost: {
      kind: 'free',
      note: [
        'Mit Bildungs- und Teilhabepaket (BuT) kostenlos',
        'Free with the education and participation package (BuT)',
      ],
    },
    schedule: ['weekly-afternoon', 'appointment'],
    registration: { required: true, documents: ['bescheid', 'schulbescheinigung'] },
    tags: ['Nachhilfe', 'Lernförderung', 'BuT', 'Bildungs- und Teilhabepaket', 'Mathe'],
    i18n: {
      ar: {
        title: 'دروس تقوية مجانية عبر حزمة التعليم والمشاركة',
        summary:
          'أطفال العائلات التي تتلقى إعانة المواطن أو إعانة السكن يحصلون على دروس تقوية مجاناً – نساعد في الطلب.',
      },
      uk: {
        title: 'Безкоштовні додаткові заняття за пакетом BuT',
        summary:
          'Діти з сімей, які отримують Bürgergeld, Wohngeld або Kinderzuschlag, відвідують додаткові заняття безкоштовно — допомагаємо з заявою.',
      },
      tr: {
        title: 'Eğitim ve Katılım Paketi ile ücretsiz özel ders',
        summary:
          'Vatandaş parası, konut yardımı veya çocuk ek ödeneği alan ailelerin çocukları ücretsiz özel ders alır – başvuruda yardım ediyoruz.',
      },
      en: {
        title: 'Free tutoring with the education and participation package',
        summary:
          'Children from families on citizen’s income, housing benefit or child supplement get free tutoring; we help with the application.',
      },
    },
  },
  {
    key: 'kinderchor-theater',
    fields: [field.bildung014, field.engagement],
    kind: 'course',
    titles: [
      'Kinderchor „Stimmen der Welt“',
      'Theater-AG für Kinder von 8 bis 12',
      'Musik und Rhythmus für Kinder',
    ],
    summaries: [
      'Singen in vielen Sprachen: Lieder aus aller Welt, Auftritte beim Stadtfest und in der Weihnachtszeit.',
      'Theaterspielen stärkt Sprache und Selbstvertrauen – am Ende steht eine eigene Aufführung.',
    ],
    description:
      'Die Gruppe wird von Musik- und Theaterpädagog*innen geleitet. Vorkenntnisse sind nicht nötig. Instrumente und Kostüme sind vorhanden. Eltern sind zu den Aufführungen herzlich eingeladen.',
    providers: ['jugendzentrum', 'kirche', 'stadtteilzentrum', 'vhs'],
    groups: [{ id: group.schule, minAge: 6, maxAge: 12 }],
    languages: ['en', 'uk', 'ar'],
    cost: { kind: 'free' },
    schedule: ['weekly-afternoon'],
    weight: 0.6,
    tags: ['Chor', 'Theater', 'Musik', 'Kinder', 'Kultur'],
  },
];
