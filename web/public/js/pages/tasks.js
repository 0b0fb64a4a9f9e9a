// My tasks: open tasks assigned to me or offered to my groups (staff: within my provider), with due dates,
// overdue tags and a claim button; ten to a page.

import { api, ApiError } from '../api.js';
import { page } from '../app.js';
import { errorSummary, formatDate, pagination, successBanner, table, tag } from '../components.js';
import { html } from '../html.js';
import { isOverdue } from '../labels.js';

const PAGE_SIZE = 10;

function status(task, me) {
  if (!task.assignee) {
    return tag('Not claimed', 'grey');
  }
  return task.assignee === me.subject ? tag('Claimed by you', 'blue') : tag(`Claimed by ${task.assignee}`, 'white');
}

function due(task) {
  if (!task.dueDate) {
    return html`<span class="nhsuk-u-secondary-text-colour">No due date</span>`;
  }
  return html`${formatDate(task.dueDate)}${isOverdue(task) ? html` ${tag('Overdue', 'red')}` : ''}`;
}

function claimButton(task) {
  return html`<button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" type="button"
    data-claim="${task.key}">Claim<span class="nhsuk-u-visually-hidden"> ${task.name} for ${task.providerName ?? task.providerId}</span></button>`;
}

page({ roles: ['staff', 'manager'], current: 'tasks.html' }, async ({ me, params, rerender, notice, problem }) => {
  const { tasks } = await api('/tasks');
  const sorted = [...tasks].sort((a, b) => String(a.dueDate ?? '9999').localeCompare(String(b.dueDate ?? '9999')));
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const current = Math.min(pages, Math.max(1, Number(params.get('page')) || 1));
  const shown = sorted.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const overdue = sorted.filter((t) => isOverdue(t)).length;
  return {
    title: 'My tasks',
    breadcrumbs: [{ href: 'index.html', text: 'Home' }],
    body: html`
      ${problem ? errorSummary([{ text: problem }]) : ''}
      ${notice ? successBanner(notice) : ''}
      <h1>My tasks</h1>
      <p class="nhsuk-lede-text">Tasks assigned to you or to your groups${me.provider ? html` at ${me.provider}` : ''}.</p>
      ${sorted.length === 0 ? html`<p class="nhsuk-body" data-testid="no-tasks">You have no tasks waiting.</p>` : html`
        <p class="nhsuk-body">${sorted.length} ${sorted.length === 1 ? 'task' : 'tasks'}${overdue ? html`, <strong>${overdue} overdue</strong>` : ''}.</p>
        ${table({
    caption: `Tasks${pages > 1 ? ` (page ${current} of ${pages})` : ''}`,
    captionSize: 's',
    id: 'tasks',
    scroll: true,
    head: ['Task', 'Provider', 'Cycle', 'Due', 'Status', html`<span class="nhsuk-u-visually-hidden">Action</span>`],
    rows: shown.map((t) => [
      html`<a class="nhsuk-link" href="task.html?key=${encodeURIComponent(t.key)}">${t.name ?? t.elementId}</a>`,
      t.providerName ?? t.providerId ?? '',
      t.cycleId ? html`<a class="nhsuk-link" href="cycle.html?id=${encodeURIComponent(t.cycleId)}">Cycle ${t.cycleNumber ?? ''}<span class="nhsuk-u-visually-hidden"> ${t.cycleId}</span></a>` : '',
      due(t),
      status(t, me),
      t.assignee ? '' : claimButton(t),
    ]),
  })}
        ${pagination({ page: current, pages, href: (n) => `tasks.html?page=${n}` })}`}`,
    after(main) {
      main.querySelectorAll('[data-claim]').forEach((button) => button.addEventListener('click', async () => {
        button.disabled = true;
        const task = tasks.find((t) => t.key === button.dataset.claim);
        try {
          await api(`/tasks/${encodeURIComponent(button.dataset.claim)}/assignment`, { method: 'POST', body: {} });
          await rerender({ notice: `You claimed "${task?.name ?? 'the task'}"` });
        } catch (error) {
          if (!(error instanceof ApiError)) {
            throw error;
          }
          await rerender({ problem: `The task could not be claimed: ${error.message}` });
        }
      }));
    },
  };
});
