import { publicContact } from '@vielfalt/model';
import { html } from './html.js';
import { wordsFor } from './chrome.js';
import { href } from './layout.js';
import { liveWorkshopId } from './klima.js';

const pick = (localized, lang) =>
  localized?.[lang] ?? localized?.de ?? Object.values(localized ?? {})[0] ?? '';

/** Angebote finden: the search element over the server's feed. */
export function searchPage({ lang }) {
  const words = wordsFor(lang);
  return {
    title: words.search,
    body: html`<p>${words.searchIntro}</p>
      <vf-offer-search
        src="/api/v1/feed"
        detail-url="${href('/angebote/{id}', lang)}"
      ></vf-offer-search>`,
  };
}

/**
 * One offer. "Back to the search" carries the search's query and filters (`vf-…`, which the search element adds
 * to its result links), so the search comes back as it was left. An id that is not published answers 404, with
 * the element saying "not found" in the page language.
 */
export async function offerPage({ lang, params, query, store }) {
  const words = wordsFor(lang);
  const searchState = Object.fromEntries([...query].filter(([key]) => key.startsWith('vf-')));
  const [published] = await store.getPublishedOffers([params.id]);
  return {
    title: words.offer,
    status: published ? 200 : 404,
    body: html`<p><a href="${href('/', lang, searchState)}">${words.back}</a></p>
      <vf-offer-detail src="/api/v1/feed" offer-id="${params.id}"></vf-offer-detail>`,
  };
}

/** Angebot eintragen: providers sign in, then submit through the form element. */
export function submitPage({ lang }) {
  const words = wordsFor(lang);
  return {
    title: words.submit,
    scripts: ['/assets/account.js'],
    body: html`<p>${words.submitIntro}</p>
      <div data-needs-role="provider moderator">
        <vf-offer-form
          endpoint="/api/v1/manage/offers?submit=true"
          contacts-endpoint="/api/v1/manage/contacts"
          profile-src="/profile.json"
        ></vf-offer-form>
      </div>
      ${loginForm(words)}`,
  };
}

/** Prüfen: the moderators' review queue. */
export function reviewPage({ lang }) {
  const words = wordsFor(lang);
  return {
    title: words.review,
    scripts: ['/assets/account.js', '/assets/review.js'],
    styles: ['/assets/review.css'],
    body: html`<p>${words.reviewIntro}</p>
      <div data-needs-role="moderator">
        <div
          id="queue"
          lang="${words === wordsFor('en') && lang !== 'en' ? 'en' : lang}"
          data-empty="${words.emptyQueue}"
          data-approve="${words.approve}"
          data-reject="${words.reject}"
          data-reason="${words.reason}"
          data-waiting="${words.waiting}"
          data-new-offer="${words.newOffer}"
          data-changed-offer="${words.changedOffer}"
          data-change-count="${words.changeCount}"
          data-field="${words.field}"
          data-before="${words.before}"
          data-after="${words.after}"
          data-submitted="${words.submitted}"
          data-pages="${words.pages}"
          data-page-of="${words.pageOf}"
          data-previous="${words.previous}"
          data-next="${words.next}"
        ></div>
      </div>
      ${loginForm(words)}`,
  };
}

function loginForm(words) {
  return html`<form class="login" hidden>
      <p>${words.loginNeeded}</p>
      <p>
        <label for="login-email">${words.email}</label
        ><input id="login-email" name="email" type="email" autocomplete="username" required />
      </p>
      <p>
        <label for="login-password">${words.password}</label
        ><input
          id="login-password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
      </p>
      <p role="alert" class="login-error"></p>
      <button type="submit">${words.login}</button>
    </form>
    <p class="logout" hidden><button type="button">${words.logout}</button></p>`;
}

