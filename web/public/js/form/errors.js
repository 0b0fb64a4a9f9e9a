// The API's 422 answer ({errors: [{field: "variables.question", reason}]}) as NHS.UK error messages: one per field,
// linked from the error summary to the field's first input.

import { fieldId, inputs } from './render.js';

function sentence(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * { byKey: {key: message}, summary: [{href, text}] } for the errors of a completion. Errors on fields the form
 * does not show are listed without a link.
 */
export function fieldErrors(errors, schema, prefix = 'field') {
  const fields = new Map(inputs(schema).map((c) => [c.key, c]));
  const byKey = {};
  const summary = [];
  errors.forEach((e) => {
    const key = String(e.field ?? '').replace(/^variables\./, '');
    const component = fields.get(key) ?? fields.get(key.replace(/\[\d+\].*$/, ''));
    const name = component ? (component.label ?? component.dateLabel ?? key) : key;
    // the API's reasons repeat the field's name in brackets ("is required (Question)"): say it once
    const reason = String(e.reason ?? 'is not valid').replace(/\s*\([^()]*\)$/, (m) => (m.includes(name) ? '' : m));
    const text = sentence(name ? `${name} ${reason}` : reason);
    if (component && !byKey[component.key]) {
      byKey[component.key] = text;
      summary.push({ href: `#${fieldId(component, prefix)}`, text });
    } else if (!component) {
      summary.push({ text });
    }
  });
  return { byKey, summary };
}
