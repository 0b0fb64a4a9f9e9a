// Learning: every decision across the programme's providers with its evidence (SPC charts with their data), five
// to a page, and all of it as CSV.

import { api, ApiError } from '../api.js';
import { page } from '../app.js';
import { formatDate, pagination, summaryList, table } from '../components.js';
import { learningRows, toCsv } from '../csv.js';
import { html } from '../html.js';
import { actTag, actText } from '../labels.js';
import { assuranceIcon, chartData, chartFigure, variationIcon, verdictTag } from '../spc.js';

const PAGE_SIZE = 5;

function evidence(e, d) {
  const spc = e.spc ?? {};
  const analysis = spc.points ? spc : spc.analysis;
  const name = e.measureName ?? e.measureId;
  return html`<section class="pdsa-measure" aria-label="${name}, ${d.providerName ?? d.providerId} cycle ${d.cycleNumber}">
    <h3 class="nhsuk-heading-s">${name}</h3>
    ${summaryList([
    { key: 'Result', value: verdictTag(spc.verdict) },
    { key: 'Variation', value: variationIcon(spc.variationIcon ?? analysis?.variationIcon, e.direction) },
    { key: 'Assurance', value: assuranceIcon(spc.assuranceIcon ?? analysis?.assuranceIcon) },
    spc.predictionSummary ? { key: 'Prediction', value: spc.predictionSummary } : null,
  ], { noBorder: true })}
    ${chartFigure(e.chartSvg, `${d.cycleId}-${e.measureId}`)}
    ${chartData({ analysis, series: e.series, caption: `${name} at ${d.providerName ?? d.providerId}, cycle ${d.cycleNumber}`, unit: e.unit })}
  </section>`;
}

function decision(d) {
  return html`<article class="pdsa-decision nhsuk-u-margin-bottom-7" aria-labelledby="decision-${d.cycleId}">
    <h2 id="decision-${d.cycleId}">${d.providerName ?? d.providerId}, cycle ${d.cycleNumber}: ${actText(d.act)}</h2>
    ${summaryList([
    { key: 'Change idea', value: d.changeIdea },
    { key: 'Question', value: d.question },
    { key: 'Decision', value: actTag(d.act) },
    { key: 'Why', value: d.rationale },
    { key: 'Decided', value: `${formatDate(d.decidedAt, { time: true })}${d.decidedBy ? ` by ${d.decidedBy}` : ''}` },
    { key: 'Cycle', value: html`<a class="nhsuk-link" href="cycle.html?id=${encodeURIComponent(d.cycleId)}">${d.cycleId}</a>` },
  ])}
    ${(d.evidence ?? []).length ? d.evidence.map((e) => evidence(e, d)) : html`<p class="nhsuk-body">No measures were studied.</p>`}
  </article>`;
}

page({ roles: ['manager', 'staff', 'provider'], current: 'programmes.html' }, async ({ me, params }) => {
  const id = params.get('id');
  if (!id) {
    throw new ApiError(404, { detail: 'No programme was named in the address (learning.html?id=...).' });
  }
  const learning = await api(`/programmes/${encodeURIComponent(id)}/learning?include=charts`);
  const decisions = learning.decisions ?? [];
  const pages = Math.max(1, Math.ceil(decisions.length / PAGE_SIZE));
  const current = Math.min(pages, Math.max(1, Number(params.get('page')) || 1));
  const counts = learning.counts ?? {};
  const { header, rows } = learningRows(learning);
  const csv = toCsv(header, rows);
  return {
    title: `Learning: ${learning.name}`,
    breadcrumbs: [
      ...(me.role === 'manager' ? [{ href: 'programmes.html', text: 'Programmes' }] : []),
      { href: `programme.html?id=${encodeURIComponent(id)}`, text: learning.name },
    ],
    body: html`
      <span class="nhsuk-caption-l">${learning.name}</span>
      <h1>What the programme has learned</h1>
      <p class="nhsuk-lede-text">${learning.aim}</p>
      ${table({
    caption: 'Decisions so far',
    captionSize: 's',
    head: ['Adopted', 'Adapted', 'Abandoned', 'All'],
    numeric: [0, 1, 2, 3],
    rows: [[counts.adopt ?? 0, counts.adapt ?? 0, counts.abandon ?? 0, decisions.length]],
  })}
      <p><a class="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button" role="button" draggable="false" id="download-csv"
        download="learning-${id}.csv" href="data:text/csv;charset=utf-8,${encodeURIComponent(csv)}">Download the learning as CSV</a></p>
      ${decisions.length === 0 ? html`<p class="nhsuk-body" data-testid="no-decisions">No cycle has been decided yet.</p>`
    : decisions.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map(decision)}
      ${pagination({ page: current, pages, href: (n) => `learning.html?id=${encodeURIComponent(id)}&page=${n}` })}`,
  };
});
