// One task: what it is, whose it is, its Camunda Form drawn with NHS.UK components, the API's validation in the
// error summary, and completion. The study-and-decide task shows the cycle's SPC charts and verdicts beside the form.

import { api, ApiError } from '../api.js';
import { page } from '../app.js';
import { errorSummary, formatDate, summaryList, tag, warningCallout } from '../components.js';
import { fieldErrors } from '../form/errors.js';
import { renderForm } from '../form/render.js';
import { readValues, watchConditions } from '../form/values.js';
import { html } from '../html.js';
import { assuranceIcon, chartData, chartFigure, variationIcon, verdictTag } from '../spc.js';
import { isOverdue } from '../labels.js';

const STUDY = 'task_study_and_decide';

function facts(task, me) {
  const claim = !task.assignee
    ? html`Not claimed <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0 nhsuk-u-margin-left-2" type="button" id="claim">Claim this task</button>`
    : task.assignee === me.subject ? 'You' : task.assignee;
  return summaryList([
    { key: 'Programme', value: task.programmeId },
    { key: 'Provider', value: task.providerName ?? task.providerId },
    task.cycleId ? { key: 'Cycle', value: html`<a class="nhsuk-link" href="cycle.html?id=${encodeURIComponent(task.cycleId)}">Cycle ${task.cycleNumber} (${task.cycleId})</a>` } : null,
    { key: 'Due', value: task.dueDate ? html`${formatDate(task.dueDate, { time: true })}${isOverdue(task) ? html` ${tag('Overdue', 'red')}` : ''}` : 'No due date' },
    { key: 'Assigned to', value: claim },
  ]);
}

/** The study's evidence: per measure its verdict, icons and chart with the data table. */
function evidence(cycle) {
  const measures = cycle?.measures ?? [];
  if (!measures.length) {
    return html`<p class="nhsuk-body">The cycle has no measures to show.</p>`;
  }
  const concern = measures.some((m) => m.study?.humanReviewNeeded);
  return html`<h2 class="nhsuk-heading-m">The evidence</h2>
    ${concern ? warningCallout('A balancing measure shows special cause concern', html`<p>Look at it before you adopt this change.</p>`) : ''}
    ${measures.map((m) => html`<section class="pdsa-measure" aria-labelledby="${`evidence-${m.id}`}">
      <h3 class="nhsuk-heading-s" id="${`evidence-${m.id}`}">${m.name}</h3>
      ${summaryList([
    { key: 'Result', value: verdictTag(m.study?.verdict) },
    { key: 'Variation', value: variationIcon(m.study?.variationIcon, m.direction) },
    { key: 'Assurance', value: assuranceIcon(m.study?.assuranceIcon) },
    { key: 'Prediction met', value: m.study?.predictionMet === undefined ? 'Not predicted' : (m.study.predictionMet ? 'Yes' : 'No') },
  ], { noBorder: true })}
      ${chartFigure(m.chartSvg, `study-${m.id}`)}
      ${chartData({ analysis: m.study?.analysis, series: m.series, caption: m.name, unit: m.unit })}
    </section>`)}`;
}

function completed(task) {
  return {
    title: 'Task completed',
    breadcrumbs: [{ href: 'tasks.html', text: 'My tasks' }],
    body: html`<div class="nhsuk-panel" data-testid="completed"><h1 class="nhsuk-panel__title">Task completed</h1>
      <div class="nhsuk-panel__body">${task.name}${task.providerName ? html` for ${task.providerName}` : ''}</div></div>
      <h2>What happens next</h2>
      <p>The cycle moves on to its next step. You will see new tasks for it in your task list when they are ready.</p>
      <ul class="nhsuk-list">
        <li><a class="nhsuk-link" href="tasks.html">Go to my tasks</a></li>
        ${task.cycleId ? html`<li><a class="nhsuk-link" href="cycle.html?id=${encodeURIComponent(task.cycleId)}">View cycle ${task.cycleNumber}</a></li>` : ''}
      </ul>`,
  };
}

