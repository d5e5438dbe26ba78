// Everyday concepts of newcomers, one per line: German words (the first stands for the concept in searches,
// the index's synonyms bring in the rest) | English | Arabic | Ukrainian | Russian | Turkish | Farsi. Alternatives are separated by commas; phrases of several words are matched as
// a sequence. Extend by adding lines; the lexicon test checks that every line has all seven columns.
export const CONCEPTS = `Deutschkurs Sprachkurs Integrationskurs|language course,german course,learn german,german class,german lessons|دورة لغة,دورة اللغة الألمانية,تعلم الألمانية,دروس اللغة,كورس لغة,كورس ألماني|курси мови,курс німецької,вивчення німецької,німецька мова|курсы языка,курс немецкого,изучение немецкого,немецкий язык|almanca kursu,dil kursu,almanca öğrenmek|کلاس زبان,کلاس آلمانی,یادگیری آلمانی,دوره زبان
Integrationskurs|integration course|دورة الاندماج|інтеграційний курс|интеграционный курс|entegrasyon kursu|دوره ادغام
Alphabetisierung Alphakurs|literacy course,learn to read,reading and writing|محو الأمية,تعلم القراءة|курс грамотності,навчитися читати|курс грамотности,научиться читать|okuma yazma kursu|سوادآموزی,کلاس سواد
Sprachcafé Sprachtreff Konversation|language cafe,conversation,speaking practice|مقهى اللغة,محادثة|мовне кафе,розмовний клуб|языковое кафе,разговорный клуб|dil kafesi,sohbet|کافه زبان,مکالمه
Sprache|language|لغة|мова|язык|dil|زبان
Deutsch|german|الألمانية,ألماني|німецька|немецкий|almanca|آلمانی
Deutschland|germany|ألمانيا|німеччина|германия|almanya|آلمان
Baden-Württemberg|baden-württemberg,baden-wurttemberg|بادن فورتمبيرغ|баден-вюртемберг|баден-вюртемберг|baden-württemberg|بادن-وورتمبرگ
Bayern|bavaria|بافاريا|баварія|бавария|bavyera|باواریا
Berlin|berlin|برلين|берлін|берлин|berlin|برلین
Brandenburg|brandenburg|براندنبورغ|бранденбург|бранденбург|brandenburg|براندنبورگ
Bremen|bremen|بريمن|бремен|бремен|bremen|برمن
Hamburg|hamburg|هامبورغ|гамбург|гамбург|hamburg|هامبورگ
Hessen|hesse|هسن|гессен|гессен|hessen|هسن
Mecklenburg-Vorpommern|mecklenburg-western pomerania,mecklenburg-vorpommern|مكلنبورغ فوربومرن|мекленбург-передня померанія|мекленбург-передняя померания|mecklenburg-batı pomeranya|مکلنبورگ-فورپومرن
Niedersachsen|lower saxony|ساكسونيا السفلى|нижня саксонія|нижняя саксония|aşağı saksonya|نیدرزاکسن
Nordrhein-Westfalen NRW|north rhine-westphalia,nrw|شمال الراين وستفاليا|північний рейн-вестфалія|северный рейн-вестфалия|kuzey ren-vestfalya|نوردراین-وستفالن
Rheinland-Pfalz|rhineland-palatinate|راينلاند بالاتينات|рейнланд-пфальц|рейнланд-пфальц|renanya-palatina|راینلند-فالتس
Saarland|saarland|سارلاند|саар,саарланд|саар,саарланд|saarland|زارلند
Sachsen|saxony|ساكسونيا|саксонія|саксония|saksonya|زاکسن
Sachsen-Anhalt|saxony-anhalt|ساكسونيا أنهالت|саксонія-ангальт|саксония-анхальт|saksonya-anhalt|زاکسن-آنهالت
Schleswig-Holstein|schleswig-holstein|شليسفيغ هولشتاين|шлезвіг-гольштейн|шлезвиг-гольштейн|schleswig-holstein|شلسویگ-هولشتاین
Thüringen|thuringia|تورينغن|тюрингія|тюрингия|türingen|تورینگن
Beratung|counselling,counseling,advice|استشارة,مشورة|консультація|консультация|danışmanlık|مشاوره
Migrationsberatung|migration advice,migration counselling|استشارة الهجرة|консультація для мігрантів|консультация для мигрантов|göç danışmanlığı|مشاوره مهاجرت
Jugendmigrationsdienst|youth migration service|خدمة هجرة الشباب|міграційна служба для молоді|миграционная служба для молодежи|gençlik göç servisi|خدمات مهاجرت جوانان
Asylberatung Asyl|asylum,asylum advice|لجوء,استشارة اللجوء|притулок,консультація з питань притулку|убежище,консультация по убежищу|iltica,sığınma|پناهندگی,مشاوره پناهندگی
Asylbewerber Asylsuchende|asylum seeker,asylum applicant|طالب لجوء,طالبي لجوء,ملتمس لجوء|шукач притулку,шукачі притулку|ищущий убежища,соискатель убежища|sığınmacı|پناهجو
Aufenthalt Aufenthaltserlaubnis|residence permit,residence|إقامة,تصريح الإقامة|посвідка на проживання,посвідка на тимчасове проживання,дозвіл на проживання|вид на жительство,разрешение на проживание,разрешение на временное проживание|oturma izni|اجازه اقامت
Ausländerbehörde|immigration office,foreigners office|دائرة الأجانب,اوسلندر,الأوسلندر|відомство у справах іноземців|ведомство по делам иностранцев|yabancılar dairesi|اداره اتباع خارجی
Einbürgerung|citizenship,naturalisation,naturalization|التجنيس,الجنسية|громадянство|гражданство|vatandaşlık|تابعیت,شهروندی
Arbeit Job Stelle|job,work,employment|عمل,وظيفة|робота|работа|iş,çalışmak|کار,شغل
Jobsuche Bewerbung Arbeitssuche|job search,find a job,looking for work|البحث عن عمل|пошук роботи|поиск работы|iş arama|کاریابی,جستجوی کار
suchen|looking for,search for,searching|أبحث عن,ابحث عن,أبحث|шукаю,шукати,шукаємо|ищу,искать,ищем|arıyorum,arıyoruz,arıyor|دنبال,می گردم,میگردم
Bewerbung Bewerbungstraining Lebenslauf|application,job application,cv,resume|طلب توظيف,سيرة ذاتية|резюме,заява на роботу|резюме,заявление на работу|iş başvurusu,özgeçmiş|رزومه,درخواست کار
Ausbildung|apprenticeship,vocational training|تدريب مهني|професійне навчання|профессиональное обучение|meslek eğitimi|کارآموزی,آموزش حرفه‌ای
Praktikum|internship|تدريب عملي|стажування|стажировка|staj|کارورزی
Anerkennung Berufsanerkennung Abschluss|recognition of qualifications,recognition,diploma recognition|الاعتراف بالشهادات,معادلة الشهادة|визнання дипломів,визнання кваліфікації|признание дипломов,признание квалификации|diploma denkliği,denklik|ارزشیابی مدرک,معادل‌سازی مدرک
Jobcenter Bürgergeld|jobcentre,jobcenter,job center,unemployment benefit,social benefits,unemployed,unemployment|مركز العمل,جوب سنتر,مركز التوظيف,إعانة البطالة,عاطل عن العمل,بطالة|джобцентр,джоб центр,центр зайнятості,допомога по безробіттю,безробітний,безробіття|джобцентр,джоб центр,центр занятости,пособие по безработице,безработный,безработица|iş merkezi,işsizlik yardımı,işsiz,işsizlik|جاب سنتر,کمک هزینه بیکاری,بیکار,بیکاری
Arbeitsagentur Agentur für Arbeit|employment agency|وكالة العمل|агентство з працевлаштування|агентство по трудоустройству|iş ajansı|اداره کار
Wohnung Unterkunft|housing,apartment,flat,accommodation|سكن,شقة|житло,квартира|жилье,квартира|konut,daire,ev|مسکن,آپارتمان,خانه
Wohnungssuche|flat hunting,find an apartment,housing search,looking for a flat,looking for an apartment,find a flat|البحث عن سكن,أجد شقة,البحث عن شقة,ايجاد سكن|пошук житла,шукаю житло,знайти житло,шукаю квартиру|поиск жилья,ищу жилье,найти жилье,ищу квартиру|ev arama,ev arıyorum,ev bulmak,ev arıyoruz|پیدا کردن خانه,دنبال خانه,خانه پیدا کنم
Miete Mietvertrag|rent,rental contract|إيجار,عقد إيجار|оренда,договір оренди|аренда,договор аренды|kira,kira sözleşmesi|اجاره,قرارداد اجاره
Wohngeld|housing benefit,housing allowance|بدل السكن,إعانة السكن,دعم السكن|житлова допомога,житлова субсидія|жилищное пособие,жилищная субсидия|konut yardımı,kira yardımı|کمک هزینه مسکن
Kita Kindergarten Kinderbetreuung|daycare,kindergarten,childcare,nursery|روضة,حضانة,رعاية الأطفال,كيتا,الرعاية النهارية|дитячий садок,садочок|детский сад,садик|kreş,anaokulu,çocuk yuvası|مهدکودک,کودکستان,مهد کودک,کیتا
Schule|school|مدرسة|школа|школа|okul|مدرسه
Hausaufgabenhilfe Nachhilfe Lernhilfe|homework help,help with homework,tutoring|مساعدة في الواجبات,دروس خصوصية,دروس تقوية|допомога з домашнім завданням,репетиторство|помощь с домашним заданием,репетиторство|ödev yardımı,özel ders|کمک درسی,کلاس تقویتی
Kinder|children,kids,child|أطفال,طفل|діти,дитина|дети,ребенок|çocuklar,çocuk|کودکان,بچه‌ها,کودک
Jugendliche Jugend|young people,youth,teenagers|شباب,مراهقون|молодь,підлітки|молодежь,подростки|gençler,genç|جوانان,نوجوانان
Frauen|women,woman|نساء,امرأة|жінки,жінка,жінок|женщины,женщина|kadınlar,kadın|زنان,زن
Männer|men|رجال|чоловіки|мужчины|erkekler|مردان
Mütter Mutter|mothers,mother|أمهات,أم|матері,мама|матери,мама|anneler,anne|مادران,مادر
Eltern Familie|parents,family|آباء,الوالدين,عائلة,أسرة|батьки,сім'я,родина|родители,семья|ebeveynler,aile|والدین,خانواده
Senioren|seniors,elderly,retirees|كبار السن,المتقاعدين|літні люди,пенсіонери|пожилые люди,пенсионеры|yaşlılar|سالمندان
Baby Säugling|baby,infant|رضيع,طفل رضيع|немовля|младенец,малыш|bebek|نوزاد
Schwangerschaft Schwangerschaftsberatung|pregnancy,pregnant|حمل,حامل|вагітність|беременность|hamilelik,hamile|بارداری
Hebamme|midwife|قابلة|акушерка|акушерка|ebe|ماما
Arzt Ärztin|doctor,physician|طبيب,طبي,طبية|лікар|врач|doktor|دکتر,پزشک
Gesundheit Gesundheitsberatung|health|صحة|здоров'я|здоровье|sağlık|سلامت,بهداشت
Krankenversicherung|health insurance|تأمين صحي|медичне страхування|медицинская страховка|sağlık sigortası|بیمه درمانی
Krankenhaus|hospital|مستشفى|лікарня|больница|hastane|بیمارستان
Zahnarzt|dentist|طبيب أسنان|стоматолог|стоматолог|diş hekimi|دندانپزشک
Psychotherapie Psychologische Beratung|mental health,psychologist,therapy,psychological support|صحة نفسية,طبيب نفسي,دعم نفسي|психолог,психологічна підтримка|психолог,психологическая помощь|psikolog,psikolojik destek|روانشناس,سلامت روان
Trauma Traumaberatung|trauma|صدمة نفسية|травма|травма|travma|تروما,آسیب روانی
Impfung|vaccination|تطعيم|щеплення,вакцинація|прививка,вакцинация|aşı|واکسن
Sucht Suchtberatung|addiction|إدمان|залежність|зависимость|bağımlılık|اعتیاد
Behinderung Inklusion|disability|إعاقة|інвалідність|инвалидность|engellilik|معلولیت
barrierefrei|wheelchair accessible,accessible|مناسب للكراسي المتحركة|доступно для візків|доступно для колясок|engelli erişimi|مناسب ویلچر
Pflege|care,nursing care|رعاية,تمريض|догляд|уход|bakım|مراقبت,پرستاری
Dolmetscher Sprachmittler Übersetzung|interpreter,translator,translation|مترجم,ترجمة|перекладач,переклад|переводчик,перевод|tercüman,çevirmen,çeviri|مترجم,ترجمه
Formular Antrag|form,application form,paperwork|استمارة,طلب,تقديم طلب,تقديم الطلب|форма,заява,подати заяву,подання заяви|анкета,заявление,подать заявление,подача заявления|form,dilekçe|فرم,درخواست
Unterlagen Dokumente|documents,papers,paperwork help|وثائق,أوراق,مستندات|документ,документи|документ,документы|belge,belgeler,evrak|مدارک,اسناد
Behörde Amt|authorities,office,public office|دائرة حكومية,مكتب|установа,відомство|учреждение,ведомство|resmi daire|اداره
Begleitung Behördenbegleitung|accompaniment,accompany to appointments|مرافقة|супровід|сопровождение|refakat,eşlik|همراهی
Rechtsberatung|legal advice,lawyer,legal,legal help|استشارة قانونية,محامي,قانونية,قانوني,مساعدة قانونية|юридична консультація,адвокат,юридична,юридичний,юридична допомога|юридическая консультация,адвокат,юридическая,юридический,юридическая помощь|hukuki danışmanlık,avukat,hukuki,hukuki yardım|مشاوره حقوقی,وکیل,حقوقی,کمک حقوقی
Gericht|court,court of law|محكمة|суд|суд|mahkeme|دادگاه
Visum|visa,visas|تأشيرة,فيزا|віза|виза|vize|ویزا,روادید
Arbeitserlaubnis|work permit,permission to work|تصريح عمل,إذن عمل|дозвіл на роботу|разрешение на работу|çalışma izni|مجوز کار
Geburtsurkunde|birth certificate|شهادة ميلاد,شهادة الميلاد|свідоцтво про народження|свидетельство о рождении|doğum belgesi|گواهی تولد
Sterbeurkunde|death certificate|شهادة وفاة,شهادة الوفاة|свідоцтво про смерть|свидетельство о смерти|ölüm belgesi|گواهی فوت
Heirat Ehe Hochzeit|marriage,wedding|زواج|шлюб,весілля|брак,свадьба|evlilik,düğün|ازدواج
Scheidung|divorce|طلاق|розлучення|развод|boşanma|طلاق
Wahl Wahlen|election,elections,vote,voting|انتخابات,تصويت|вибори,голосування|выборы,голосование|seçim,oy kullanmak|انتخابات
Müll Abfall|waste,rubbish,garbage,trash|قمامة,نفايات|сміття|мусор|çöp|زباله
Öffnungszeiten|opening hours,opening times|ساعات العمل,مواعيد العمل|години роботи|часы работы|çalışma saatleri,açılış saatleri|ساعات کاری
Kaution|security deposit,deposit|وديعة|застава,депозит|залог,депозит|depozito|ودیعه
Vertrag|contract|عقد|договір,контракт|договор,контракт|sözleşme|قرارداد
Schuldnerberatung Schulden|debt advice,debt|ديون,استشارة الديون|борги,консультація щодо боргів|долги,консультация по долгам|borç danışmanlığı,borç|بدهی,مشاوره بدهی
Geld Finanzen|money,finances|مال,نقود|гроші,фінанси|деньги,финансы|para|پول
Kindergeld|child benefit|إعانة الأطفال|допомога на дітей|детское пособие|çocuk parası|کمک هزینه فرزند
Elterngeld|parental allowance|إعانة الوالدين|допомога батькам|родительское пособие|ebeveyn parası|کمک هزینه والدین
Sozialhilfe|social assistance,welfare|مساعدة اجتماعية,السوسيال|соціальна допомога|социальная помощь|sosyal yardım|کمک اجتماعی
Sport|sport,sports|رياضة|спорт|спорт|spor|ورزش
Fußball|football,soccer|كرة القدم|футбол|футбол|futbol|فوتبال
Schwimmkurs Schwimmen|swimming,swimming lessons|سباحة,دروس السباحة|плавання|плавание|yüzme,yüzme kursu|شنا,کلاس شنا
Fahrrad Radfahren|bicycle,bike,cycling|دراجة|велосипед|велосипед|bisiklet|دوچرخه
Führerschein|driving licence,driver's license,driving school|رخصة قيادة|водійські права|водительские права|ehliyet,sürücü belgesi|گواهینامه رانندگی
Frauentreff Frauencafé Frauengruppe|women's group,women's cafe,meeting for women|لقاء النساء,مجموعة نسائية|жіночий клуб,зустріч для жінок|женский клуб,встреча для женщин|kadın buluşması,kadın grubu|گروه زنان,دورهمی زنان
Treffpunkt Begegnung Treff|meeting place,meetup,get together|لقاء,مكان لقاء|зустріч,місце зустрічі|встреча,место встречи|buluşma,buluşma yeri|دورهمی,محل ملاقات
Café|cafe,coffee|مقهى,قهوة|кафе,кава|кафе,кофе|kafe,kahve|کافه
Nachbarschaft Stadtteil|neighbourhood,neighborhood|حي,جيران|сусідство,район|соседство,район|mahalle,komşuluk|محله,همسایگی
Ehrenamt Freiwillige|volunteering,volunteer|تطوع,متطوع|волонтерство,волонтер|волонтерство,волонтер|gönüllülük,gönüllü|داوطلب,کار داوطلبانه
Patenschaft Mentoring Paten|mentor,mentoring,sponsorship|مرشد,إرشاد|наставник,наставництво|наставник,наставничество|mentor,mentorluk|منتور,راهنما
Musik Chor|music,choir|موسيقى,جوقة|музика,хор|музыка,хор|müzik,koro|موسیقی,گروه کر
Kunst Malen|art,painting|فن,رسم|мистецтво,малювання|искусство,рисование|sanat,resim|هنر,نقاشی
Theater|theatre,theater|مسرح|театр|театр|tiyatro|تئاتر
Kochen|cooking|طبخ|кулінарія,готування|кулинария,готовка|yemek yapmak|آشپزی
Nähen Nähkurs|sewing|خياطة|шиття|шитье|dikiş|خیاطی
Garten|garden,gardening|حديقة,بستنة|сад,садівництво|сад,садоводство|bahçe|باغ,باغبانی
Ausflug|trip,excursion|رحلة|екскурсія,поїздка|экскурсия,поездка|gezi|گردش,سفر
Freizeit|leisure,free time,hobby|وقت الفراغ,ترفيه|дозвілля,вільний час|досуг,свободное время|boş zaman,hobi|اوقات فراغت,سرگرمی
Spielgruppe Krabbelgruppe Eltern-Kind-Gruppe|playgroup,parent and child group,toddler group|مجموعة لعب,مجموعة الأهل والأطفال|ігрова група,група батьків і дітей|игровая группа,группа родителей и детей|oyun grubu,anne çocuk grubu|گروه بازی,گروه والدین و کودک
Computer Digital PC|computer,digital,pc|حاسوب,كمبيوتر|комп'ютер,цифровий|компьютер,цифровой|bilgisayar,dijital|کامپیوتر,رایانه
Internet Online|internet,online|إنترنت|інтернет,онлайн|интернет,онлайн|internet,çevrimiçi|اینترنت,آنلاین
Handy Smartphone|mobile phone,smartphone,phone|هاتف,هاتف ذكي|телефон,смартфон|телефон,смартфон|cep telefonu,akıllı telefon|گوشی,موبایل
kostenlos|free of charge,free,no cost|مجاني,مجانا|безкоштовно,безкоштовний|бесплатно,бесплатный|ücretsiz,bedava|رایگان
Termin Sprechstunde|appointment,consultation hours,office hours|موعد|прийом,запис|прием,запись|randevu|وقت ملاقات,نوبت
Notfall Notdienst|emergency|طوارئ|надзвичайна ситуація,екстрена допомога|экстренная помощь,чрезвычайная ситуация|acil durum|اورژانس,فوریت
Gewalt Gewaltschutz|violence,domestic violence|عنف,عنف أسري|насильство|насилие|şiddet,aile içi şiddet|خشونت
Frauenhaus|women's shelter,women's refuge,shelter for women|ملجأ النساء,ملاجئ النساء,إيواء النساء|притулок для жінок,жіночий притулок,жіночі притулки|приют для женщин,женский приют,женские приюты|kadın sığınma evi|خانه امن زنان
Diskriminierung Rassismus|discrimination,racism|تمييز,عنصرية|дискримінація,расизм|дискриминация,расизм|ayrımcılık,ırkçılık|تبعیض,نژادپرستی
Lebensmittel Tafel Essen|food,food bank,groceries|طعام,بنك الطعام|їжа,продукти,продуктовий банк|еда,продукты,продуктовый банк|yiyecek,gıda bankası|غذا,بانک غذا
Kleidung Kleiderkammer|clothes,clothing|ملابس|одяг|одежда|kıyafet,giysi|لباس
Möbel|furniture|أثاث|меблі|мебель|mobilya|مبلمان
Bus Bahn Ticket Mobilität|bus,train,ticket,public transport|حافلة,قطار,تذكرة,مواصلات,النقل العام,وسائل النقل|автобус,поїзд,квиток,транспорт|автобус,поезд,билет,транспорт|otobüs,tren,bilet,ulaşım|اتوبوس,قطار,بلیط,حمل و نقل
Weiterbildung Qualifizierung|further training,qualification,professional development|تدريب إضافي,تأهيل|підвищення кваліфікації|повышение квалификации|mesleki gelişim,kalifikasyon|آموزش تکمیلی
Studium Hochschule Universität|university,study,studies|جامعة,دراسة جامعية|університет,навчання|университет,учеба|üniversite|دانشگاه,تحصیل
Berufsorientierung|career guidance,career orientation|توجيه مهني|профорієнтація|профориентация|meslek rehberliği|راهنمایی شغلی
Existenzgründung Selbstständigkeit|start a business,self-employment|تأسيس مشروع,عمل حر|власна справа,самозайнятість|собственный бизнес,самозанятость|iş kurmak,serbest meslek|راه‌اندازی کسب و کار
Flüchtlinge Geflüchtete|refugees,refugee|لاجئون,لاجئ|біженці,біженець|беженцы,беженец|mülteciler,mülteci|پناهندگان,پناهنده
Migranten Zugewanderte|migrants,immigrants,newcomers|مهاجرون,مهاجر|мігранти,іммігранти|мигранты,иммигранты|göçmenler,göçmen|مهاجران,مهاجر
Ukraine Ukrainer|ukraine,ukrainians|أوكرانيا|україна,українці|украина,украинцы|ukrayna|اوکراین
Orientierungskurs|orientation course|دورة التوجيه|орієнтаційний курс|ориентационный курс|oryantasyon kursu|دوره آشنایی
Prüfung Test|exam,test|امتحان,اختبار|іспит,тест|экзамен,тест|sınav|امتحان,آزمون
Zertifikat|certificate|شهادة|сертифікат|сертификат|sertifika|گواهی
Demokratie Politik|democracy,politics|ديمقراطية,سياسة|демократія,політика|демократия,политика|demokrasi,siyaset|دموکراسی,سیاست
Religion Moschee Kirche|religion,mosque,church|دين,مسجد,كنيسة|релігія,мечеть,церква|религия,мечеть,церковь|din,cami,kilise|دین,مسجد,کلیسا
Kultur|culture|ثقافة|культура|культура|kültür|فرهنگ
Bibliothek Bücherei|library|مكتبة|бібліотека|библиотека|kütüphane|کتابخانه
Kosten Gebühr|cost,costs,fee,fees|تكلفة,تكاليف,رسوم|вартість,витрати,плата|стоимость,расходы,плата|ücret,maliyet|هزینه
Lesen Vorlesen|reading,read aloud|قراءة|читання|чтение|okuma|خواندن,کتابخوانی
Schreiben|writing|كتابة|письмо|письмо|yazma|نوشتن
Mathematik Rechnen|math,mathematics|رياضيات|математика|математика|matematik|ریاضی
Mädchen|girls,girl|فتيات,بنات|дівчата|девочки|kızlar|دختران
Jungen|boys|أولاد,فتيان|хлопці|мальчики|erkek çocuklar|پسران
Väter Vater|fathers,father,dads|آباء,أب|батьки,тато|отцы,папа|babalar,baba|پدران,پدر
Stadtteilzentrum Quartierszentrum|community centre,community center|مركز مجتمعي|громадський центр|общественный центр|toplum merkezi|مرکز محله
Jugendzentrum Jugendtreff|youth centre,youth center,youth club|مركز الشباب,نادي الشباب|молодіжний центр|молодежный центр|gençlik merkezi|مرکز جوانان
Spielplatz Spielen|playground,play|ملعب أطفال,لعب|дитячий майданчик,гра|детская площадка,игра|oyun parkı,oyun|زمین بازی,بازی
Ferien Ferienprogramm|holidays,holiday programme,summer camp|عطلة,برنامج العطلة|канікули,табір|каникулы,лагерь|tatil,yaz kampı|تعطیلات,اردوی تابستانی
Willkommen Ankommen Erstberatung|welcome,arrival,first steps|ترحيب,وصول|ласкаво просимо,прибуття,перші кроки|добро пожаловать,прибытие,первые шаги|hoş geldiniz,varış,ilk adımlar|خوش آمدید,ورود
Lotsen Wegweiser|guide,navigator,pilot|دليل,مرشد|провідник,навігатор|проводник,навигатор|rehber|راهنما
Energie Strom Heizung|electricity,energy,heating|كهرباء,طاقة,تدفئة|електроенергія,опалення|электричество,отопление|elektrik,enerji,ısınma|برق,انرژی,گرمایش
Versicherung|insurance|تأمين|страхування|страхование|sigorta|بیمه
Bank Konto|bank,bank account|بنك,حساب بنكي|банк,рахунок|банк,счет|banka,hesap|بانک,حساب بانکی
Steuer|tax,taxes|ضريبة|податок|налог|vergi|مالیات
Polizei|police|شرطة|поліція|полиция|polis|پلیس
Familienzusammenführung|family reunification|لم شمل الأسرة|возз'єднання сім'ї|воссоединение семьи|aile birleşimi|پیوستن به خانواده
Abschiebung Duldung|deportation,toleration|ترحيل|депортація|депортация|sınır dışı|اخراج,دیپورت
Nähcafé Reparaturcafé|repair cafe|مقهى التصليح|ремонтне кафе|ремонтное кафе|tamir kafesi|کافه تعمیر
Yoga Gymnastik Fitness|yoga,fitness,gym,exercise|يوغا,لياقة بدنية,تمارين|йога,фітнес|йога,фитнес|yoga,fitness,egzersiz|یوگا,تناسب اندام
Tanz Tanzen|dance,dancing|رقص|танці|танцы|dans|رقص
Fotografie|photography|تصوير|фотографія|фотография|fotoğrafçılık|عکاسی
Handwerk|crafts,handicraft,trade|حرف يدوية|ремесло|ремесло|el sanatları,zanaat|صنایع دستی
Pflegeausbildung Pflegekraft|nursing training,nurse|تمريض,ممرض|медсестра,навчання догляду|медсестра,обучение уходу|hemşirelik|پرستار
Erzieher Erzieherin|educator,nursery teacher|مربي|вихователь|воспитатель|eğitmen,öğretmen|مربی
Lehrer Lehrerin|teacher|معلم|вчитель|учитель|öğretmen|معلم
Schulanmeldung Einschulung|school enrolment,school registration|تسجيل في المدرسة|запис до школи|запись в школу|okul kaydı|ثبت نام مدرسه
Sprachprüfung DTZ|language test,german exam|امتحان اللغة|мовний іспит|языковой экзамен|dil sınavı|امتحان زبان
Einbürgerungstest|citizenship test|اختبار الجنسية|тест на громадянство|тест на гражданство|vatandaşlık testi|آزمون تابعیت
Frauenberatung|women's counselling|استشارة للنساء|консультація для жінок|консультация для женщин|kadın danışmanlığı|مشاوره زنان
Erziehungsberatung|parenting advice,parenting|استشارة تربوية,تربية الأطفال|консультація з виховання|консультация по воспитанию|ebeveyn danışmanlığı|مشاوره تربیتی
Ernährung|nutrition,healthy eating|تغذية|харчування|питание|beslenme|تغذیه
Umwelt Natur|environment,nature|بيئة,طبيعة|довкілля,природа|окружающая среда,природа|çevre,doğa|محیط زیست,طبیعت
Wandern Spaziergang|hiking,walk|مشي,نزهة|похід,прогулянка|поход,прогулка|yürüyüş|پیاده‌روی
Schach Spiele|chess,games|شطرنج,ألعاب|шахи,ігри|шахматы,игры|satranç,oyunlar|شطرنج,بازی‌ها
Queer LSBTI|lgbt,queer,gay|مثليين|лгбт|лгбт|lgbt|دگرباش
Einsamkeit|loneliness,lonely|وحدة|самотність|одиночество|yalnızlık|تنهایی
Seelsorge|pastoral care,spiritual care|رعاية روحية|душпастирство|духовная поддержка|manevi destek|مشاوره معنوی
Kinderarzt|pediatrician,paediatrician,children's doctor|طبيب أطفال|педіатр|педиатр|çocuk doktoru|متخصص کودکان
Frauenarzt|gynaecologist,gynecologist|طبيبة نسائية|гінеколог|гинеколог|kadın doktoru|متخصص زنان
Apotheke|pharmacy|صيدلية|аптека|аптека|eczane|داروخانه
Minijob Teilzeit|part-time job,mini job|عمل بدوام جزئي|підробіток,часткова зайнятість|подработка,частичная занятость|yarı zamanlı iş|کار پاره وقت
Arbeitsrecht|labour rights,employment law|حقوق العمال|трудове право|трудовое право|iş hukuku|حقوق کار
Unternehmen Gründung|company,business|شركة|компанія,бізнес|компания,бизнес|şirket,işletme|شرکت,کسب و کار
Übersetzung Dokumente|document translation|ترجمة الوثائق|переклад документів|перевод документов|belge çevirisi|ترجمه مدارک
Ausweis Pass|passport,id card|جواز سفر,بطاقة هوية|паспорт,посвідчення|паспорт,удостоверение|pasaport,kimlik|پاسپورت,کارت شناسایی
Anmeldung Wohnsitz|registration of address,register address,register my address,registration,enrollment,enrolment,sign up|تسجيل العنوان,تسجيل|реєстрація місця проживання,реєстрація|регистрация по месту жительства,регистрация|adres kaydı,kayıt,kayıt olmak|ثبت آدرس,ثبت نام
Kinderschutz|child protection|حماية الطفل|захист дітей|защита детей|çocuk koruma|حمایت از کودکان
Hilfe Unterstützung|help,support|مساعدة,دعم|допомога,підтримка|помощь,поддержка|yardım,destek|کمک,پشتیبانی
Information Infos|information|معلومات|інформація|информация|bilgi|اطلاعات
Abendkurs|evening course|دورة مسائية|вечірній курс|вечерний курс|akşam kursu|کلاس عصرانه
Wochenende|weekend|عطلة نهاية الأسبوع|вихідні|выходные|hafta sonu|آخر هفته
Kurs|course,class|دورة,دروس,كورس|курс,заняття|курс,занятия|kurs,ders|دوره,کلاس
Lernen Bildung|learning,education,learn,study|تعلم,تعليم,أتعلم,اتعلم,يتعلم,نتعلم,دراسة|навчання,освіта,вчити,вчитися,вивчити,вивчати,навчитися|обучение,образование,учить,учиться,выучить,изучать,научиться|öğrenme,eğitim,öğren,öğrenmek,okumak|یادگیری,آموزش,یاد گرفتن,یاد بگیرم,یادگرفتن
Gesprächskreis Austausch|discussion group,exchange|حلقة نقاش,تبادل|дискусійна група,обмін|дискуссионная группа,обмен|sohbet grubu|گروه گفتگو
Tagesmutter Kindertagespflege|childminder|مربية أطفال|няня|няня|gündüz bakıcısı|پرستار کودک
Sprachförderung|language support|دعم لغوي|мовна підтримка|языковая поддержка|dil desteği|تقویت زبان
Traumatherapie|trauma therapy|علاج الصدمات|терапія травми|терапия травмы|travma terapisi|درمان تروما
Rente|pension|معاش تقاعدي|пенсія|пенсия|emeklilik|مستمری,بازنشستگی
Wohnungslosigkeit Obdach|homelessness,homeless|تشرد,بلا مأوى|бездомність|бездомность|evsizlik|بی‌خانمانی
Integration|integration|اندماج|інтеграція|интеграция|entegrasyon,uyum|ادغام,همگرایی
Reparatur|repair,fix|إصلاح,تصليح|ремонт,полагодити|ремонт,починить|tamir,onarım|تعمیر
barrierefrei Rollstuhl|wheelchair,accessible,step-free|كرسي متحرك|інвалідний візок|инвалидная коляска|tekerlekli sandalye|ویلچر
Verein|club,association|نادي,جمعية|клуб,товариство|клуб,общество|kulüp,dernek|باشگاه,انجمن
Arabisch|arabic|العربية,عربي,بالعربي|арабська,арабською|арабский,по-арабски|arapça|عربی
Ukrainisch|ukrainian|الأوكرانية|українська,українською|украинский,по-украински|ukraynaca|اوکراینی
Russisch|russian|الروسية|російська,російською|русский,по-русски|rusça|روسی
Türkisch|turkish|التركية|турецька,турецькою|турецкий,по-турецки|türkçe|ترکی
Farsi Persisch Dari|persian,farsi,dari|الفارسية|перська,фарсі|персидский,фарси|farsça|فارسی,دری
Kurdisch|kurdish|الكردية|курдська|курдский|kürtçe|کردی
Englisch|english|الإنجليزية|англійська,англійською|английский,по-английски|ingilizce|انگلیسی
Fiktionsbescheinigung|fictional certificate,fictitious certificate,fiction certificate|الشهادة الوهمية,شهادة وهمية|фіктивний сертифікат,фіктивна довідка|фиктивный сертификат,фиктивное свидетельство|fiktif belge,fiksiyon belgesi|گواهی فیکتیو
Schulpflicht|compulsory schooling,compulsory education,mandatory schooling|التعليم الإلزامي,الدراسة الإلزامية|обов'язкова шкільна освіта,шкільний обов'язок,обов'язкове навчання|обязательное школьное образование,обязательное обучение|zorunlu eğitim,okul zorunluluğu|تحصیل اجباری,آموزش اجباری
Gehaltsabrechnung Lohnabrechnung|pay slip,payslip,salary statement,payroll|قسيمة الدفع,قسيمة الراتب,كشف الراتب,كشوف المرتبات|розрахунковий лист,платіжна відомість|расчётный лист,расчетный лист,платёжная ведомость|maaş bordrosu|فیش حقوقی
Führungszeugnis|certificate of good conduct,police clearance certificate,criminal record certificate|شهادة حسن السيرة والسلوك,شهادة حسن السلوك,صحيفة الحالة الجنائية|довідка про несудимість|справка о несудимости|sabıka kaydı,adli sicil belgesi|گواهی عدم سوء پیشینه
Mobbing|bullying,mobbing|التنمر|булінг,цькування|буллинг,травля|zorbalık|قلدری
Verhütung|contraception,contraceptives,birth control|منع الحمل,وسائل منع الحمل|контрацепція,запобігання вагітності|контрацепция,предохранение от беременности|doğum kontrolü,gebelik önleme|پیشگیری از بارداری
Unterhaltsvorschuss|maintenance advance,child support advance|النفقة المسبقة,سلفة النفقة|аванс аліментів|аванс алиментов|nafaka avansı|پیش پرداخت نفقه
Hausordnung Ruhezeiten|house rules,quiet hours|قواعد المنزل,نظام البيت,ساعات الهدوء|правила будинку,години тиші|правила дома,часы тишины|ev kuralları,apartman kuralları,sessizlik saatleri|قوانین ساختمان,ساعات سکوت
Schwarzarbeit|illegal employment,illegal work,undeclared work|العمالة غير القانونية,العمل غير القانوني,العمالة غير المنتظمة|нелегальне працевлаштування,нелегальна робота|нелегальная работа,нелегальное трудоустройство|kaçak çalışma,kayıt dışı çalışma|کار غیرقانونی,کار سیاه
Fundbüro|lost property office,lost and found|مكتب المفقودات,مكتب الممتلكات المفقودة|бюро знахідок|бюро находок|kayıp eşya bürosu|اداره اشیای گمشده
Grundgesetz|basic law,constitution|القانون الأساسي,الدستور|основний закон,конституція|основной закон,конституция|anayasa,temel yasa|قانون اساسی
Gleichberechtigung Gleichstellung|equal rights,equality|المساواة,المساواة في الحقوق|рівноправність,рівність|равноправие,равенство|eşitlik,eşit haklar|برابری,حقوق برابر
Grundschule|primary school,elementary school|المدرسة الابتدائية|початкова школа|начальная школа|ilkokul|دبستان,مدرسه ابتدایی
Berufsschule|vocational school|المدرسة المهنية|професійне училище,професійна школа|профессиональное училище|meslek okulu|هنرستان
Krankschreibung Krankenschein|sick note,sickness certificate,medical certificate|شهادة مرضية,إجازة مرضية|лікарняний лист,лікарняний|больничный лист,больничный|hastalık raporu,sağlık raporu|گواهی استعلاجی
Arbeitsvertrag|employment contract,work contract|عقد العمل|трудовий договір|трудовой договор|iş sözleşmesi|قرارداد کار
Sozialversicherung|social security,social insurance|الضمان الاجتماعي|соціальне страхування|социальное страхование|sosyal güvenlik,sosyal sigorta|تامین اجتماعی
Ganztagsschule Ganztagsangebote|all-day school,full-day school,all-day care|المدرسة طوال اليوم,الرعاية طوال اليوم|школа повного дня|школа полного дня|tam gün okul|مدرسه تمام وقت
Geburtsklinik Geburtshilfe|maternity clinic,maternity hospital,maternity ward|مستشفى الولادة,عيادة الولادة|пологовий будинок,пологове відділення|роддом,родильный дом|doğum hastanesi,doğumhane|زایشگاه
Dublin-Verfahren|dublin procedure,dublin regulation|إجراءات دبلن,اتفاقية دبلن|дублінська процедура|дублинская процедура|dublin prosedürü|روند دوبلین
Anhörung|asylum interview,asylum hearing|جلسة الاستماع,المقابلة الشخصية|співбесіда,слухання|собеседование,слушание|mülakat,sözlü dinleme|مصاحبه پناهندگی
Klage Klageverfahren|lawsuit,legal action,appeal|دعوى,طعن,استئناف|позов,оскарження|иск,обжалование|dava,itiraz|شکایت,دادخواست
Arbeitsunfall|accident at work,work accident,workplace accident|حادث عمل,حادث في العمل,إصابة عمل|нещасний випадок на роботі,виробнича травма|несчастный случай на работе,производственная травма|iş kazası|حادثه کار
Arbeitsschutz Arbeitssicherheit|occupational safety,safety at work,health and safety|السلامة المهنية,السلامة في العمل|охорона праці,безпека праці|охрана труда,безопасность труда|iş güvenliği|ایمنی کار
Betriebsrat Gewerkschaft|works council,trade union,labour union|مجلس العمال,نقابة|виробнича рада,профспілка|производственный совет,профсоюз|işyeri temsilciliği,sendika|شورای کارگری,اتحادیه کارگری
Ausbeutung|exploitation,labour exploitation|استغلال|експлуатація|эксплуатация|sömürü|استثمار
Einkaufen|shopping,supermarket,grocery store|تسوق,سوبرماركت,بقالة|покупки,супермаркет|покупки,супермаркет|alışveriş,süpermarket|خرید,سوپرمارکت
Schwimmbad Freibad Hallenbad|swimming pool,outdoor pool|مسبح,حمام سباحة|басейн|бассейн|yüzme havuzu|استخر
Vorsorgeuntersuchung Untersuchung|check-up,medical examination,health check|فحص طبي,فحوصات|медичний огляд,обстеження|медицинский осмотр,обследование|sağlık kontrolü,muayene|معاینه,چکاپ
Medikamente Medikation|medication,medicine,medicines|دواء,أدوية|ліки|лекарства|ilaç|دارو
Menschenrechte|human rights|حقوق الإنسان|права людини|права человека|insan hakları|حقوق بشر
Feiertage|public holidays,public holiday,bank holiday|عطلة رسمية,العطل الرسمية|державні свята,святкові дні|праздничные дни,государственные праздники|resmi tatil|تعطیلات رسمی
Genitalverstümmelung Beschneidung|female genital mutilation,fgm,female circumcision|ختان الإناث,تشويه الأعضاء التناسلية|калічення жіночих статевих органів,жіноче обрізання|калечащие операции на женских половых органах,женское обрезание|kadın sünneti|ختنه زنان
Zwangsheirat|forced marriage|الزواج القسري|примусовий шлюб|принудительный брак|zorla evlendirme|ازدواج اجباری
Krisenberatung Suizidprävention|crisis,suicide|أزمة,انتحار|криза,самогубство|кризис,самоубийство|kriz,intihar|بحران,خودکشی
Mittagessen Mittagsverpflegung|lunch,school lunch|غداء,وجبة الغداء|обід|обед|öğle yemeği|ناهار
Sozialwohnung|social housing,subsidised housing,subsidized housing|سكن اجتماعي|соціальне житло|социальное жильё,социальное жилье|sosyal konut|مسکن اجتماعی
Bahnhof Flughafen|train station,railway station,airport,bus station|محطة القطار,المطار|вокзал,аеропорт|вокзал,аэропорт|tren istasyonu,havalimanı|ایستگاه قطار,فرودگاه
Einreise|entry,entering germany|دخول,الدخول إلى ألمانيا|в'їзд|въезд|giriş,ülkeye giriş|ورود
Niederlassungserlaubnis Daueraufenthalt|permanent residence,settlement permit|الإقامة الدائمة,تصريح التسوية|постійне проживання,посвідка на постійне проживання|постоянное проживание,постоянный вид на жительство|süresiz oturma izni|اقامت دائم
Sprachniveau Sprachkenntnisse|language level,language skills,language proficiency|المستوى اللغوي,مستوى اللغة,المهارات اللغوية|рівень мови,рівень володіння мовою|уровень языка,знание языка|dil seviyesi|سطح زبان
BAföG Ausbildungsförderung|student finance,student loan,bafög|تمويل الدراسة|фінансування навчання|финансирование учёбы|öğrenim kredisi|وام تحصیلی
Selbsthilfegruppe Selbsthilfe|self-help,self-help group,support group|المساعدة الذاتية|самодопомога|самопомощь|kendi kendine yardım|خودیاری
Jugendamt|youth welfare office,youth office|مكتب رعاية الشباب,مكتب الشباب|служба у справах дітей,служба у справах неповнолітніх|ведомство по делам молодёжи,ведомство по делам молодежи,служба опеки|gençlik dairesi|اداره امور جوانان`;
