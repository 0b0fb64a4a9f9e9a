// For a provider's system account: submit measurement values (date,value lines, as ./pdsa spc reads them) and
// start a cycle for this provider in a programme.

import { api, ApiError } from '../api.js';
import { page } from '../app.js';
import { errorSummary, insetText, successBanner } from '../components.js';
import { html } from '../html.js';

/** "2024-01-01,41" lines (a header line and blank lines are skipped) as points; bad lines as errors. */
export function parsePoints(text) {
  const points = [];
  const lines = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed || /^(date|period)\s*,/i.test(trimmed)) {
      return;
    }
    const [period, value] = trimmed.split(/\s*[,;\t]\s*/);
    const number = Number(value);
    points.push({ period, value: value !== undefined && value !== '' && Number.isFinite(number) ? number : value ?? null });
    lines.push(index + 1);
  });
  return { points, lines };
}

function choose(missing, programmes) {
  return html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
    ${missing ? errorSummary([{ href: '#programme', text: 'Enter a programme id' }]) : ''}
    <h1>Submit data and start cycles</h1>
    ${programmes.length ? html`<h2>Programmes your organisation takes part in</h2><ul class="nhsuk-list">
      ${programmes.map((p) => html`<li><a class="nhsuk-link" href="provider.html?programme=${encodeURIComponent(p.id)}">${p.name}</a> (${p.id})</li>`)}
    </ul>` : ''}
    <form method="get" action="provider.html" novalidate>
      <div class="nhsuk-form-group${missing ? ' nhsuk-form-group--error' : ''}">
        <label class="nhsuk-label nhsuk-label--s" for="programme">Programme</label>
        <div class="nhsuk-hint" id="programme-hint">The id of the programme your organisation takes part in, for example ed-flow</div>
        ${missing ? html`<span class="nhsuk-error-message" id="programme-error"><span class="nhsuk-u-visually-hidden">Error: </span>Enter a programme id</span>` : ''}
        <input class="nhsuk-input nhsuk-input--width-20${missing ? ' nhsuk-input--error' : ''}" id="programme" name="programme" type="text" spellcheck="false" aria-describedby="programme-hint${missing ? ' programme-error' : ''}">
      </div>
      <button class="nhsuk-button" data-module="nhsuk-button" type="submit">Continue</button>
    </form></div></div>`;
}

page({ roles: ['provider'], current: 'provider.html' }, async ({ me, params, rerender, notice, errors, problem, entered }) => {
  const programmeId = params.get('programme')?.trim();
  if (!programmeId) {
    const { programmes } = await api('/programmes');
    return { title: 'Submit data and start cycles', error: params.has('programme'), body: choose(params.has('programme'), programmes) };
  }
  const programme = await api(`/programmes/${encodeURIComponent(programmeId)}`);
  const mine = (programme.cycles ?? []).filter((c) => c.providerId === me.provider);
  const fieldErrors = errors ?? [];
  const valuesError = fieldErrors.find((e) => e.href === '#values');
  const measureError = fieldErrors.find((e) => e.href === '#measure');
  return {
    title: `${programme.name}: data and cycles`,
    error: fieldErrors.length > 0 || Boolean(problem),
    breadcrumbs: [{ href: 'provider.html', text: 'Submit data and start cycles' }],
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${fieldErrors.length || problem ? errorSummary([...fieldErrors, ...(problem ? [{ text: problem }] : [])]) : ''}
      ${notice ? successBanner(notice.heading, notice.body) : ''}
      <span class="nhsuk-caption-l">${me.provider} in ${programme.name}</span>
      <h1>Submit data and start cycles</h1>
      <h2>Submit measurement values</h2>
      <form id="submit-values" novalidate>
        <div class="nhsuk-form-group${measureError ? ' nhsuk-form-group--error' : ''}">
          <fieldset class="nhsuk-fieldset"${measureError ? html` aria-describedby="measure-error"` : ''}>
            <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Measure</legend>
            ${measureError ? html`<span class="nhsuk-error-message" id="measure-error"><span class="nhsuk-u-visually-hidden">Error: </span>${measureError.text}</span>` : ''}
            <div class="nhsuk-radios" data-module="nhsuk-radios">
              ${programme.measures.map((m, i) => html`<div class="nhsuk-radios__item">
                <input class="nhsuk-radios__input" id="${i ? `measure-${i + 1}` : 'measure'}" name="measure" type="radio" value="${m.id}"${entered?.measure === m.id ? html` checked` : ''}>
                <label class="nhsuk-label nhsuk-radios__label" for="${i ? `measure-${i + 1}` : 'measure'}">${m.name} (${m.unit}, per ${m.period})</label></div>`)}
            </div></fieldset></div>
        <div class="nhsuk-form-group${valuesError ? ' nhsuk-form-group--error' : ''}">
          <label class="nhsuk-label nhsuk-label--s" for="values">Values</label>
          <div class="nhsuk-hint" id="values-hint">One period a line: its first day, a comma, the value. For example 2024-01-01,41.
            Weeks start on Mondays; months on the 1st. A period sent again replaces its value.</div>
          ${valuesError ? html`<span class="nhsuk-error-message" id="values-error"><span class="nhsuk-u-visually-hidden">Error: </span>${valuesError.text}</span>` : ''}
          <textarea class="nhsuk-textarea${valuesError ? ' nhsuk-textarea--error' : ''}" id="values" name="values" rows="8" spellcheck="false" aria-describedby="values-hint${valuesError ? ' values-error' : ''}">${entered?.values ?? ''}</textarea>
        </div>
        <button class="nhsuk-button" data-module="nhsuk-button" type="submit">Submit values</button>
      </form>
      <h2>Start a cycle</h2>
      ${mine.length ? insetText(html`<p>Your cycles: ${mine.map((c, i) => html`${i ? ', ' : ''}<a class="nhsuk-link" href="cycle.html?id=${encodeURIComponent(c.id)}">${c.id}</a> (${c.status})`)}</p>`) : ''}
      <p class="nhsuk-body">A cycle tests one change idea at ${me.provider}. Your leads then plan it in their task list.</p>
      <form id="start-cycle" novalidate><button class="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button" type="submit">Start a cycle</button></form>
    </div></div>`,
    after(main) {
      main.querySelector('#submit-values').addEventListener('submit', async (event) => {
        event.preventDefault();
        const form = event.target;
        const measure = form.querySelector('input[name=measure]:checked')?.value;
        const typed = form.elements.namedItem('values').value;
        const keep = { measure, values: typed };
        const { points, lines } = parsePoints(typed);
        const local = [];
        if (!measure) local.push({ href: '#measure', text: 'Select the measure the values are for' });
        if (!points.length) local.push({ href: '#values', text: 'Enter at least one line: a date, a comma and a value' });
        if (local.length) {
          await rerender({ errors: local, entered: keep });
          return;
        }
        try {
          const answer = await api(`/providers/${encodeURIComponent(me.provider)}/measurements`, {
            method: 'POST', body: { programme: programme.id, measure, points },
          });
          const count = answer?.accepted ?? answer?.points?.length ?? points.length;
          await rerender({ notice: { heading: `${count} ${count === 1 ? 'value' : 'values'} submitted for ${measure}` } });
        } catch (error) {
          if (error instanceof ApiError && error.status === 422 && error.errors.length) {
            const messages = error.errors.map((e) => {
              const at = /^points\[(\d+)\]/.exec(e.field ?? '');
              const where = at ? `Line ${lines[Number(at[1])]}: ` : `${e.field}: `;
              return { href: e.field === 'measure' ? '#measure' : '#values', text: `${where}${e.reason}` };
            });
            await rerender({ errors: messages, entered: keep });
          } else {
            await rerender({ problem: `The values could not be submitted: ${error.message}`, entered: keep });
          }
        }
      });
      main.querySelector('#start-cycle').addEventListener('submit', async (event) => {
        event.preventDefault();
        try {
          const cycle = await api('/cycles', { method: 'POST', body: { programme: programme.id } });
          await rerender({
            notice: {
              heading: `Cycle ${cycle.id} started`,
              body: html`<p>Its plan is waiting in your leads' task lists. <a class="nhsuk-notification-banner__link" href="cycle.html?id=${encodeURIComponent(cycle.id)}">View the cycle</a></p>`,
            },
          });
        } catch (error) {
          await rerender({ problem: `The cycle could not be started: ${error.message}` });
        }
      });
    },
  };
});
