/** A link of a Markdown page to another file of the repository. */
export interface RelativeLink {
  /** The link target as written, without its `#fragment`. */
  readonly target: string;
  /** 1-based line of the link. */
  readonly line: number;
}

const LINK = /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/**
 * The links and images of a Markdown text that point at other files by relative path; links to web
 * addresses, `mailto:` and anchors on the same page are left out, and so is anything inside code.
 */
export function relativeLinks(markdown: string): RelativeLink[] {
  const links: RelativeLink[] = [];
  let inFence = false;
  markdown.split(/\r?\n/).forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    const prose = text.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(LINK)) {
      const target = (match[1] ?? '').split('#')[0] ?? '';
      if (target !== '' && !EXTERNAL.test(match[1] ?? '')) links.push({ target, line: index + 1 });
    }
  });
  return links;
}
