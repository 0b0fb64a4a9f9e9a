// What a person entered in a rendered Camunda Form, as the task's completion variables: only the form's input
// fields that are shown and editable; empty means null (an empty list for a checklist). Numbers and dates that
// do not parse are sent as typed, so the API's validation names the field and the problem.

import { isHidden } from './conditions.js';
import { inputs } from './render.js';

function number(text) {
  const trimmed = text.trim().replace(/,/g, '');
  if (!trimmed) {
    return null;
  }
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text.trim();
}

/** An ISO date from day, month and year boxes; null when all are empty; the typed text when it is no date. */
export function isoDate(day, month, year) {
  const [d, m, y] = [day, month, year].map((v) => String(v ?? '').trim());
  if (!d && !m && !y) {
    return null;
  }
  if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y)) {
    const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    const parsed = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso)) {
      return iso;
    }
  }
  return `${y}-${m}-${d}`;
}

function read(form, component) {
  const named = (suffix = '') => form.elements.namedItem(`${component.key}${suffix}`);
  switch (component.type) {
    case 'textfield':
    case 'textarea': {
      const value = named()?.value ?? '';
      return value.trim() === '' ? null : value;
    }
    case 'number':
      return number(named()?.value ?? '');
    case 'select':
      return named()?.value || null;
    case 'radio':
      return form.querySelector(`input[type=radio][name="${CSS.escape(component.key)}"]:checked`)?.value ?? null;
    case 'checkbox':
      return Boolean(form.querySelector(`input[type=checkbox][name="${CSS.escape(component.key)}"]`)?.checked);
    case 'checklist':
      return [...form.querySelectorAll(`input[type=checkbox][name="${CSS.escape(component.key)}"]:checked`)].map((i) => i.value);
    case 'datetime':
      return isoDate(named('-day')?.value, named('-month')?.value, named('-year')?.value);
    default:
      return undefined;
  }
}

function setPath(target, path, value) {
  const parts = path.split('.');
  let node = target;
  parts.slice(0, -1).forEach((p) => { node = node[p] ??= {}; });
  node[parts[parts.length - 1]] = value;
}

/**
 * The completion variables: { key: value } for every shown, editable input field (keys with dots become nested
 * objects, as Camunda Forms do). variables: the task's current variables (for the conditions).
 */
export function readValues(form, schema, variables) {
  const entered = {};
  inputs(schema).forEach((c) => {
    const value = read(form, c);
    if (value !== undefined) {
      entered[c.key] = value;
    }
  });
  const data = { ...variables, ...entered };
  const out = {};
  inputs(schema).forEach((c) => {
    if (c.disabled || c.readonly || isHidden(c, data) || entered[c.key] === undefined) {
      return;
    }
    setPath(out, c.key, entered[c.key]);
  });
  return { variables: out, entered };
}

/** Shows or hides conditional components as the values change. */
export function watchConditions(form, schema, variables) {
  const update = () => {
    const { entered } = readValues(form, schema, variables);
    const data = { ...variables, ...entered };
    form.querySelectorAll('[data-hide]').forEach((el) => {
      el.hidden = isHidden({ conditional: { hide: el.dataset.hide } }, data);
    });
  };
  form.addEventListener('change', update);
  form.addEventListener('input', update);
}
