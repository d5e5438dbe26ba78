import { type Analyzer, type Token, forEachWord } from '../analyzer.js';
import { normalizeGerman } from './normalize.js';
import { derivationalRoot } from './family.js';
import { participleBase } from './participle.js';
import { stemGerman } from './stem.js';
import { germanGeneralStems, germanStopWords } from './stopwords.js';

/**
 * The German analyzer: {@link normalizeGerman}, stop words left out, {@link stemGerman} as the stem,
 * hyphenated compounds indexed as their parts and as the closed form ("Deutsch-Kurs" → deutsch, kurs,
 * deutschkurs) so that both spellings meet.
 */
export const germanAnalyzer: Analyzer = {
  id: 'de-2',
  linkingElements: ['es', 'en', 'er', 's', 'n', 'e'],
  modifierEndings: { s: 'ung heit keit schaft tion itat ling tum'.split(' ') },
  stem: stemGerman,
  baseForm: participleBase,
  family: derivationalRoot,
  isGeneral: (term) => germanGeneralStems.has(stemGerman(term)),
  tokenize(text) {
    const tokens: Token[] = [];
    let position = 0;
    forEachWord(text, (word, start) => {
      if (!word.includes('-')) {
        // The common case, without the arrays that joining the parts of a hyphenated word needs.
        const term = normalizeGerman(word);
        if (term && !germanStopWords.has(term))
          tokens.push({ term, start, end: start + word.length, position });
        position++;
        return;
      }
      const first = position;
      const joined: string[] = [];
      let at = start;
      for (const part of word.split(/(?<!\/)-/)) {
        const term = normalizeGerman(part);
        if (term && !germanStopWords.has(term))
          tokens.push({ term, start: at, end: at + part.length, position });
        if (term) joined.push(term);
        at += part.length + 1;
        position++;
      }
      if (joined.length > 1)
        tokens.push({ term: joined.join(''), start, end: start + word.length, position: first });
    });
    return tokens;
  },
};
