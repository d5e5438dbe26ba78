// Function words and the words of questions ("Wo kann ich …", "Gibt es …"), already normalized
// (ä → a, ß → ss), so that the question form of a query keeps only its content words. A word followed by
// endings stands for itself and each ending added: "jede/m/n" is jede, jedem, jeden.
const WORDS =
  'ab/er alle/m/n/r/s als also am an ander/e/en auch auf aus bei/m bekomme/n bekommt bin bis/t bitte ' +
  'brauche/n bzw da/s dabei damit dann dass dein/e dem den/n der des dich die/s/se/sem/sen/ser/ses dir ' +
  'doch dort du durch ein/e/em/en/er/es er es etwas euch euer eure finde/n fur gegen gehe/n geht gerne ' +
  'gibt/s hab/e/en hat/te hier hin hinter ich ihm ihn/en ihr/e im in ist ja jede/m/n/r/s jetzt kann/st ' +
  'konnen konnte kriege/n mache/n macht man manche mein/e/em/en/er mich mir mit mochte/n moglich ' +
  'muss/en nach nicht/s noch nun nur ob oder ohne sehr sein/e sich sie sind so solche soll/te somit ' +
  'suche/n tun uber um und uns/er unter usw viel vom von vor wann war/en warum was weil welche/m/n/r/s ' +
  'wem wen/n wer werde/n wie wieder will wir/d wo woher wohin wurde/n zu/m/r zwischen';

// Words that frame a question about a topic without naming it ("Welche Arten von … gibt es?", "Welche
// Vorteile bietet …?", "… in Deutschland"), as stems. Unlike stop words they are indexed and found alone.
const GENERAL =
  'art verschied vorteil nachteil aufgab biet angebo gedach erhal erforderlich benotig notwendig passier ' +
  'geschieh bedeu versteh gil wichtig informatio moglichkei them thema deutschla allgemei genau bestimm ' +
  'beispiel unterschied probl frag viel wieviel ungefahr lang daur anzahl hoch oft haufig meis';

/** Stems of question-frame words (see {@link Analyzer.isGeneral}). */
export const germanGeneralStems: ReadonlySet<string> = new Set(GENERAL.split(' '));

/** German stop words in normalized form. */
export const germanStopWords: ReadonlySet<string> = new Set(
  WORDS.split(' ').flatMap((group) =>
    group.split('/').map((ending, i, [word]) => (i ? `${word}${ending}` : ending)),
  ),
);
