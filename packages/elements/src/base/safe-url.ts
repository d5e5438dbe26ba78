/** Link schemes an element may render; anything else (`javascript:`, `data:`, `vbscript:` …) is dropped. */
const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The URL if it is absolute and uses http(s), mailto or tel; otherwise `undefined`, so the caller shows plain
 * text instead of a link. Data from feeds is validated already; this is the last line of defence in the view.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url.trim());
    return allowedProtocols.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `tel:` link for a phone number as people write it (`+49 2361 12-345`). */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** A `mailto:` link for an address that looks like one; anything with spaces, quotes or angle brackets is refused. */
export function mailHref(email: string): string | undefined {
  return /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/.test(email) ? `mailto:${email}` : undefined;
}
