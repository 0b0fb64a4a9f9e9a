// The start page: what the service is for and a sign-in button; once signed in, straight to the person's first page.

import { page } from '../app.js';
import { insetText } from '../components.js';
import { signIn } from '../auth.js';
import { html } from '../html.js';
import { navigation } from '../layout.js';

page({ signedIn: false }, async ({ me, cfg }) => {
  if (me) {
    const first = navigation(me.role)[me.role === 'manager' ? 1 : 0];
    if (first) {
      location.replace(first.href);
      return new Promise(() => {});
    }
  }
  return {
    title: 'Start',
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      <h1>${cfg.serviceName}</h1>
      <p class="nhsuk-lede-text">Plan, do, study, act: test changes to care, judge them with Making Data Count, and share
        what every provider learns.</p>
      <p>Use this service to:</p>
      <ul class="nhsuk-list nhsuk-list--bullet">
        <li>see the tasks waiting for you and your team, and plan and decide your cycles</li>
        <li>see the statistical process control charts behind each decision</li>
        <li>follow a programme across providers, and download what it has learned</li>
      </ul>
      ${me ? insetText(html`<p>Your account has no role in this service. Ask your organisation to add you to the staff,
        manager or provider group.</p>`) : ''}
      ${cfg.local ? insetText(html`<p>This is the local stack: on the next page you choose one of the demo identities that
        <code>./pdsa up</code> printed.</p>`) : ''}
      <button class="nhsuk-button nhsuk-button--login" data-module="nhsuk-button" type="button" id="sign-in">Sign in</button>
    </div></div>`,
    after(main) {
      main.querySelector('#sign-in').addEventListener('click', () => signIn(new URL('index.html', location.href).href));
    },
  };
});
