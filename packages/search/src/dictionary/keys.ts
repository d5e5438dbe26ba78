import { normalizeForLexicon } from '../lexicon/script.js';

/** The languages a general dictionary into German exists for. */
export const dictionaryLanguages = ['en', 'ar', 'uk', 'ru', 'tr', 'fa'] as const;

/** One of {@link dictionaryLanguages}. */
export type DictionaryLanguage = (typeof dictionaryLanguages)[number];

// Endings are stripped longest first, once per group, and only while the stem keeps a few letters: a light
// stemmer meant to bring inflected forms of a query word onto the key of its dictionary headword, not to
// find roots. The same function keys the headwords when the dictionary is built, so both sides meet.
const RU_ENDINGS =
  'иями ями ами ого его ому ему ыми ими ых их ешь ишь ете ите ает яет ует ать ять ить еть уть ться тся ов ев ей ой ий ый ая яя ое ее ые ие ом ем ам ям ах ях ую юю ет ит ут ют ат ят ла ло ли ть а я ы и у ю е о л'.split(
    ' ',
  );
const UK_ENDINGS =
  'ями ами ого ому ими их ися ання ення ування іння ати яти ити іти ють ають ують ить ете ите ів їв ей ій ий ої ою ею ом ем ам ям ах ях ує ує ає ть ти а я и і ї у ю е о'.split(
    ' ',
  );
const TR_SUFFIXES = [
  // From the end of the word: case, then plural and possessive, then verb endings; after normalization
  // (ı → i, ş → s, ü → u, ö → o, ç → c, ğ → g).
  'ndan nden ndaki ndeki daki deki dan den tan ten nin nun in un da de ta te yi yu ya ye na ne si su i u a e'.split(
    ' ',
  ),
  'lari leri lar ler'.split(' '),
  'mak mek iyor uyor abilir ebilir'.split(' '),
];
const AR_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];
const FA_PREFIXES = ['نمي', 'مي'];
// No bare "ه": many Persian words end in it and are other words without it (بیمه/بیم, نامه/نام).
const FA_SUFFIXES = ['هاي', 'هايي', 'ها', 'ترين', 'تر', 'ان', 'ات', 'اي', 'يي', 'ي'];

function stripEnding(word: string, endings: readonly string[], keep: number): string {
  for (const ending of endings)
    if (word.length - ending.length >= keep && word.endsWith(ending))
      return word.slice(0, -ending.length);
  return word;
}

/** The word with each ending it has stripped (longest first), then as it is. */
function stems(word: string, endings: readonly string[], keep: number): string[] {
  const found = endings
    .filter((ending) => word.length - ending.length >= keep && word.endsWith(ending))
    .map((ending) => word.slice(0, -ending.length));
  return [...found, word];
}

function stripPrefix(word: string, prefixes: readonly string[], keep: number): string {
  for (const prefix of prefixes)
    if (word.length - prefix.length >= keep && word.startsWith(prefix))
      return word.slice(prefix.length);
  return word;
}

// Endings are normalized as the words are (NFKD takes the breve off "й" and the diaeresis off "ї").
const byLength = (list: string[]) =>
  [...new Set(list.map(normalizeForLexicon))].sort((a, b) => b.length - a.length);