page({ roles: ['staff', 'manager'] }, async ({ me, params, rerender, entered, errors, problem }) => {
  const key = params.get('key');
  if (!key) {
    throw new ApiError(404, { detail: 'No task was named in the address (task.html?key=...).' });
  }
  const [task, form] = await Promise.all([api(`/tasks/${encodeURIComponent(key)}`),
    api(`/tasks/${encodeURIComponent(key)}/form`)]);
  const isStudy = task.elementId === STUDY;
  const cycle = isStudy && task.cycleId
    ? await api(`/cycles/${encodeURIComponent(task.cycleId)}?include=charts`).catch(() => null) : null;
  const directions = Object.fromEntries((cycle?.measures ?? []).map((m) => [m.id, m.direction]));
  const data = { ...form.variables, ...(entered ?? {}) };
  const { byKey, summary } = fieldErrors(errors ?? [], form.schema);
  const open = task.state === 'CREATED' || task.state === 'ASSIGNED' || !task.state;
  const formHtml = html`
    <form id="task-form" novalidate>
      ${renderForm(form.schema, { data, errors: byKey, directions })}
      <button class="nhsuk-button" data-module="nhsuk-button" type="submit">Complete task</button>
    </form>`;
  const failures = [...summary, ...(problem ? [{ text: problem }] : [])];
  return {
    title: task.name ?? 'Task',
    error: failures.length > 0,
    breadcrumbs: [{ href: 'tasks.html', text: 'My tasks' }],
    body: html`
      ${failures.length ? errorSummary(failures) : ''}
      <span class="nhsuk-caption-l">${task.providerName ?? task.providerId}${task.cycleNumber ? html` · cycle ${task.cycleNumber}` : ''}</span>
      <h1>${task.name}</h1>
      ${facts(task, me)}
      ${!open ? html`<p class="nhsuk-body">This task is ${String(task.state).toLowerCase()} and can no longer be changed.</p>` : isStudy ? html`
        <div class="nhsuk-grid-row">
          <div class="nhsuk-grid-column-one-half">${formHtml}</div>
          <div class="nhsuk-grid-column-one-half pdsa-evidence">${cycle ? evidence(cycle) : html`<p class="nhsuk-body">The cycle's charts could not be loaded.</p>`}</div>
        </div>` : html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">${formHtml}</div></div>`}`,
    after(main) {
      main.querySelector('#claim')?.addEventListener('click', async () => {
        try {
          await api(`/tasks/${encodeURIComponent(key)}/assignment`, { method: 'POST', body: {} });
          await rerender({ entered: readValues(main.querySelector('#task-form'), form.schema, form.variables).entered });
        } catch (error) {
          await rerender({ problem: `The task could not be claimed: ${error.message}` });
        }
      });
      const el = main.querySelector('#task-form');
      if (!el) {
        return;
      }
      watchConditions(el, form.schema, form.variables);
      el.addEventListener('submit', async (event) => {
        event.preventDefault();
        const button = el.querySelector('button[type=submit]');
        button.disabled = true;
        const { variables, entered: typed } = readValues(el, form.schema, form.variables);
        try {
          await api(`/tasks/${encodeURIComponent(key)}/completion`, { method: 'POST', body: { variables } });
        } catch (error) {
          if (error instanceof ApiError && error.status === 422) {
            await rerender({ entered: typed, errors: error.errors.length ? error.errors : [{ field: '', reason: error.message }] });
          } else {
            // 403 (not yours any more), 409 (completed meanwhile) or a failure: say so above the form, keep the answers
            await rerender({ entered: typed, problem: `The task could not be completed: ${error.message}` });
          }
          return;
        }
        const view = completed(task);
        document.title = `${view.title} – PDSA improvement cycles`;
        document.getElementById('before').innerHTML = '';
        main.innerHTML = view.body.toString();
        main.querySelector('h1')?.setAttribute('tabindex', '-1');
        main.querySelector('h1')?.focus();
      });
    },
  };
});