/** Ansprechpartner: only consented, visible fields of each contact. */
export async function contactsPage({ lang, store }) {
  const words = wordsFor(lang);
  const [actors, contacts] = await Promise.all([store.listActors(), store.listContacts()]);
  const shown = contacts.map(publicContact).filter(Boolean);
  const byActor = new Map();
  for (const contact of shown)
    byActor.set(contact.actorId, [...(byActor.get(contact.actorId) ?? []), contact]);
  const listed = actors
    .filter((actor) => byActor.has(actor.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return {
    title: words.contacts,
    body: html`<p>${words.contactsIntro}</p>
      ${listed.map(
        (actor) =>
          html`<section class="card" aria-labelledby="actor-${actor.id}">
            <h2 id="actor-${actor.id}" lang="de">${actor.name}</h2>
            <ul>
              ${byActor
                .get(actor.id)
                .map(
                  (c) =>
                    html`<li>
                      ${c.name ? html`<strong>${c.name}</strong>` : ''}${c.role ? html` ${pick(c.role, lang)}` : ''}
                      ${c.email ? html`<br /><a href="mailto:${c.email}">${c.email}</a>` : ''}
                      ${c.phone ? html`<br /><a href="tel:${c.phone.replace(/[^+0-9]/g, '')}">${c.phone}</a>` : ''}
                    </li>`,
                )}
            </ul>
          </section>`,
      )}`,
  };
}

/** Good Practice: examples that work, with the cities and fields they belong to. */
export async function goodPracticePage({ lang, store, profile }) {
  const words = wordsFor(lang);
  const examples = await store.listDocuments('goodPractice');
  const cityName = new Map(profile.municipalities.map((m) => [m.ags, m.name]));
  const fieldName = new Map(profile.fieldsOfAction.map((f) => [f.id, pick(f.label, lang)]));
  return {
    title: words.goodPractice,
    body: html`<p>${words.goodPracticeIntro}</p>
      ${examples.map(
        (example) =>
          html`<section class="card" aria-labelledby="gp-${example.id}">
            <h2 id="gp-${example.id}">${pick(example.title, lang)}</h2>
            <p>${pick(example.summary, lang)}</p>
            ${example.whatWorks ? html`<p>${pick(example.whatWorks, lang)}</p>` : ''}
            <p class="meta">
              ${example.municipalities.map((ags) => cityName.get(ags) ?? ags).join(', ')} ·
              ${example.fieldsOfAction.map((id) => fieldName.get(id) ?? id).join(', ')}
            </p>
          </section>`,
      )}`,
  };
}

/** Klimakonferenzen: the county map, the eight workshops and the Ist-Analyse of the chosen one. */
export async function klimaPage({ lang, store, profile, query }) {
  const words = wordsFor(lang);
  const workshops = (await store.listDocuments('klimakonferenz')).filter(
    (w) => w.id !== liveWorkshopId,
  );
  const chosen = workshops.find((w) => w.id === query.get('w')) ?? workshops[0];
  const fieldName = new Map(profile.fieldsOfAction.map((f) => [f.id, pick(f.label, lang)]));
  return {
    title: words.klima,
    body: html`<p>${words.klimaIntro}</p>
      <p><a href="${href('/klimakonferenzen/live', lang)}">${words.board}</a></p>
      <vf-klima-map src="/klima/collection.json"></vf-klima-map>
      <nav aria-label="${words.klima}">
        <ul class="workshops">
          ${workshops.map(
            (w) =>
              html`<li>
                <a
                  href="${href('/klimakonferenzen', lang, { w: w.id })}"
                  ${w === chosen ? html` aria-current="page"` : ''}
                  >${w.title ?? fieldName.get(w.fieldOfAction) ?? w.fieldOfAction} (${w.date})</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      ${chosen ? html`<vf-klima-report src="/klima/workshops/${chosen.id}.json"></vf-klima-report>` : ''}`,
  };
}

/** The live board: facilitators record statements and dots, the analysis beside it follows every change. */
export function liveBoardPage({ lang }) {
  const words = wordsFor(lang);
  return {
    title: words.board,
    scripts: ['/assets/account.js', '/assets/klima-live.js'],
    body: html`<div data-needs-role="moderator">
        <vf-klima-board id="board" src="/klima/workshops/${liveWorkshopId}.json"></vf-klima-board>
        <p role="status" id="board-status"></p>
        <vf-klima-report
          id="live-report"
          src="/klima/workshops/${liveWorkshopId}.json"
        ></vf-klima-report>
      </div>
      ${loginForm(words)}`,
  };
}

/** Handlungsstrategie: goals and action steps per field. */
export function strategyPage({ lang }) {
  const words = wordsFor(lang);
  return {
    title: words.strategy,
    body: html`<p>${words.strategyIntro}</p>
      <vf-strategy src="/strategy.json" profile-src="/profile.json"></vf-strategy>`,
  };
}
