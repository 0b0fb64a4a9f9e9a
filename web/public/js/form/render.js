// A Camunda Form (the JSON of workflows/forms/*.form) drawn with NHS.UK components: text, textfield, textarea,
// number, select, radio, checkbox, checklist, datetime (date), table, group, separator and spacer. Each field
// shows the current value of the variable its key names; conditional.hide is evaluated where it can be.
// Fields are required unless marked "(optional)", as the NHS.UK design system asks.

import { table } from '../components.js';
import { html, raw, safeId } from '../html.js';
import { assuranceIcon, variationIcon } from '../spc.js';
import { isHidden } from './conditions.js';
import { displayText, lookup } from './text.js';

export const INPUT_TYPES = ['textfield', 'textarea', 'number', 'select', 'radio', 'checkbox', 'checklist', 'datetime'];

/** The id of a field's first input (error summary links go there). */
export function fieldId(component, prefix = 'field') {
  const id = safeId(prefix, component.key ?? component.id);
  return component.type === 'datetime' && (component.subtype ?? 'date') === 'date' ? `${id}-day` : id;
}

function labelOf(component) {
  return component.label ?? component.dateLabel ?? component.key ?? '';
}

function required(component) {
  return component.validate?.required === true;
}

/** The options of a select, radio or checklist: static values, or the variable valuesKey names. */
export function optionsOf(component, data) {
  if (Array.isArray(component.values)) {
    return component.values;
  }
  const dynamic = component.valuesKey ? lookup(data, component.valuesKey) : undefined;
  return Array.isArray(dynamic)
    ? dynamic.map((o) => (o && typeof o === 'object' ? o : { label: String(o), value: o }))
    : [];
}

function hint(component, id) {
  return component.description ? html`<div class="nhsuk-hint" id="${id}-hint">${component.description}</div>` : '';
}

function errorMessage(error, id) {
  return error ? html`<span class="nhsuk-error-message" id="${id}-error"><span class="nhsuk-u-visually-hidden">Error: </span>${error}</span>` : '';
}

function describedBy(component, error, id) {
  const ids = [component.description ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? raw(` aria-describedby="${ids.join(' ')}"`) : '';
}

function label(component, id, { legend = false } = {}) {
  const text = html`${labelOf(component)}${required(component) ? '' : ' (optional)'}`;
  return legend
    ? html`<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">${text}</legend>`
    : html`<label class="nhsuk-label nhsuk-label--s" for="${id}">${text}</label>`;
}

function group(error, inner) {
  return html`<div class="nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}">${inner}</div>`;
}

function text(component, value, error, id) {
  const isNumber = component.type === 'number';
  const whole = isNumber && component.decimalDigits === 0;
  const width = isNumber ? ' nhsuk-input--width-5' : '';
  return group(error, html`${label(component, id)}${hint(component, id)}${errorMessage(error, id)}
    <input class="nhsuk-input${width}${error ? ' nhsuk-input--error' : ''}" id="${id}" name="${component.key}" type="text"
      ${isNumber ? raw(`inputmode="${whole ? 'numeric' : 'decimal'}" spellcheck="false"`) : ''}
      value="${value ?? ''}"${describedBy(component, error, id)}${component.disabled || component.readonly ? raw(' disabled') : ''}>`);
}

function textarea(component, value, error, id) {
  return group(error, html`${label(component, id)}${hint(component, id)}${errorMessage(error, id)}
    <textarea class="nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}" id="${id}" name="${component.key}" rows="5"${describedBy(component, error, id)}${component.disabled || component.readonly ? raw(' disabled') : ''}>${value ?? ''}</textarea>`);
}

function select(component, value, error, id, data) {
  const options = optionsOf(component, data);
  return group(error, html`${label(component, id)}${hint(component, id)}${errorMessage(error, id)}
    <select class="nhsuk-select${error ? ' nhsuk-select--error' : ''}" id="${id}" name="${component.key}"${describedBy(component, error, id)}>
      <option value="">Choose an option</option>
      ${options.map((o) => html`<option value="${o.value}"${String(o.value) === String(value ?? '') ? raw(' selected') : ''}>${o.label}</option>`)}
    </select>`);
}

function choices(component, value, error, id, data, kind) {
  const options = optionsOf(component, data);
  const chosen = kind === 'radios' ? [value] : (Array.isArray(value) ? value : []);
  return group(error, html`<fieldset class="nhsuk-fieldset"${describedBy(component, error, id)}>
    ${label(component, id, { legend: true })}${hint(component, id)}${errorMessage(error, id)}
    <div class="nhsuk-${kind}" data-module="nhsuk-${kind}">
      ${options.length ? options.map((o, i) => {
    const itemId = i === 0 ? id : `${id}-${i + 1}`;
    const checked = chosen.some((c) => c !== null && c !== undefined && String(c) === String(o.value));
    return html`<div class="nhsuk-${kind}__item">
        <input class="nhsuk-${kind}__input" id="${itemId}" name="${component.key}" type="${kind === 'radios' ? 'radio' : 'checkbox'}" value="${o.value}"${checked ? raw(' checked') : ''}>
        <label class="nhsuk-label nhsuk-${kind}__label" for="${itemId}">${o.label}</label></div>`;
  }) : html`<p class="nhsuk-body nhsuk-u-secondary-text-colour" id="${id}">There are no options to choose from.</p>`}
    </div></fieldset>`);
}

function checkbox(component, value, error, id) {
  return group(error, html`${hint(component, id)}${errorMessage(error, id)}
    <div class="nhsuk-checkboxes" data-module="nhsuk-checkboxes"><div class="nhsuk-checkboxes__item">
      <input class="nhsuk-checkboxes__input" id="${id}" name="${component.key}" type="checkbox" value="true"${value === true ? raw(' checked') : ''}${describedBy(component, error, id)}>
      <label class="nhsuk-label nhsuk-checkboxes__label" for="${id}">${labelOf(component)}</label></div></div>`);
}

function date(component, value, error, base) {
  const [year, month, day] = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)
    ? [value.slice(0, 4), String(Number(value.slice(5, 7))), String(Number(value.slice(8, 10)))] : ['', '', ''];
  const part = (name, text, v, width) => html`<div class="nhsuk-date-input__item"><div class="nhsuk-form-group">
      <label class="nhsuk-label nhsuk-date-input__label" for="${base}-${name}">${text}</label>
      <input class="nhsuk-input nhsuk-input--width-${width} nhsuk-date-input__input${error ? ' nhsuk-input--error' : ''}" id="${base}-${name}" name="${component.key}-${name}" type="text" inputmode="numeric" value="${v}"></div></div>`;
  return group(error, html`<fieldset class="nhsuk-fieldset" role="group"${describedBy(component, error, base)}>
    ${label(component, base, { legend: true })}${hint(component, base)}${errorMessage(error, base)}
    <div class="nhsuk-date-input" id="${base}">${part('day', 'Day', day, 2)}${part('month', 'Month', month, 2)}${part('year', 'Year', year, 4)}</div>
  </fieldset>`);
}

