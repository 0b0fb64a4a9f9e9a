// The page frame: NHS.UK header (service name, who is signed in, sign out, navigation by role) and footer.

import { html, raw } from './html.js';

const LOGO = raw('<svg class="nhsuk-header__logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80" height="40" width="100" focusable="false" role="img" aria-label="NHS"><title>NHS</title><path fill="currentcolor" d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"/></svg>');
const USER = raw('<svg class="nhsuk-icon nhsuk-icon--user" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true"><path d="M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22Zm0 2a9 9 0 0 0-5 16.5V18a4 4 0 0 1 4-4h2a4 4 0 0 1 4 4v1.5A9 9 0 0 0 12 3Zm0 3a3.5 3.5 0 1 1-3.5 3.5A3.4 3.4 0 0 1 12 6Z"/></svg>');

const ROLE_NAMES = { staff: 'Staff', manager: 'Programme manager', provider: 'Provider system' };

/** The pages each role finds in the navigation. */
export function navigation(role) {
  switch (role) {
    case 'staff':
      return [{ href: 'tasks.html', text: 'My tasks' }];
    case 'manager':
      return [{ href: 'tasks.html', text: 'My tasks' }, { href: 'programmes.html', text: 'Programmes' }];
    case 'provider':
      return [{ href: 'provider.html', text: 'Submit data and start cycles' }];
    default:
      return [];
  }
}

/** How the header names who is signed in: "rf4-lead (staff, RF4)". */
export function describe(me) {
  const role = ROLE_NAMES[me.role] ?? 'no role';
  return `${me.name} (${role}${me.provider ? `, ${me.provider}` : ''})`;
}

export function header(serviceName, me, current) {
  const links = me ? navigation(me.role) : [];
  return html`<header class="nhsuk-header" data-module="nhsuk-header" role="banner">
    <div class="nhsuk-header__container nhsuk-width-container">
      <div class="nhsuk-header__service">
        <a class="nhsuk-header__service-logo" href="index.html" aria-label="NHS ${serviceName} homepage">${LOGO}<span class="nhsuk-header__service-name">${serviceName}</span></a>
      </div>
      ${me ? html`<nav class="nhsuk-header__account" aria-label="Account"><ul class="nhsuk-header__account-list">
        <li class="nhsuk-header__account-item">${USER} <span data-testid="signed-in-as">${describe(me)}</span></li>
        <li class="nhsuk-header__account-item"><button class="nhsuk-header__account-button" type="button" id="sign-out">Sign out</button></li>
      </ul></nav>` : ''}
    </div>
    ${links.length ? html`<nav class="nhsuk-header__navigation" aria-label="Menu"><div class="nhsuk-header__navigation-container nhsuk-width-container">
      <ul class="nhsuk-header__navigation-list">
        ${links.map((l) => html`<li class="nhsuk-header__navigation-item${l.href === current ? ' nhsuk-header__navigation-item--current' : ''}">
          <a class="nhsuk-header__navigation-link" href="${l.href}"${l.href === current ? raw(' aria-current="page"') : ''}>${l.text}</a></li>`)}
        <li class="nhsuk-header__menu" hidden><button class="nhsuk-header__menu-toggle nhsuk-header__navigation-link" id="toggle-menu" aria-expanded="false"><span class="nhsuk-u-visually-hidden">Browse </span>More</button></li>
      </ul></div></nav>` : ''}
  </header>`;
}

export function footer(serviceName) {
  return html`<footer class="nhsuk-footer" role="contentinfo"><div class="nhsuk-width-container"><div class="nhsuk-footer__meta">
    <h2 class="nhsuk-u-visually-hidden">Support links</h2>
    <ul class="nhsuk-footer__list">
      <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="index.html">${serviceName}</a></li>
    </ul>
    <p class="nhsuk-body-s">Plan, do, study, act: improvement cycles across providers, judged with Making Data Count.</p>
  </div></div></footer>`;
}
