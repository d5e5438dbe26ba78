import { reportMissingFiles } from './missing-files.js';

/** Loads the module that registers a tag. */
export type TagLoader = () => Promise<unknown>;

/**
 * Registers tags lazily: each loader runs once, as soon as its tag is in the document (now or later). Elements
 * that validate what they load (forms, workshop boards, reports) bring zod with them, so a page fetches that
 * code only when it uses one of them.
 */
export function defineOnDemand(loaders: Readonly<Record<string, TagLoader>>): void {
  const waiting = new Map(Object.entries(loaders));
  const load = (tag: string, loader: TagLoader): void => {
    waiting.delete(tag);
    // A chunk that cannot be fetched: the element says so on the page, not only in the console.
    loader().catch((error: unknown) =>
      reportMissingFiles(document, `<${tag}>: ${String(error)}`, tag),
    );
  };
  const scan = (root: ParentNode): void => {
    for (const [tag, loader] of waiting) {
      if (customElements.get(tag) !== undefined) waiting.delete(tag);
      else if ((root as Element).localName === tag || root.querySelector(tag) !== null)
        load(tag, loader);
    }
    if (waiting.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan(document);
}
