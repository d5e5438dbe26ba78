const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values: user text is never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes text for Markdown: backslash-escapes the characters of emphasis, links, code and table cells,
 * and block markers at the start, and turns `<`, `>` and `&` into entities so no raw HTML gets through.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r?\n/g, ' ')
      .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Block markers only where they would start a block: "- x", "# x", "1. x", not "0.90" or "-3".
      .replace(/^([#+-])(?=\s|$)/, '\\$1')
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
  );
}

/** Makes a string safe as an HTML id / URL fragment. */
export function anchorId(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}
