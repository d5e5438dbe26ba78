// Function words and the words of questions ("Wo kann ich …", "Gibt es …"), already normalized
// (ä → a, ß → ss), so that the question form of a query keeps only its content words.
const WORDS =
  'aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bist ' +
  'bitte da dabei damit dann das dass dein deine dem den denn der des dich die dies diese diesem diesen dieser ' +
  'dieses dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer eure fur gegen gibt ' +
  'hab habe haben hat hatte hier hin hinter ich ihm ihn ihnen ihr ihre im in ist ja jede jedem jeden jeder ' +
  'jedes jetzt kann kannst konnen konnte man manche mein meine meinem meinen meiner mich mir mit muss mussen ' +
  'nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so soll solche sollte somit ' +
  'uber um und uns unser unter viel vom von vor wann war waren warum was weil welche welchem welchen welcher ' +
  'welches wem wen wenn wer werde werden wie wieder will wir wird wo woher wohin zu zum zur zwischen ' +
  'ab bzw usw moglich gerne suche suchen finde finden brauche brauchen mochte mochten wurde wurden gibts tun mache machen ' +
  'macht bekomme bekommen bekommt kriege kriegen gehe gehen geht ' +
  'sei seid hast habt hatten ware waren worden gewesen sollen sollten darf durfen wollen wollte musste konnten ' +
  'kein keine keinem keinen keiner keines einige einigen einiger ihren ihrem ihres seinem seinen seiner seines ' +
  'unsere unserem unseren unserer deren dessen denen jemand jemanden sondern sowie sowohl weder zwar schon ' +
  'dafur dazu davon daran darauf daruber darin dadurch wofur womit wovon wozu woran worauf wodurch bereits mal ' +
  'einmal wegen seit bevor nachdem sobald irgendwelche irgendein irgendeine';

// Words that frame a question about a topic without naming it ("Welche Arten von … gibt es?", "Welche
// Vorteile bietet …?", "… in Deutschland"), as stems. Unlike stop words they are indexed and found alone.
const GENERAL =
  'art verschied vorteil nachteil aufgab biet angebo gedach erhal erforderlich benotig notwendig passier ' +
  'geschieh bedeu versteh gil wichtig informatio moglichkei them thema deutschla allgemei genau bestimm ' +
  'beispiel unterschied probl frag viel wieviel ungefahr lang daur anzahl hoch oft haufig meis';

/** Stems of question-frame words (see {@link Analyzer.isGeneral}). */
export const germanGeneralStems: ReadonlySet<string> = new Set(GENERAL.split(' '));

/** German stop words in normalized form. */
export const germanStopWords: ReadonlySet<string> = new Set(WORDS.split(' '));
