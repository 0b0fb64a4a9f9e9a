// NHS.UK design system components as HTML (the markup of nhsuk-frontend 10's templates).

import { html, raw, safeId } from './html.js';

export function tag(text, colour) {
  return html`<strong class="nhsuk-tag${colour ? ` nhsuk-tag--${colour}` : ''}">${text}</strong>`;
}

/** rows: [{ key, value (text or markup), action?: { href, text, hidden } }] */
export function summaryList(rows, { noBorder = false } = {}) {
  return html`<dl class="nhsuk-summary-list${noBorder ? ' nhsuk-summary-list--no-border' : ''}">${rows
    .filter((r) => r)
    .map((r) => html`<div class="nhsuk-summary-list__row">
      <dt class="nhsuk-summary-list__key">${r.key}</dt>
      <dd class="nhsuk-summary-list__value">${r.value ?? html`<span class="nhsuk-u-secondary-text-colour">Not given</span>`}</dd>
      ${r.action ? html`<dd class="nhsuk-summary-list__actions"><a class="nhsuk-link" href="${r.action.href}">${r.action.text}<span class="nhsuk-u-visually-hidden"> ${r.action.hidden}</span></a></dd>` : ''}
    </div>`)}</dl>`;
}

let tables = 0;

/**
 * A table: head is a list of column titles; rows are lists of cells (text or markup); the first cell may head its
 * row. scroll: wide tables scroll sideways inside their column (the NHS.UK scrolling table).
 */
export function table({ caption, captionSize = 'm', head, rows, numeric = [], firstCellIsHeader = false, id, scroll = false }) {
  tables += 1;
  const captionId = `${id ?? 'table'}-caption-${tables}`;
  const markup = html`<table class="nhsuk-table"${id ? html` id="${id}"` : ''}>
    ${caption ? html`<caption class="nhsuk-table__caption nhsuk-table__caption--${captionSize}" id="${captionId}">${caption}</caption>` : ''}
    <thead class="nhsuk-table__head"><tr class="nhsuk-table__row">${head.map((h, i) => html`<th class="nhsuk-table__header${numeric.includes(i) ? ' nhsuk-table__header--numeric' : ''}" scope="col">${h}</th>`)}</tr></thead>
    <tbody class="nhsuk-table__body">${rows.map((row) => html`<tr class="nhsuk-table__row">${row.map((cell, i) => (firstCellIsHeader && i === 0
    ? html`<th class="nhsuk-table__header" scope="row">${cell}</th>`
    : html`<td class="nhsuk-table__cell${numeric.includes(i) ? ' nhsuk-table__cell--numeric' : ''}">${cell}</td>`))}</tr>`)}</tbody>
  </table>`;
  return scroll && caption
    ? html`<div class="nhsuk-scroll" data-module="nhsuk-scroll"><div class="nhsuk-scroll__content" role="region" aria-labelledby="${captionId}">${markup}</div></div>`
    : markup;
}

/** The error summary: errors [{ href?, text }]. It takes focus when shown (nhsuk-frontend does so on init). */
export function errorSummary(errors, title = 'There is a problem') {
  return html`<div class="nhsuk-error-summary" data-module="nhsuk-error-summary"><div role="alert">
    <h2 class="nhsuk-error-summary__heading">${title}</h2>
    <div class="nhsuk-error-summary__body"><ul class="nhsuk-list nhsuk-error-summary__list">
      ${errors.map((e) => html`<li>${e.href ? html`<a href="${e.href}">${e.text}</a>` : e.text}</li>`)}
    </ul></div></div></div>`;
}

export function warningCallout(heading, body) {
  return html`<div class="nhsuk-card nhsuk-card--warning"><div class="nhsuk-card__content">
    <h3 class="nhsuk-card__heading"><span class="nhsuk-u-visually-hidden">Important: </span>${heading}</h3>
    ${body}</div></div>`;
}

export function insetText(body) {
  return html`<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span>${body}</div>`;
}

export function details(summary, body, { open = false } = {}) {
  return html`<details class="nhsuk-details"${open ? raw(' open') : ''}><summary class="nhsuk-details__summary">
    <span class="nhsuk-details__summary-text">${summary}</span></summary>
    <div class="nhsuk-details__text">${body}</div></details>`;
}

