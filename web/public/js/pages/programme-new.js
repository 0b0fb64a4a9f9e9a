// Register a programme (managers): its aim, up to four measures and six providers, managers and participants.
// Blank measure and provider sections are left out; the API checks the rest and names any field at fault.

import { api, ApiError } from '../api.js';
import { page } from '../app.js';
import { errorSummary } from '../components.js';
import { html, raw } from '../html.js';

const MEASURES = 4;
const PROVIDERS = 6;

const EXAMPLE = {
  id: 'ed-flow', name: 'Emergency department flow',
  aim: 'Cut four-hour breaches at type 1 departments by a fifth within six months, without more reattendances',
  'measures[0].id': 'breaches', 'measures[0].name': 'Four-hour breaches', 'measures[0].unit': 'attendances',
  'measures[0].type': 'outcome', 'measures[0].direction': 'decrease', 'measures[0].period': 'week',
  'measures[1].id': 'reattend', 'measures[1].name': 'Reattendance within 7 days', 'measures[1].unit': '%',
  'measures[1].type': 'balancing', 'measures[1].direction': 'decrease', 'measures[1].period': 'week',
  'providers[0].id': 'RF4', 'providers[0].name': 'Barking, Havering and Redbridge', 'providers[0].leadGroups': 'RF4-leads',
  'providers[1].id': 'RFR', 'providers[1].name': 'Rotherham', 'providers[1].leadGroups': 'RFR-leads',
};

/** "measures[0].direction" as people read it: "Measure 1 direction". */
function spoken(field) {
  return String(field ?? '')
    .replace(/^measures\[(\d+)\]\.?/, (m, i) => `Measure ${Number(i) + 1} `)
    .replace(/^providers\[(\d+)\]\.?/, (m, i) => `Provider ${Number(i) + 1} `)
    .replace(/^participants\[(\d+)\]\.?/, (m, i) => `Participant ${Number(i) + 1} `)
    .replace(/leadGroups/, 'leads\' groups').replace(/^id$/, 'Programme id').trim();
}

function known(field) {
  return /^(id|name|aim|managers|participants)$/.test(field)
    || /^measures\[[0-3]\]\.(id|name|unit|type|direction|target|period)$/.test(field)
    || /^providers\[[0-5]\]\.(id|name|leadGroups)$/.test(field);
}

