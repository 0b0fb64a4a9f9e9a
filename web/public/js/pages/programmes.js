// Programmes for a manager: open one by its id, or one opened before in this browser.

import { page } from '../app.js';
import { errorSummary } from '../components.js';
import { html } from '../html.js';
import { recentProgrammes } from '../recent.js';

page({ roles: ['manager'], current: 'programmes.html' }, async ({ params }) => {
  if (params.get('id')?.trim()) {
    location.assign(`programme.html?id=${encodeURIComponent(params.get('id').trim())}`);
    return new Promise(() => {});
  }
  const missing = params.has('id') && !params.get('id').trim();
  const recent = recentProgrammes();
  return {
    title: 'Programmes',
    error: missing,
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${missing ? errorSummary([{ href: '#programme-id', text: 'Enter a programme id' }]) : ''}
      <h1>Programmes</h1>
      ${recent.length ? html`<h2>Programmes you have opened</h2><ul class="nhsuk-list">
        ${recent.map((p) => html`<li><a class="nhsuk-link" href="programme.html?id=${encodeURIComponent(p.id)}">${p.name}</a> (${p.id})</li>`)}
      </ul>` : ''}
      <form action="programmes.html" method="get" novalidate>
        <div class="nhsuk-form-group${missing ? ' nhsuk-form-group--error' : ''}">
          <h2 class="nhsuk-label-wrapper"><label class="nhsuk-label nhsuk-label--m" for="programme-id">Open a programme</label></h2>
          <div class="nhsuk-hint" id="programme-id-hint">The id it was registered with, for example ed-flow</div>
          ${missing ? html`<span class="nhsuk-error-message" id="programme-id-error"><span class="nhsuk-u-visually-hidden">Error: </span>Enter a programme id</span>` : ''}
          <input class="nhsuk-input nhsuk-input--width-20${missing ? ' nhsuk-input--error' : ''}" id="programme-id" name="id" type="text" spellcheck="false"
            aria-describedby="programme-id-hint${missing ? ' programme-id-error' : ''}">
        </div>
        <button class="nhsuk-button" data-module="nhsuk-button" type="submit">Open programme</button>
      </form>
      <h2>A new programme</h2>
      <p><a class="nhsuk-link" href="programme-new.html">Register a programme</a>: its aim, measures, providers and people.</p>
    </div></div>`,
  };
});
