import type { LocalizedMessage } from './problem.js';

/**
 * The string shapes the schemas check with regular expressions, each with what a person should be told is
 * expected. Kept in one place so a schema and its error message cannot drift apart.
 */
export const patterns = {
  id: {
    regex: /^[a-z0-9][a-z0-9-]{0,79}$/,
    expected: {
      de: 'eine ID aus Kleinbuchstaben, Ziffern und Bindestrichen (höchstens 80 Zeichen, z. B. „sprachcafe-marl“)',
      en: 'an id of lower-case letters, digits and hyphens (at most 80 characters, e.g. "sprachcafe-marl")',
    },
  },
  ags: {
    regex: /^\d{8}$/,
    expected: {
      de: 'einen Amtlichen Gemeindeschlüssel aus genau 8 Ziffern (z. B. „05562032“)',
      en: 'an official municipality key (AGS) of exactly 8 digits (e.g. "05562032")',
    },
  },
  countyKey: {
    // Groups: Land, Regierungsbezirk, Kreis. Spelled out so it differs from the postal-code pattern.
    regex: /^(\d{2})(\d)(\d{2})$/,
    expected: {
      de: 'einen Kreisschlüssel aus genau 5 Ziffern (z. B. „05562“)',
      en: 'a county key of exactly 5 digits (e.g. "05562")',
    },
  },
  languageCode: {
    regex: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
    expected: {
      de: 'einen Sprachcode nach BCP 47 (z. B. „de“, „ar“, „uk“)',
      en: 'a BCP 47 language code (e.g. "de", "ar", "uk")',
    },
  },
  postalCode: {
    regex: /^\d{5}$/,
    expected: { de: 'eine Postleitzahl aus 5 Ziffern', en: 'a postal code of 5 digits' },
  },
  clockTime: {
    regex: /^([01]\d|2[0-3]):[0-5]\d$/,
    expected: {
      de: 'eine Uhrzeit SS:MM (z. B. „09:30“)',
      en: 'a time of day HH:MM (e.g. "09:30")',
    },
  },
  phone: {
    regex: /^\+?[0-9 ()/-]{5,30}$/,
    expected: {
      de: 'eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / - (z. B. „+49 2361 53-0“)',
      en: 'a phone number of digits, spaces and + ( ) / - (e.g. "+49 2361 53-0")',
    },
  },
} as const satisfies Record<string, { regex: RegExp; expected: LocalizedMessage }>;

const expectedByPattern = new Map<string, LocalizedMessage>(
  Object.values(patterns).map((pattern) => [String(pattern.regex), pattern.expected]),
);

/** What to tell a person a regular expression expects; `undefined` for patterns not listed above. */
export function expectedForPattern(pattern: string | undefined): LocalizedMessage | undefined {
  return pattern === undefined ? undefined : expectedByPattern.get(pattern);
}
