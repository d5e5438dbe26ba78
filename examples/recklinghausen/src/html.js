// Every interpolated value is escaped; only fragments built with `html` itself pass through unchanged,
// so user-entered offer and contact texts can never become markup.
const RAW = Symbol('raw');

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => escapes[c]);
}

function render(value) {
  if (value === undefined || value === null || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object' && value[RAW] !== undefined) return value[RAW];
  return escapeHtml(value);
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` fragments and arrays of them are kept. */
export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return { [RAW]: out, toString: () => out };
}

/** JSON for an inline `<script type="application/json">`: `<` escaped so no text can close the script. */
export function jsonScript(value) {
  return { [RAW]: JSON.stringify(value).replace(/</g, '\\u003c') };
}
