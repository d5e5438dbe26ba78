import type { Random } from './prng.js';

/**
 * Invented people: common first names and family names of the county's communities combined at random.
 * None of them is a real contact person; the dataset's notice says so.
 */
const female = [
  'Anna',
  'Julia',
  'Katharina',
  'Sandra',
  'Melanie',
  'Fatma',
  'Ayşe',
  'Elif',
  'Leyla',
  'Nadia',
  'Olena',
  'Iryna',
  'Maryam',
  'Zahra',
  'Sofia',
  'Claudia',
  'Petra',
  'Miriam',
  'Hanna',
  'Lea',
  'Amina',
  'Natalia',
  'Derya',
  'Shirin',
] as const;
const male = [
  'Thomas',
  'Michael',
  'Stefan',
  'Markus',
  'Jan',
  'Ahmet',
  'Mehmet',
  'Murat',
  'Omar',
  'Ali',
  'Yusuf',
  'Andrii',
  'Oleksandr',
  'Reza',
  'Dariusz',
  'Tobias',
  'Lukas',
  'Jonas',
  'Samir',
  'Karim',
  'Dmitri',
  'Frank',
  'Emre',
  'Hamid',
] as const;
const family = [
  'Schmitz',
  'Becker',
  'Hoffmann',
  'Wagner',
  'Schulte',
  'Kowalski',
  'Nowak',
  'Yılmaz',
  'Demir',
  'Kaya',
  'Şahin',
  'Haddad',
  'Khalil',
  'Mansour',
  'Rahimi',
  'Karimi',
  'Shevchenko',
  'Kovalenko',
  'Bondarenko',
  'Iwanow',
  'Brinkmann',
  'Kemper',
  'Terhorst',
  'Overbeck',
  'Wiesmann',
  'Öztürk',
  'Hosseini',
  'Abdi',
  'Lange',
  'Peters',
] as const;

/** An invented person: first name, family name and the gender that German role titles follow. */
export interface Person {
  first: string;
  last: string;
  gender: 'f' | 'm';
}

/** Hands out invented names, never the same combination twice. */
export class PersonPool {
  readonly #used = new Set<string>();
  readonly #rng: Random;

  constructor(rng: Random) {
    this.#rng = rng;
  }

  next(): Person {
    for (;;) {
      const gender = this.#rng.chance(0.6) ? 'f' : 'm';
      const first = this.#rng.pick(gender === 'f' ? female : male);
      const last = this.#rng.pick(family);
      const key = `${first} ${last}`;
      if (this.#used.has(key)) continue;
      this.#used.add(key);
      return { first, last, gender };
    }
  }
}

/** `vorname.nachname` in ASCII for mail addresses (Ş → s, ı → i, ö → oe). */
export function mailLocalPart(person: Person): string {
  const ascii = (s: string) =>
    s
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .replace(/ş/g, 's')
      .replace(/ı/g, 'i')
      .replace(/ç/g, 'c')
      .replace(/ğ/g, 'g')
      .replace(/[^a-z]/g, '');
  return `${ascii(person.first)}.${ascii(person.last)}`;
}