function idOf(name) {
  return `f-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

function field(name, label, { values, errors, hint, type = 'text', width = '' }) {
  const id = idOf(name);
  const error = errors[name];
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return html`<div class="nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}">
    <label class="nhsuk-label" for="${id}">${label}</label>
    ${hint ? html`<div class="nhsuk-hint" id="${id}-hint">${hint}</div>` : ''}
    ${error ? html`<span class="nhsuk-error-message" id="${id}-error"><span class="nhsuk-u-visually-hidden">Error: </span>${error}</span>` : ''}
    ${type === 'textarea'
    ? html`<textarea class="nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}" id="${id}" name="${name}" rows="3"${described ? html` aria-describedby="${described}"` : ''}>${values[name] ?? ''}</textarea>`
    : html`<input class="nhsuk-input${width}${error ? ' nhsuk-input--error' : ''}" id="${id}" name="${name}" type="text" spellcheck="false" value="${values[name] ?? ''}"${described ? html` aria-describedby="${described}"` : ''}>`}
  </div>`;
}

function choice(name, legend, options, { values, errors }) {
  const id = idOf(name);
  const error = errors[name];
  return html`<div class="nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}">
    <fieldset class="nhsuk-fieldset"${error ? html` aria-describedby="${id}-error"` : ''}>
      <legend class="nhsuk-fieldset__legend">${legend}</legend>
      ${error ? html`<span class="nhsuk-error-message" id="${id}-error"><span class="nhsuk-u-visually-hidden">Error: </span>${error}</span>` : ''}
      <div class="nhsuk-radios nhsuk-radios--inline" data-module="nhsuk-radios">
        ${options.map(([value, text], i) => html`<div class="nhsuk-radios__item">
          <input class="nhsuk-radios__input" id="${i ? `${id}-${i + 1}` : id}" name="${name}" type="radio" value="${value}"${values[name] === value ? raw(' checked') : ''}>
          <label class="nhsuk-label nhsuk-radios__label" for="${i ? `${id}-${i + 1}` : id}">${text}</label></div>`)}
      </div></fieldset></div>`;
}

function measure(i, ctx) {
  const p = `measures[${i}]`;
  return html`<fieldset class="nhsuk-fieldset nhsuk-u-margin-bottom-6">
    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Measure ${i + 1}${i ? ' (optional)' : ''}</legend>
    ${field(`${p}.id`, 'Id', { ...ctx, hint: 'Short, for the API and the data, for example breaches', width: ' nhsuk-input--width-10' })}
    ${field(`${p}.name`, 'Name', ctx)}
    ${field(`${p}.unit`, 'Unit', { ...ctx, width: ' nhsuk-input--width-10' })}
    ${choice(`${p}.type`, 'Type', [['outcome', 'Outcome'], ['process', 'Process'], ['balancing', 'Balancing']], ctx)}
    ${choice(`${p}.direction`, 'Better when it', [['increase', 'Increases'], ['decrease', 'Decreases'], ['neutral', 'Neither']], ctx)}
    ${field(`${p}.target`, 'Target (optional)', { ...ctx, width: ' nhsuk-input--width-5' })}
    ${choice(`${p}.period`, 'Values are', [['week', 'Weekly'], ['month', 'Monthly']], ctx)}
  </fieldset>`;
}

function provider(i, ctx) {
  const p = `providers[${i}]`;
  return html`<fieldset class="nhsuk-fieldset nhsuk-u-margin-bottom-6">
    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Provider ${i + 1}${i ? ' (optional)' : ''}</legend>
    ${field(`${p}.id`, 'Id', { ...ctx, hint: 'The organisation code, for example RF4', width: ' nhsuk-input--width-10' })}
    ${field(`${p}.name`, 'Name', ctx)}
    ${field(`${p}.leadGroups`, 'Leads\' groups', { ...ctx, hint: 'The groups whose members plan and decide its cycles, separated by commas' })}
  </fieldset>`;
}

/** The API's body from the form's values; blank measure and provider sections are left out. */
function body(values, me) {
  const text = (name) => (values[name] ?? '').trim();
  const list = (name) => text(name).split(/\s*,\s*/).filter(Boolean);
  const measures = [];
  for (let i = 0; i < MEASURES; i++) {
    const p = `measures[${i}]`;
    if (['id', 'name', 'unit', 'target'].some((f) => text(`${p}.${f}`)) || i === 0) {
      const target = text(`${p}.target`);
      measures.push({
        id: text(`${p}.id`), name: text(`${p}.name`), unit: text(`${p}.unit`), type: values[`${p}.type`] ?? null,
        direction: values[`${p}.direction`] ?? null, period: values[`${p}.period`] ?? null,
        ...(target ? { target: Number.isFinite(Number(target)) ? Number(target) : target } : {}),
      });
    }
  }
  const providers = [];
  for (let i = 0; i < PROVIDERS; i++) {
    const p = `providers[${i}]`;
    if (['id', 'name', 'leadGroups'].some((f) => text(`${p}.${f}`)) || i === 0) {
      providers.push({ id: text(`${p}.id`), name: text(`${p}.name`), leadGroups: list(`${p}.leadGroups`) });
    }
  }
  const participants = text('participants').split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((line) => {
    const [name, email, prov] = line.split(/\s*,\s*/);
    return { name, email, ...(prov ? { provider: prov } : {}) };
  });
  const managers = list('managers');
  return { id: text('id'), name: text('name'), aim: text('aim'), measures, providers, participants,
    managers: managers.length ? managers : [me.subject] };
}

page({ roles: ['manager'], current: 'programmes.html' }, async ({ me, cfg, rerender, values = {}, errors = [] }) => {
  const byName = Object.fromEntries(errors.map((e) => [e.field, e.text]));
  const ctx = { values: { managers: me.subject, ...values }, errors: byName };
  return {
    title: 'Register a programme',
    error: errors.length > 0,
    breadcrumbs: [{ href: 'programmes.html', text: 'Programmes' }],
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${errors.length ? errorSummary(errors.map((e) => (known(e.field) ? { href: `#${idOf(e.field)}`, text: e.text } : { text: e.text }))) : ''}
      <h1>Register a programme</h1>
      ${cfg.local ? html`<p><button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" id="example">Fill in the example programme</button></p>` : ''}
      <form id="programme-form" novalidate>
        ${field('id', 'Programme id', { ...ctx, hint: 'Short and unique, used in addresses, for example ed-flow', width: ' nhsuk-input--width-20' })}
        ${field('name', 'Name', ctx)}
        ${field('aim', 'Aim', { ...ctx, type: 'textarea', hint: 'What, how much, for whom, by when' })}
        <h2>Measures</h2>
        ${Array.from({ length: MEASURES }, (_, i) => measure(i, ctx))}
        <h2>Providers</h2>
        ${Array.from({ length: PROVIDERS }, (_, i) => provider(i, ctx))}
        <h2>People</h2>
        ${field('managers', 'Managers', { ...ctx, hint: 'User names, separated by commas; you must be one of them' })}
        ${field('participants', 'Participants to tell (optional)', { ...ctx, type: 'textarea', hint: 'One a line: name, email, provider id' })}
        <button class="nhsuk-button" data-module="nhsuk-button" type="submit">Register programme</button>
      </form></div></div>`,
    after(main) {
      const form = main.querySelector('#programme-form');
      const read = () => {
        const out = {};
        new FormData(form).forEach((v, k) => { out[k] = String(v); });
        return out;
      };
      main.querySelector('#example')?.addEventListener('click', () => rerender({ values: { ...EXAMPLE, managers: me.subject } }));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const typed = read();
        try {
          const created = await api('/programmes', { method: 'POST', body: body(typed, me) });
          location.assign(`programme.html?id=${encodeURIComponent(created.id)}`);
        } catch (error) {
          if (error instanceof ApiError && error.status === 422 && error.errors.length) {
            await rerender({ values: typed, errors: error.errors.map((e) => ({ field: e.field, text: `${spoken(e.field)} ${e.reason}` })) });
          } else {
            await rerender({ values: typed, errors: [{ text: `The programme could not be registered: ${error.message}` }] });
          }
        }
      });
    },
  };
});
