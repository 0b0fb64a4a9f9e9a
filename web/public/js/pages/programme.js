// A programme for its manager (and its members): the aim and measures, every provider's cycles with their status
// and SPC variation icons, runs, and the way to start a run and to the learning.

import { api, ApiError } from '../api.js';
import { page } from '../app.js';
import { errorSummary, formatDate, insetText, successBanner, summaryList, table } from '../components.js';
import { html } from '../html.js';
import { statusTag } from '../labels.js';
import { variationIcon } from '../spc.js';

function cycleCell(cycle, measures) {
  const byId = Object.fromEntries(measures.map((m) => [m.id, m]));
  return html`<div class="pdsa-cycle-cell">
    <a class="nhsuk-link" href="cycle.html?id=${encodeURIComponent(cycle.id)}">${cycle.id}</a><br>
    ${statusTag(cycle.status)}
    ${(cycle.measures ?? []).length ? html`<ul class="nhsuk-list nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">${cycle.measures.map((m) => html`
      <li><span class="nhsuk-u-font-size-16">${byId[m.measureId]?.name ?? m.measureId}:</span>
        ${variationIcon(m.variationIcon, byId[m.measureId]?.direction)}</li>`)}</ul>` : ''}
  </div>`;
}

/** Providers down, cycle numbers across; a cell lists the provider's cycles of that number. */
function matrix(programme) {
  const cycles = programme.cycles ?? [];
  const highest = Math.max(1, ...cycles.map((c) => c.number));
  const numbers = Array.from({ length: highest }, (_, i) => i + 1);
  return table({
    caption: 'Cycles by provider',
    id: 'cycles',
    scroll: true,
    head: ['Provider', ...numbers.map((n) => `Cycle ${n}`)],
    firstCellIsHeader: true,
    rows: programme.providers.map((p) => [p.name, ...numbers.map((n) => {
      const here = cycles.filter((c) => c.providerId === p.id && c.number === n);
      return here.length ? html`${here.map((c) => cycleCell(c, programme.measures))}`
        : html`<span class="nhsuk-u-secondary-text-colour">No cycle</span>`;
    })]),
  });
}

function measures(list) {
  return table({
    caption: 'Measures',
    head: ['Measure', 'Type', 'Better when', 'Target', 'Period'],
    rows: list.map((m) => [m.name, m.type, m.direction === 'neutral' ? 'no direction' : `${m.direction}s`,
      m.target ?? 'None', m.period]),
  });
}

page({ roles: ['manager', 'staff', 'provider'], current: 'programmes.html' }, async ({ me, params, rerender, notice, problem }) => {
  const id = params.get('id');
  if (!id) {
    throw new ApiError(404, { detail: 'No programme was named in the address (programme.html?id=...).' });
  }
  const programme = await api(`/programmes/${encodeURIComponent(id)}`);
  const manages = me.role === 'manager' && (programme.managers ?? []).includes(me.subject);
  const runs = programme.runs ?? [];
  const verdicts = (programme.cycles ?? []).flatMap((c) => c.measures ?? []);
  return {
    title: programme.name,
    breadcrumbs: me.role === 'manager' ? [{ href: 'programmes.html', text: 'Programmes' }] : [{ href: 'index.html', text: 'Home' }],
    body: html`
      ${problem ? errorSummary([{ text: problem }]) : ''}
      ${notice ? successBanner(notice) : ''}
      <span class="nhsuk-caption-l">Programme ${programme.id}</span>
      <h1>${programme.name}</h1>
      ${insetText(html`<p><strong>Aim:</strong> ${programme.aim}</p>`)}
      <p><a class="nhsuk-link" href="learning.html?id=${encodeURIComponent(programme.id)}">See what the programme has learned</a></p>
      ${matrix(programme)}
      ${verdicts.length ? html`<p class="nhsuk-body-s">Variation icons as in Making Data Count: H or L marks a special cause
        high or low, ~ common cause; the words say whether it is an improvement or a concern.</p>` : ''}
      <h2>Runs</h2>
      ${runs.length ? table({
    caption: 'Programme runs',
    captionSize: 's',
    head: ['Run', 'Started', 'By'],
    rows: runs.map((r) => [r.id, formatDate(r.startedAt, { time: true }), r.startedBy]),
  }) : html`<p class="nhsuk-body">No run has been started yet.</p>`}
      ${manages ? html`<form id="start-run" novalidate>
        <p class="nhsuk-body">A run starts a cycle at every provider (${programme.providers.map((p) => p.name).join(', ')}),
          each with a plan to complete by its leads.</p>
        <button class="nhsuk-button" data-module="nhsuk-button" type="submit">Start a programme run</button></form>` : ''}
      ${measures(programme.measures ?? [])}
      <h2>People</h2>
      ${summaryList([
    { key: 'Providers', value: html`<ul class="nhsuk-list">${programme.providers.map((p) => html`<li>${p.name} (${p.id}), leads: ${(p.leadGroups ?? []).join(', ')}</li>`)}</ul>` },
    { key: 'Managers', value: (programme.managers ?? []).join(', ') },
    { key: 'Participants told', value: (programme.participants ?? []).length ? (programme.participants ?? []).map((p) => p.name).join(', ') : null },
  ])}`,
    after(main) {
      main.querySelector('#start-run')?.addEventListener('submit', async (event) => {
        event.preventDefault();
        event.submitter?.setAttribute('disabled', '');
        try {
          const run = await api(`/programmes/${encodeURIComponent(id)}/runs`, { method: 'POST', body: {} });
          await rerender({ notice: `Run ${run.id} started: every provider has a cycle to plan` });
        } catch (error) {
          await rerender({ problem: `The run could not be started: ${error.message}` });
        }
      });
    },
  };
});

