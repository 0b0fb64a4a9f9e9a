// HTML built from template literals: every interpolated value is escaped unless it is already markup (Markup).

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup that is already safe to insert. */
export class Markup {
  constructor(text) {
    this.text = text;
  }

  toString() {
    return this.text;
  }
}

/** Text made safe for HTML content and attribute values. */
export function escape(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Trusted markup (from this app's own builders, or the API's SVG charts). */
export function raw(text) {
  return new Markup(String(text ?? ''));
}

function part(value) {
  if (value === null || value === undefined || value === false) {
    return '';
  }
  if (Array.isArray(value)) {
    return value.map(part).join('');
  }
  return value instanceof Markup ? value.text : escape(value);
}

/** Tagged template: html`<p>${text}</p>`; arrays are joined, null/undefined/false leave nothing. */
export function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) {
    out += part(values[i]) + strings[i + 1];
  }
  return new Markup(out);
}

/** An id made only of letters, digits, hyphens and underscores, starting with a letter. */
export function safeId(...parts) {
  const id = parts.filter((p) => p !== undefined && p !== null && p !== '').join('-')
    .replace(/[^A-Za-z0-9_-]+/g, '-');
  return /^[A-Za-z]/.test(id) ? id : `id-${id}`;
}
