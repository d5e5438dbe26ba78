/**
 * Names written in another script ("كوندروبس", "Кондробс": Condrobs) found among the words of the offers'
 * titles by their consonant skeleton: what a transliteration keeps of a name whatever its vowels and spelling.
 */

// Arabic, Persian and Cyrillic consonants as the sounds of {@link latinSkeleton}; other letters (vowels,
// alef, waw and yeh as long vowels, h sounds, the soft sign) leave no trace.
const FOREIGN = new Map(
  (
    'بb پb تt ثs جj چtS خk دt ذs رr زs ژj سs شS صs ضt طt ظs غg فf قk كk کk گg لl مm نn ' +
    'бb вf гg ґg дt жj зs кk лl мm нn пb рr сs тt фf хk цs чtS шS щS'
  )
    .split(' ')
    .map((pair) => [pair.slice(0, 1), pair.slice(1)]),
);

const collapse = (s: string) => s.replace(/(.)\1+/g, '$1');

/** The consonant skeleton of a German word: vowels, h and doubled letters dropped, look-alike sounds merged. */
export function latinSkeleton(word: string): string {
  return skeletonOf(fold(word));
}

/** Lower case without diacritics ("Münchner" → "munchner"). */
const fold = (word: string) => word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');

function skeletonOf(w: string): string {
  const merged = w
    .replace(/ß/g, 's')
    .replace(/tsch/g, 'tS')
    .replace(/sch|sh/g, 'S')
    .replace(/ch|ck|q|c(?![eiy])/g, 'k')
    .replace(/c/g, 's')
    .replace(/x/g, 'ks')
    .replace(/ph|v|w/g, 'f')
    .replace(/tz|z/g, 's')
    .replace(/p/g, 'b')
    .replace(/d/g, 't');
  return collapse(merged.replace(/[^bfgjklmnrstS]/g, ''));
}

/**
 * The skeletons a German word may be transliterated by: also with "ch" as in "ich" (ش, ш: "مونشنر" for
 * Münchner) and with a first "sp", "st" as spoken (шп: "Шпренгель").
 */
function latinSkeletons(word: string): string[] {
  const w = fold(word);
  const spoken = w.replace(/(?<!s)ch/g, 'sch').replace(/^s(?=[pt])/, 'sch');
  return [...new Set([skeletonOf(w), skeletonOf(spoken)])];
}

/**
 * The consonant skeleton of a word in Arabic, Persian or Cyrillic letters, comparable to {@link latinSkeleton};
 * without the Arabic article, which is no part of a name.
 */
export function foreignSkeleton(word: string): string {
  const letters = word
    .toLowerCase()
    .replace(/дж/g, 'ж')
    .replace(/^ال(?=...)/, '');
  let skeleton = '';
  for (const letter of letters) skeleton += FOREIGN.get(letter) ?? '';
  return collapse(skeleton);
}

/**
 * Finds, for a word in another script, the names of these titles with the same skeleton (several when their
 * skeletons meet: "جولس" may be JuLes or JuLeZ). The shortest skeletons (three sounds) stand for names only,
 * not for ordinary German words (`isWord`: those a dictionary translates). A name may carry a Slavic case
 * ending ("Дублінську": Dublin).
 */
export function nameMatcher(
  titles: readonly string[],
  isWord: (word: string) => boolean,
): (word: string) => readonly string[] {
  const bySkeleton = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const title of titles)
    for (const word of title.split(/[^\p{L}]+/u)) {
      const folded = word.toLowerCase();
      if (seen.has(folded)) continue;
      seen.add(folded);
      for (const skeleton of latinSkeletons(word)) {
        if (skeleton.length < 3 || (skeleton.length === 3 && isWord(word))) continue;
        bySkeleton.set(skeleton, [...(bySkeleton.get(skeleton) ?? []), word]);
      }
    }
  return (word) => {
    const skeleton = foreignSkeleton(word);
    const whole = bySkeleton.get(skeleton);
    if (whole) return whole;
    const ending = ENDINGS.find((e) => skeleton.length - e.length >= 4 && skeleton.endsWith(e));
    return (
      (ending === undefined ? undefined : bySkeleton.get(skeleton.slice(0, -ending.length))) ?? []
    );
  };
}

// What Ukrainian and Russian case endings leave of themselves (-ськ-ий, -ськ-ого, -ом, -ів), longest first.
const ENDINGS = ['skg', 'skm', 'sk', 'm', 'f'];
