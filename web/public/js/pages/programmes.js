// Programmes for a manager: the programmes they manage (GET /programmes), or open one by its id.

import { page } from '../app.js';
import { api } from '../api.js';
import { errorSummary, table } from '../components.js';
import { html } from '../html.js';

page({ roles: ['manager'], current: 'programmes.html' }, async ({ params }) => {
  if (params.get('id')?.trim()) {
    location.assign(`programme.html?id=${encodeURIComponent(params.get('id').trim())}`);
    return new Promise(() => {});
  }
  const missing = params.has('id') && !params.get('id').trim();
  const { programmes } = await api('/programmes');
  return {
    title: 'Programmes',
    error: missing,
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${missing ? errorSummary([{ href: '#programme-id', text: 'Enter a programme id' }]) : ''}
      <h1>Programmes</h1>
      ${programmes.length ? table({
    caption: 'Programmes you manage',
    head: ['Programme', 'Aim', 'Providers'],
    numeric: [2],
    rows: programmes.map((p) => [html`<a class="nhsuk-link" href="programme.html?id=${encodeURIComponent(p.id)}">${p.name}</a> (${p.id})`,
      p.aim, String(p.providers.length)]),
  }) : html`<p class="nhsuk-body">You manage no programme yet.</p>`}
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
