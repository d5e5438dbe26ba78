import { type Analyzer, type Token, words } from '../analyzer.js';
import { normalizeGerman } from './normalize.js';
import { stemGerman } from './stem.js';
import { germanStopWords } from './stopwords.js';

/**
 * The German analyzer: {@link normalizeGerman}, stop words left out, {@link stemGerman} as the stem,
 * hyphenated compounds indexed as their parts and as the closed form ("Deutsch-Kurs" → deutsch, kurs,
 * deutschkurs) so that both spellings meet.
 */
export const germanAnalyzer: Analyzer = {
  id: 'de-1',
  linkingElements: ['es', 'en', 'er', 's', 'n', 'e'],
  stem: stemGerman,
  tokenize(text) {
    const tokens: Token[] = [];
    let position = 0;
    for (const { word, start, end } of words(text)) {
      const first = position;
      const joined: string[] = [];
      let at = start;
      for (const part of word.includes('-') ? word.split(/(?<!\/)-/) : [word]) {
        const term = normalizeGerman(part);
        if (term && !germanStopWords.has(term))
          tokens.push({ term, start: at, end: at + part.length, position });
        if (term) joined.push(term);
        at += part.length + 1;
        position++;
      }
      if (joined.length > 1) tokens.push({ term: joined.join(''), start, end, position: first });
    }
    return tokens;
  },
};
