// Derivational endings of German stems (after stemGerman), longest first: the Latin-rooted verb, noun and
// adjective endings that turn one root into a family (stud-ium, stud-ieren; finanz-iell, finanz-ierung).
const ENDINGS = ['ierung', 'ierend', 'iell', 'ium', 'ier', 'ell', 'i'];

/**
 * The root of a German stem's derivational family, or undefined when the stem has no derivational ending:
 * `studium` and `studi` (studieren) → `stud`, `finanziell`, `finanzi` (finanzieren) and `finanzierung` →
 * `finanz`. Only roots of four letters or more, so that short stems do not collide.
 */
export function derivationalRoot(stem: string): string | undefined {
  for (const ending of ENDINGS)
    if (stem.endsWith(ending) && stem.length - ending.length >= 4)
      return stem.slice(0, -ending.length);
  return undefined;
}
