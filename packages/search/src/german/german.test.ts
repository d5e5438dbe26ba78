import { describe, expect, it } from 'vitest';
import { germanAnalyzer, normalizeGerman, stemGerman } from './index.js';
import { derivationalRoot } from './family.js';
import { participleBase } from './participle.js';

const terms = (text: string) => germanAnalyzer.tokenize(text).map((t) => t.term);

describe('German normalization', () => {
  it('treats umlauts, their ae/oe/ue spellings and plain vowels alike', () => {
    expect(
      new Set(
        ['Führerschein', 'Fuehrerschein', 'Fuhrerschein', 'FÜHRERSCHEIN'].map(normalizeGerman),
      ),
    ).toEqual(new Set(['fuhrerschein']));
    expect(normalizeGerman('Ärztin')).toBe(normalizeGerman('Aerztin'));
    expect(normalizeGerman('Größe')).toBe(normalizeGerman('Groesse'));
  });

  it('keeps ue after q', () => {
    expect(normalizeGerman('Quelle')).toBe('quelle');
  });

  it('folds ß to ss', () => {
    expect(normalizeGerman('Straße')).toBe('strasse');
  });

  it('folds every gender form to one', () => {
    const forms = [
      'Berater*innen',
      'Berater:innen',
      'BeraterInnen',
      'Berater_innen',
      'Berater/-innen',
      'Beraterin',
      'Beraterinnen',
      'Berater',
    ];
    expect(new Set(forms.flatMap(terms))).toEqual(new Set(['berater']));
    expect(terms('Ärztin')).toEqual(terms('Arzt'));
  });
});

describe('stemGerman', () => {
  it('joins inflected forms', () => {
    expect(stemGerman('kurse')).toBe(stemGerman('kurs'));
    expect(stemGerman('kursen')).toBe(stemGerman('kurs'));
    expect(stemGerman('sprache')).toBe(stemGerman('sprachen'));
    expect(stemGerman('beratungen')).toBe(stemGerman('beratung'));
  });

  it('keeps Berater and Beratung apart', () => {
    expect(stemGerman('berater')).not.toBe(stemGerman('beratung'));
  });

  it('leaves short words and non-letters alone', () => {
    expect(stemGerman('vhs')).toBe('vhs');
    expect(stemGerman('a1')).toBe('a1');
  });
});

describe('germanAnalyzer', () => {
  it('drops the words of a question but keeps word positions', () => {
    const tokens = germanAnalyzer.tokenize('Wo kann ich Deutsch lernen?');
    expect(tokens.map((t) => [t.term, t.position])).toEqual([
      ['deutsch', 3],
      ['lernen', 4],
    ]);
  });

  it('indexes hyphenated compounds as parts and as the closed form, with offsets of each part', () => {
    const text = 'Ein Deutsch-Kurs';
    const tokens = germanAnalyzer.tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['deutsch', 'kurs', 'deutschkurs']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Deutsch',
      'Kurs',
      'Deutsch-Kurs',
    ]);
  });
});

describe('participleBase', () => {
  it('takes a regular past participle back to the beginning of its verb, with a separable prefix', () => {
    const base = (word: string) => participleBase(normalizeGerman(word));
    expect(base('eingebürgert')).toBe('einburger');
    expect(base('angemeldet')).toBe('anmeld');
    expect(base('eingeladen')).toBe('einlad');
    expect(base('gelernt')).toBe('lern');
    expect(base('Beratung')).toBeUndefined();
    expect(base('Gemeinde')).toBeUndefined();
    expect(base('geht')).toBeUndefined(); // too short to be a participle with a root
  });
});

describe('derivationalRoot', () => {
  it('gives the words of one family one root; a longer word without a derivational ending is its own', () => {
    const root = (word: string) => derivationalRoot(stemGerman(normalizeGerman(word)));
    expect(new Set(['Studium', 'studieren', 'Studierende'].map(root))).toEqual(new Set(['stud']));
    expect(new Set(['finanzieren', 'finanziell', 'Finanzierung'].map(root))).toEqual(
      new Set(['finanz']),
    );
    expect(new Set(['zuständig', 'Zuständigkeiten'].map(root)).size).toBe(1);
    expect(new Set(['krank', 'Krankheiten'].map(root)).size).toBe(1);
    expect(new Set(['möglich', 'Möglichkeit'].map(root)).size).toBe(1);
    // Short words stand for no family: "frei" is not Freiheit, nor "Kurs" anything else.
    expect(root('frei')).toBeUndefined();
    expect(root('Freiheit')).not.toBe(root('frei'));
    expect(root('Kurs')).toBeUndefined();
  });
});