export function successBanner(heading, body = '') {
  return html`<div class="nhsuk-notification-banner nhsuk-notification-banner--success" data-module="nhsuk-notification-banner" role="alert" aria-labelledby="banner-title">
    <div class="nhsuk-notification-banner__header"><h2 class="nhsuk-notification-banner__title" id="banner-title">Success</h2></div>
    <div class="nhsuk-notification-banner__content"><h3 class="nhsuk-notification-banner__heading">${heading}</h3>${body}</div></div>`;
}

export function breadcrumbs(items) {
  if (!items?.length) {
    return html``;
  }
  const back = items[items.length - 1];
  return html`<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol class="nhsuk-breadcrumb__list">
    ${items.map((i) => html`<li class="nhsuk-breadcrumb__list-item"><a class="nhsuk-breadcrumb__link" href="${i.href}">${i.text}</a></li>`)}
    </ol><a class="nhsuk-back-link" href="${back.href}"><span class="nhsuk-u-visually-hidden">Back to </span>${back.text}</a></nav>`;
}

const ARROW_LEFT = raw('<svg class="nhsuk-icon nhsuk-icon--arrow-left" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true"><path d="M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z"/></svg>');
const ARROW_RIGHT = raw('<svg class="nhsuk-icon nhsuk-icon--arrow-right" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true"><path d="m14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z"/></svg>');

/** Previous/next pagination between pages of a list: page is 1-based; href(n) gives a page's address. */
export function pagination({ page, pages, href }) {
  if (pages <= 1) {
    return html``;
  }
  return html`<nav class="nhsuk-pagination" role="navigation" aria-label="Pagination"><ul class="nhsuk-list nhsuk-pagination__list">
    ${page > 1 ? html`<li class="nhsuk-pagination-item--previous"><a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href="${href(page - 1)}" rel="prev">
      <span class="nhsuk-pagination__title">Previous<span class="nhsuk-u-visually-hidden"> page</span></span><span class="nhsuk-u-visually-hidden">:</span>
      <span class="nhsuk-pagination__page">Page ${page - 1} of ${pages}</span>${ARROW_LEFT}</a></li>` : ''}
    ${page < pages ? html`<li class="nhsuk-pagination-item--next"><a class="nhsuk-pagination__link nhsuk-pagination__link--next" href="${href(page + 1)}" rel="next">
      <span class="nhsuk-pagination__title">Next<span class="nhsuk-u-visually-hidden"> page</span></span><span class="nhsuk-u-visually-hidden">:</span>
      <span class="nhsuk-pagination__page">Page ${page + 1} of ${pages}</span>${ARROW_RIGHT}</a></li>` : ''}
  </ul></nav>`;
}

/** The NHS task list: items [{ name, href?, hint?, status, statusColour? }]. */
export function taskList(items, idPrefix) {
  return html`<ul class="nhsuk-task-list">${items.map((item, i) => {
    const id = safeId(idPrefix, i + 1);
    const status = item.statusColour
      ? html`<strong class="nhsuk-tag nhsuk-tag--${item.statusColour}">${item.status}</strong>`
      : html`<strong class="nhsuk-tag nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal">${item.status}</strong>`;
    const describedBy = `${item.hint ? `${id}-hint ` : ''}${id}-status`;
    return html`<li class="nhsuk-task-list__item${item.href ? ' nhsuk-task-list__item--with-link' : ''}">
      <div class="nhsuk-task-list__name-and-hint">
        ${item.href ? html`<a class="nhsuk-task-list__link nhsuk-link" href="${item.href}" aria-describedby="${describedBy}">${item.name}</a>` : html`<div>${item.name}</div>`}
        ${item.hint ? html`<div class="nhsuk-task-list__hint" id="${id}-hint">${item.hint}</div>` : ''}
      </div>
      <div class="nhsuk-task-list__status" id="${id}-status">${status}</div></li>`;
  })}</ul>`;
}

/** A date (ISO date or date-time) as people read it: 4 March 2024. */
export function formatDate(value, { time = false } = {}) {
  if (!value) {
    return '';
  }
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) {
    return String(value);
  }
  const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  if (time) {
    Object.assign(options, { hour: '2-digit', minute: '2-digit', timeZone: undefined });
  }
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}
