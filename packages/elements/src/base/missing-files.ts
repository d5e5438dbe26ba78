/**
 * The message for a page whose script could not fetch a part of itself (usually the `chunks/` folder was not
 * uploaded beside `vielfalt-elements.js`). Fixed German and English text: the translations may be what is missing.
 */
export const missingFilesMessage = {
  de: 'Dieser Teil der Seite kann nicht angezeigt werden: eine Programmdatei fehlt auf dem Server (der Ordner chunks/ neben vielfalt-elements.js).',
  en: 'This part of the page cannot be shown: a script file is missing on the server (the chunks/ folder beside vielfalt-elements.js).',
} as const;

/**
 * Puts the message into every not yet defined `vf-` element under `root` (or with tag `tag` only), as light DOM
 * that the browser shows because the element never upgrades; logs the cause for the webmaster.
 */
export function reportMissingFiles(root: ParentNode, cause: string, tag?: string): void {
  console.error(`[vielfalt] ${missingFilesMessage.de} / ${missingFilesMessage.en} (${cause})`);
  for (const element of root.querySelectorAll(tag ?? '*')) {
    if (!element.localName.startsWith('vf-') || customElements.get(element.localName)) continue;
    if (element.querySelector(':scope > [data-vf-missing]')) continue;
    const note = document.createElement('div');
    note.setAttribute('role', 'alert');
    note.dataset.vfMissing = '';
    for (const lang of ['de', 'en'] as const) {
      const p = document.createElement('p');
      p.lang = lang;
      p.dir = 'ltr';
      p.textContent = missingFilesMessage[lang];
      note.append(p);
    }
    element.append(note);
  }
}