const RU = byLength(RU_ENDINGS);
const AR_SUFFIXES = byLength(['يات', 'ات', 'ون', 'ين', 'ان', 'يه', 'ه', 'ي']);
const AR_PRONOUNS = byLength(['ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'كن', 'ك', 'نا']);

// Ukrainian and Russian share most stems but spell some vowels apart (і/и/ы, є/е/э): Ukrainian keys are
// taken from a common spelling, so that Russian entries can stand in where the Ukrainian source has none
// ("національності" and "национальности" meet as "национальност").
const commonCyrillic = (w: string) =>
  w
    .replace(/[іиыї]/g, 'и')
    .replace(/[єэ]/g, 'е')
    .replace(/ґ/g, 'г')
    .replace(/[ьъ'’]/g, '');
// Endings with a soft or hard sign are left out: without the sign they would be bare consonants ("ть" → "т").
const UK = byLength(
  [...UK_ENDINGS, ...RU_ENDINGS].filter((e) => !/[ьъ]/.test(e)).map(commonCyrillic),
);
const TR = TR_SUFFIXES.map(byLength);

function englishKey(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  // A doubled final consonant after a stripped ending ("planning", "planned") is one letter in the base.
  if (w.length > 3 && /([bdgklmnprt])\1$/.test(w) && w !== word) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** An attached pronoun off, then a plural or feminine ending ("خدماتها" → "خدم"). */
function arabicKeys(word: string): string[] {
  let w = stripEnding(word, AR_PRONOUNS, 3);
  // Before a pronoun the feminine ending is written "ت" ("حريتك", your freedom): it is "ة" (normalized "ه").
  if (w !== word && w.endsWith('ت') && !w.endsWith('ات')) w = `${w.slice(0, -1)}ه`;
  return stems(w, AR_SUFFIXES, 3);
}

/**
 * The keys a word may be found under in the dictionary of a language, best first: {@link normalizeForLexicon}
 * (case, diacritics, Arabic-script letter variants), then light stemming so that inflected forms meet their
 * headword ("accounts" → "account", "الحسابات" → "حساب", "документами" → "документ"). The first strips the
 * longest ending; the others a shorter one, for a form whose longest ending belongs to its stem ("витрати",
 * costs: not "витр" as if "-ати" were a verb's, but "витрат", the key of "витрата").
 */
export function dictionaryKeys(language: DictionaryLanguage, word: string): string[] {
  const w = normalizeForLexicon(word)
    .replace(/[^\p{L}\p{N}'’-]+/gu, '')
    .replace(/^[-'’]+|[-'’]+$/g, '');
  switch (language) {
    case 'en':
      return [englishKey(w)];
    case 'ru':
      return stems(stripEnding(w, ['ся', 'сь'], 4), RU, 3);
    case 'uk':
      return stems(commonCyrillic(stripEnding(w, ['ся', 'сь'], 4)), UK, 3);
    case 'tr': {
      let s = w;
      for (const group of TR) s = stripEnding(s, group, 3);
      return [s];
    }
    case 'ar': {
      // A first و ف ب ل may be a root letter ("برامج", programmes, is not ب + رامج): the word as it is comes after.
      const stripped = stripPrefix(w, AR_PREFIXES, 3);
      return [...new Set([...arabicKeys(stripped), ...arabicKeys(w)])];
    }
    case 'fa':
      return stems(stripPrefix(w, FA_PREFIXES, 3), FA_SUFFIXES, 3);
  }
}

// Ukrainian and Russian adjectives are made from nouns by a suffix (банк → банківський, субота → суботній,
// школа → шкільний), and the dictionaries list fewer adjectives than nouns. Suffixes in the keys' spelling.
const ADJECTIVE_SUFFIXES: Partial<Record<DictionaryLanguage, readonly string[]>> = {
  uk: byLength(
    ['івськ', 'ськ', 'цьк', 'зьк', 'альн', 'ійн', 'ичн', 'ов', 'ев', 'н'].map(commonCyrillic),
  ),
  ru: byLength(['овск', 'ск', 'цк', 'альн', 'ичн', 'ов', 'ев', 'н']),
};
// A consonant that alternates before the suffix (книжка/книжковий, рука/ручний) and the Ukrainian і that is
// о in the noun's closed syllable (шкільний, школа).
const ALTERNATIONS: readonly [RegExp, string][] = [
  [/ж$/, 'г'],
  [/ч$/, 'к'],
  [/ш$/, 'х'],
  [/и([^аеиоуюя])$/, 'о$1'],
];

/**
 * Keys of the nouns an unknown Ukrainian or Russian adjective may be made from, longest suffix first: the
 * word's key without a derivational suffix, and with the consonant or vowel that alternates before it
 * ("суботній" → "субот", "шкільна" → "школ"). Verbs (-ся) are not adjectives. `keys` are the word's own
 * {@link dictionaryKeys}, when the caller has them.
 */
export function adjectiveRootKeys(
  language: DictionaryLanguage,
  word: string,
  keys: readonly string[] = dictionaryKeys(language, word),
): string[] {
  const suffixes = ADJECTIVE_SUFFIXES[language];
  if (!suffixes || /с[яь]$/i.test(word)) return [];
  const roots = new Set<string>();
  for (const key of keys)
    for (const suffix of suffixes) {
      if (key.length - suffix.length < 3 || !key.endsWith(suffix)) continue;
      const root = key.slice(0, -suffix.length);
      roots.add(root);
      for (const [from, to] of ALTERNATIONS) if (from.test(root)) roots.add(root.replace(from, to));
    }
  return [...roots];
}

/**
 * The key a word's headword is stored under: normalized (case, diacritics, Arabic-script letter variants) and
 * its longest inflectional ending stripped ("accounts" → "account", "الحسابات" → "حساب").
 */
export function dictionaryKey(language: DictionaryLanguage, word: string): string {
  return dictionaryKeys(language, word)[0] as string;
}

/** The key of a phrase of several words: each word's {@link dictionaryKey}, joined by spaces. */
export function phraseKey(language: DictionaryLanguage, words: readonly string[]): string {
  return words.map((w) => dictionaryKey(language, w)).join(' ');
}

// Question and function words, which carry no content and would otherwise be translated ("what" → "was").
const FUNCTION_WORDS: Record<DictionaryLanguage, string> = {
  en:
    'a an the and or but if of to in on at by for with from about into as is are was were be been being am do does ' +
    'did done have has had having i me my we our us you your he him his she her it its they them their this that ' +
    'these those there here what which who whom whose when where why how can could should would will shall may might ' +
    'must not no yes any some all each every other such than then so too very just also only there get gets got ' +
    'one ones do s t mean means meant usually located exist exists much many kind kinds without upon between ' +
    "cannot can't don't i'm something",
  ar:
    'في من على الى إلى عن مع او أو و ثم ما ماذا متى اين أين كيف هل لماذا من هو هي هم هن انا أنا نحن انت أنت ' +
    'هذا هذه ذلك تلك التي الذي الذين اللذين لدى عند كل بعض اي أي اذا إذا لا لم لن قد كان كانت يكون تكون ' +
    'يمكن يمكنني يمكنك يمكنه يمكنها يمكنهم يجب هناك ذات ذو ذوي بين حول كم فيه فيها به بها له لها لهم ' +
    'لك لي عما لمن بمن اليه إليه إليها ولم توجد يوجد يتم تم غير كنت العثور الموجودة الموجود المتوفرة ' +
    'يقدم تقدم يقدمه تقدمه يقدمها تقدمها المقدمة',
  uk:
    'і й та а але або чи що як де коли чому хто який яка яке які якi в у на з із зі до від по за для про при ' +
    'я ти він вона воно ми ви вони мене мені мій моя моє мої це цей ця ці той та те ті є бути був була було ' +
    'були буде можна можу може можуть треба потрібно необхідно чи не ні так же ж би б його її їх якщо скільки ' +
    'кого кому чого чому яких якими якому яким якого якої яку куди щоб вам вас нам нас себе свій своя своє свої ' +
    'під над має мають існує існують знайти звернутися повинен повинна повинні повинно без зазвичай ' +
    'призначений призначена призначене призначені маючи разі таке моєї моєму моїй моїм моїх мою ваш ваша ' +
    'ваше ваші вашої вашою вашому вашим ваших їхній їхня їхнє їхні собі тим між цього цієї цих цьому цим',
  ru:
    'и й а но или ли что как где когда почему кто какой какая какое какие в во на с со к ко до от по за для ' +
    'о об про при у я ты он она оно мы вы они меня мне мой моя моё мое мои это этот эта эти тот та то те есть ' +
    'быть был была было были будет можно могу может могут нужно надо необходимо не ни так же бы его её ее их ' +
    'если сколько кого кому чего каких каким какому какого какой какую куда чтобы вам вас нам нас себя свой ' +
    'своя своё свое свои под над имеет имеют существует существуют найти обратиться должен должна должны ' +
    'должно без предназначен предназначена предназначено предназначены имея случае такое моей моему моим ' +
    'моих мою ваш ваша ваше ваши вашей вашего вашему вашим ваших себе тем между этого этой этих этому этим',
  tr:
    've veya ile ama da de ki mi mı mu mü ne nedir nasıl nerede neden kim hangi bu şu o bir için gibi kadar ' +
    'ben sen biz siz onlar benim bana var yok mi midir olan olarak',
  fa:
    'و یا در از به با برای که این آن را تا هم چه چگونه کجا کی چرا آیا من تو او ما شما آنها است هست هستند ' +
    'بود شد می یک هر چند',
};

const functionWords = new Map<DictionaryLanguage, Set<string>>();

// The lexicon hands on Arabic words without their article ("الذين" as "ذين"): both are keyed without it.
const functionKey = (language: DictionaryLanguage, word: string) => {
  const w = normalizeForLexicon(word);
  return language === 'ar' && w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
};

/** Whether a word is a function word of the language (dropped before lookup). */
export function isFunctionWord(language: DictionaryLanguage, word: string): boolean {
  let set = functionWords.get(language);
  if (!set) {
    set = new Set(FUNCTION_WORDS[language].split(' ').map((w) => functionKey(language, w)));
    functionWords.set(language, set);
  }
  return set.has(functionKey(language, word));
}
