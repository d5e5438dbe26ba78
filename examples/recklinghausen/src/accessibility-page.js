import { html } from './html.js';
import { wordsFor } from './chrome.js';

/**
 * Erklärung zur Barrierefreiheit as BITV NRW asks for it: status, what is not yet accessible, how to report
 * a barrier and the enforcement body. German is the legally binding text; other languages get a summary.
 */
export function accessibilityPage({ lang, profile }) {
  const words = wordsFor(lang);
  const german = html`<div lang="de">
    <p>
      ${profile.county.name} ist bemüht, dieses Portal im Einklang mit dem
      Behindertengleichstellungsgesetz NRW (BGG NRW) und der
      Barrierefreie-Informationstechnik-Verordnung NRW (BITV NRW) barrierefrei zugänglich zu machen.
    </p>
    <h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
    <p>
      Dieses Portal ist mit den Anforderungen der WCAG 2.1 auf Stufe AA (EN 301 549) weitgehend
      vereinbar. Alle Seiten werden bei jeder Änderung automatisch mit axe-core geprüft, in
      deutscher und arabischer Sprache.
    </p>
    <h2>Nicht barrierefreie Inhalte</h2>
    <p>
      Texte in „Einfacher Sprache“ sind maschinell vereinfacht oder redaktionell erstellt, aber
      nicht von einer Prüfgruppe nach DIN SPEC 33429 geprüft; sie sind deshalb nicht als Leichte
      Sprache gekennzeichnet. Übersetzungen sind teils maschinell erstellt und als solche
      gekennzeichnet.
    </p>
    <h2>Erstellung dieser Erklärung</h2>
    <p>Diese Erklärung beruht auf einer Selbstbewertung (fiktives Beispiel für die Demo).</p>
    <h2>Barriere melden</h2>
    <p>
      Sind Ihnen Barrieren aufgefallen? Schreiben Sie an
      <a href="mailto:barrierefreiheit@kreis-re.example">barrierefreiheit@kreis-re.example</a>. Wir
      antworten innerhalb von sechs Wochen.
    </p>
    <h2>Durchsetzungsverfahren</h2>
    <p>
      Bleibt Ihre Meldung ohne zufriedenstellende Antwort, können Sie sich an die Ombudsstelle für
      barrierefreie Informationstechnik des Landes Nordrhein-Westfalen bei der Landesbeauftragten
      für Menschen mit Behinderung wenden.
    </p>
  </div>`;
  const summary = {
    en: 'This portal aims to meet WCAG 2.1 level AA (BITV NRW). Every page is checked with axe-core in German and Arabic. Report a barrier to barrierefreiheit@kreis-re.example; the binding statement below is in German.',
    ar: 'يهدف هذا البوابة إلى تلبية معايير WCAG 2.1 المستوى AA. تُفحص كل صفحة آليًا. للإبلاغ عن عائق: barrierefreiheit@kreis-re.example. النص الملزم أدناه باللغة الألمانية.',
  };
  return {
    title: words.accessibility,
    body:
      lang === 'de'
        ? german
        : html`<p lang="${lang in summary ? lang : 'en'}">${summary[lang] ?? summary.en}</p>
            ${german}`,
  };
}
