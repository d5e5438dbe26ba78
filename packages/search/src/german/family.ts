// Derivational endings of German stems (after stemGerman), longest first: the Latin-rooted verb, noun and
// adjective endings that turn one root into a family (stud-ium, stud-ieren; finanz-iell, finanz-ierung), and
// the endings of the nouns German makes of adjectives (zuständig-kei(t), krank-hei(t): the stemmer has taken
// the t), whose root is a word too.
const ENDINGS = ['ierung', 'ierend', 'iell', 'ium', 'ier', 'ell', 'hei', 'kei', 'i'];

// Shortest stem that is the root of its own family: "krank" is that of Krankheit, but "frei" and "mehr" are
// not those of Freiheit and Mehrheit, which mean something else.
const MIN_WORD_ROOT = 5;

/**
 * The root of a German stem's derivational family: `studium` and `studi` (studieren) → `stud`, `finanziell`,
 * `finanzi` (finanzieren) and `finanzierung` → `finanz`, `zustandigkeit` → `zustandig`. A stem without a
 * derivational ending is its own root when it has five letters or more (`zustandig`, so that Zuständigkeit
 * finds zuständig and the reverse); other roots need four, so that short stems do not collide.
 */
export function derivationalRoot(stem: string): string | undefined {
  for (const ending of ENDINGS)
    if (stem.endsWith(ending) && stem.length - ending.length >= 4)
      return stem.slice(0, -ending.length);
  return stem.length >= MIN_WORD_ROOT ? stem : undefined;
}