function cell(key, value, row, directions) {
  if (key === 'variationIcon') {
    // the letter (H or L) needs the measure's improvement direction, which the page may know from the cycle
    return variationIcon(value, row.direction ?? directions[row.measureId]);
  }
  if (key === 'assuranceIcon') {
    return assuranceIcon(value);
  }
  if (value === null || value === undefined || value === '') {
    return html`<span class="nhsuk-u-secondary-text-colour">None</span>`;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function dataTable(component, data, directions) {
  const source = typeof component.dataSource === 'string' ? component.dataSource.replace(/^=\s*/, '') : null;
  const rows = source && /^[\w.]+$/.test(source) ? lookup(data, source) : null;
  const columns = Array.isArray(component.columns) ? component.columns : [];
  if (!Array.isArray(rows) || !rows.length) {
    return html`<h3 class="nhsuk-heading-s">${component.label}</h3><p class="nhsuk-body nhsuk-u-secondary-text-colour">Nothing to show yet.</p>`;
  }
  return table({
    caption: component.label,
    captionSize: 's',
    scroll: true,
    head: columns.map((c) => c.label),
    rows: rows.map((r) => columns.map((c) => cell(c.key, r?.[c.key], r ?? {}, directions))),
  });
}

function unsupported(component) {
  return html`<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span>
    <p>This form has a part this app cannot show (a ${component.type} component${component.label ? html`, "${component.label}"` : ''}).</p></div>`;
}

function component(c, data, errors, prefix, directions) {
  const id = safeId(prefix, c.key ?? c.id);
  const value = c.key ? lookup(data, c.key) : undefined;
  const error = c.key ? errors[c.key] : undefined;
  switch (c.type) {
    case 'text':
      return html`<div class="pdsa-form-text">${raw(displayText(c.text, data))}</div>`;
    case 'textfield':
    case 'number':
      return text(c, value, error, id);
    case 'textarea':
      return textarea(c, value, error, id);
    case 'select':
      return select(c, value, error, id, data);
    case 'radio':
      return choices(c, value, error, id, data, 'radios');
    case 'checklist':
      return choices(c, value, error, id, data, 'checkboxes');
    case 'checkbox':
      return checkbox(c, value, error, id);
    case 'datetime':
      return (c.subtype ?? 'date') === 'date' ? date(c, value, error, id) : unsupported(c);
    case 'table':
      return dataTable(c, data, directions);
    case 'group':
      return html`<fieldset class="nhsuk-fieldset">${c.label ? html`<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">${c.label}</legend>` : ''}
        ${(c.components ?? []).map((inner) => wrap(inner, data, errors, prefix, directions))}</fieldset>`;
    case 'separator':
      return html`<hr class="nhsuk-section-break nhsuk-section-break--m nhsuk-section-break--visible">`;
    case 'spacer':
      return html``;
    default:
      return unsupported(c);
  }
}

function wrap(c, data, errors, prefix, directions) {
  const hide = c.conditional?.hide;
  return html`<div class="pdsa-form-component" data-type="${c.type}"${c.key ? html` data-key="${c.key}"` : ''}${hide ? html` data-hide="${hide}"` : ''}${isHidden(c, data) ? raw(' hidden') : ''}>${component(c, data, errors, prefix, directions)}</div>`;
}

/**
 * The form's components as NHS.UK markup (without the form element). data: the task's variables overlaid with
 * what the person entered; errors: messages by field key; directions: improvement direction by measure id (for the
 * letters of variation icons in tables).
 */
export function renderForm(schema, { data = {}, errors = {}, prefix = 'field', directions = {} } = {}) {
  return html`${(schema?.components ?? []).map((c) => wrap(c, data, errors, prefix, directions))}`;
}

/** Every input component of the form, groups included, in order. */
export function inputs(schema) {
  const out = [];
  const walk = (list) => list.forEach((c) => {
    if (c.type === 'group') {
      walk(c.components ?? []);
    } else if (c.key && INPUT_TYPES.includes(c.type)) {
      out.push(c);
    }
  });
  walk(schema?.components ?? []);
  return out;
}
