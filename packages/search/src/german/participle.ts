// Separable verb prefixes that stand before the "ge" of a past participle (an-ge-meldet, ein-ge-bürgert).
const PARTICIPLE =
  /^(ab|an|auf|aus|bei|dar|durch|ein|fest|fort|her|hin|los|mit|nach|uber|um|unter|vor|weg|weiter|zu|zuruck|zusammen)?ge([a-z]{3,}?)(et|t|en)$/;

/**
 * The verb a past participle comes from, as the beginning of its other forms: `eingeburgert` → `einburger`
 * (Einbürgerung), `angemeldet` → `anmeld` (Anmeldung), `gelernt` → `lern`. Regular verbs only; irregular
 * ones change their vowel (abgeschlossen, Abschluss). Takes and gives normalized terms.
 */
export function participleBase(term: string): string | undefined {
  const match = PARTICIPLE.exec(term);
  return match ? `${match[1] ?? ''}${match[2] ?? ''}` : undefined;
}
