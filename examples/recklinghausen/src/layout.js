import { html } from './html.js';
import { countyWords, languages, wordsFor } from './chrome.js';

/** The portal's pages in navigation order: path, key of their title in the portal words. */
export const navigation = [
  ['/', 'search'],
  ['/eintragen', 'submit'],
  ['/pruefen', 'review'],
  ['/ansprechpartner', 'contacts'],
  ['/good-practice', 'goodPractice'],
  ['/klimakonferenzen', 'klima'],
  ['/strategie', 'strategy'],
  ['/barrierefreiheit', 'accessibility'],
];

/** A link within the portal that keeps the chosen language. */
export function href(path, lang, params = {}) {
  const search = new URLSearchParams(params);
  if (lang !== 'de') search.set('lang', lang);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The frame of every page: skip link, header with navigation and language switch, main landmark, footer.
 * Loads the elements bundle from this origin only.
 */
export function layout({ lang, path, title, body, profile, scripts = [], styles = [] }) {
  const words = countyWords(wordsFor(lang), profile);
  const language = languages.find((l) => l.code === lang) ?? languages[0];
  const wordsLang = lang in { de: 1, en: 1, ar: 1 } ? lang : 'en';
  return html`<!doctype html>
    <html lang="${lang}" dir="${language.rtl ? 'rtl' : 'ltr'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} – ${words.site}</title>
        <link rel="stylesheet" href="/assets/portal.css" />
        ${styles.map((href) => html`<link rel="stylesheet" href="${href}" />`)}
        <script type="module" src="/assets/vielfalt-elements.js"></script>
        ${scripts.map((src) => html`<script type="module" src="${src}"></script>`)}
      </head>
      <body>
        <a class="skip" href="#inhalt">${words.skip}</a>
        <header lang="${wordsLang}">
          <p class="site"><a href="${href('/', lang)}">${words.site}</a></p>
          <form class="language" action="${path}" method="get">
            <label for="lang-select">${words.language}</label>
            <select id="lang-select" name="lang">
              ${languages.map((l) => html`<option value="${l.code}" lang="${l.code}" ${l.code === lang ? html` selected` : ''}>${l.name}</option>`)}
            </select>
            <button type="submit">${words.switchLanguage}</button>
          </form>
          <nav aria-label="${words.nav}">
            <ul>
              ${navigation.map(
                ([to, key]) =>
                  html`<li>
                    <a href="${href(to, lang)}" ${to === path ? html` aria-current="page"` : ''}
                      >${words[key]}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>
          <p class="notice">${words.notice}</p>
        </header>
        <main id="inhalt" tabindex="-1">
          <h1 lang="${wordsLang}">${title}</h1>
          ${body}
        </main>
        <footer lang="${wordsLang}"><p>${words.footer}</p></footer>
      </body>
    </html>`;
}
