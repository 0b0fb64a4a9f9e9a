// A cycle: where it stands in plan-do-study-act, its plan, the timeline of steps taken, each measure with its SPC
// chart (and the data as a table), and the decision.

import { api, ApiError } from '../api.js';
import { page } from '../app.js';
import { formatDate, summaryList, table, taskList, warningCallout } from '../components.js';
import { actTag, statusTag } from '../labels.js';
import { html } from '../html.js';
import { assuranceIcon, chartData, chartFigure, variationIcon, verdictTag } from '../spc.js';

/** Plan, do, study and act as a task list: what is done, what is under way, what cannot start yet. */
function steps(cycle) {
  const order = ['planning', 'doing', 'studying'];
  const at = cycle.decision ? 3 : Math.max(0, order.indexOf(cycle.status));
  const state = (i) => {
    if (i < at || (i === 3 && cycle.decision)) {
      return { status: 'Completed' };
    }
    return i === at ? { status: 'In progress', statusColour: 'blue' } : { status: 'Cannot start yet' };
  };
  return taskList([
    { name: 'Plan: the change, the prediction and the data plan', ...state(0) },
    { name: 'Do: test the change and collect the data', ...state(1) },
    { name: 'Study: compare the test window with the baseline', ...state(2) },
    { name: cycle.decision ? html`Act: ${cycle.decision.act}` : 'Act: adopt, adapt or abandon', ...state(3) },
  ], 'step');
}

function plan(p, measures) {
  if (!p) {
    return html`<p class="nhsuk-body">The cycle has not been planned yet.</p>`;
  }
  const names = Object.fromEntries(measures.map((m) => [m.id, m.name]));
  const predicted = (p.predictions ?? []).map((x) => `${names[x.measureId] ?? x.measureId}: ${x.change === 'no-change' ? 'no special cause concern' : `${x.change} expected`}`);
  return summaryList([
    { key: 'Change idea', value: p.changeIdea },
    { key: 'Question', value: p.question },
    { key: 'Prediction', value: p.predictions?.[0]?.statement },
    { key: 'Measures', value: predicted.length ? html`<ul class="nhsuk-list">${predicted.map((t) => html`<li>${t}</li>`)}</ul>` : null },
    { key: 'Data plan', value: p.dataPlan },
    { key: 'Who', value: p.who },
    { key: 'Scale', value: p.what },
    { key: 'Where', value: p.where },
    { key: 'When', value: p.when },
    { key: 'Test window', value: p.testWindow ? `${formatDate(p.testWindow.start)} to ${formatDate(p.testWindow.end)}` : null },
    { key: 'Baseline', value: p.baseline ? `${formatDate(p.baseline.start)} to ${formatDate(p.baseline.end)}` : null },
  ]);
}

function timeline(entries) {
  if (!entries?.length) {
    return html`<p class="nhsuk-body">Nothing has happened yet.</p>`;
  }
  return table({
    caption: 'Steps taken in this cycle',
    captionSize: 's',
    head: ['When', 'Step', 'What happened', 'By'],
    rows: entries.map((e) => [formatDate(e.at, { time: true }), e.event, e.detail ?? '', e.actor ?? '']),
  });
}

function measure(m) {
  const s = m.study;
  return html`<section class="pdsa-measure" aria-labelledby="measure-${m.id}">
    <h3 id="measure-${m.id}">${m.name}</h3>
    ${summaryList([
    { key: 'Type', value: `${m.type} measure, ${m.direction === 'neutral' ? 'no improvement direction' : `${m.direction} is better`}${m.unit ? ` (${m.unit})` : ''}` },
    { key: 'Result', value: verdictTag(s?.verdict) },
    { key: 'Variation', value: variationIcon(s?.variationIcon, m.direction) },
    { key: 'Assurance', value: assuranceIcon(s?.assuranceIcon) },
    s && s.predictionMet !== undefined ? { key: 'Prediction met', value: s.predictionMet ? 'Yes' : 'No' } : null,
  ])}
    ${s?.humanReviewNeeded ? warningCallout('Look at this balancing measure', html`<p>It shows special cause concern: the change may cause harm elsewhere.</p>`) : ''}
    ${chartFigure(m.chartSvg, `cycle-${m.id}`)}
    ${chartData({ analysis: s?.analysis, series: m.series, caption: m.name, unit: m.unit })}
  </section>`;
}

function decision(d) {
  if (!d) {
    return html`<p class="nhsuk-body">No decision yet.</p>`;
  }
  return summaryList([
    { key: 'Decision', value: actTag(d.act) },
    { key: 'Why', value: d.rationale },
    { key: 'Decided by', value: d.decidedBy },
    { key: 'Decided on', value: formatDate(d.decidedAt, { time: true }) },
  ]);
}

page({ roles: ['staff', 'manager', 'provider'] }, async ({ me, params }) => {
  const id = params.get('id');
  if (!id) {
    throw new ApiError(404, { detail: 'No cycle was named in the address (cycle.html?id=...).' });
  }
  const cycle = await api(`/cycles/${encodeURIComponent(id)}?include=charts`);
  const openTasks = me.role === 'provider' ? [] : await api(`/tasks?cycle=${encodeURIComponent(id)}`)
    .then((r) => r.tasks).catch(() => []);
  const measures = cycle.measures ?? [];
  return {
    title: `Cycle ${cycle.number} at ${cycle.providerName ?? cycle.providerId}`,
    breadcrumbs: me.role === 'manager'
      ? [{ href: 'programmes.html', text: 'Programmes' }, { href: `programme.html?id=${encodeURIComponent(cycle.programmeId)}`, text: cycle.programmeId }]
      : [{ href: me.role === 'provider' ? 'provider.html' : 'tasks.html', text: me.role === 'provider' ? 'Submit data and start cycles' : 'My tasks' }],
    body: html`
      <span class="nhsuk-caption-l">${cycle.programmeId} · ${cycle.id}</span>
      <h1>Cycle ${cycle.number} at ${cycle.providerName ?? cycle.providerId} ${statusTag(cycle.status)}</h1>
      ${openTasks.length ? html`<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span>
        <p>Waiting for: ${openTasks.map((t, i) => html`${i ? ', ' : ''}<a class="nhsuk-link" href="task.html?key=${encodeURIComponent(t.key)}">${t.name}</a>`)}</p></div>` : ''}
      <h2>Progress</h2>
      ${steps(cycle)}
      <h2>Plan</h2>
      ${plan(cycle.plan, measures)}
      <h2>Measures</h2>
      ${measures.length ? measures.map(measure) : html`<p class="nhsuk-body">No measures.</p>`}
      <h2>Timeline</h2>
      ${timeline(cycle.timeline)}
      <h2>Decision</h2>
      ${decision(cycle.decision)}`,
  };
});
