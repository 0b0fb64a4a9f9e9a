// Runs one page: reads the configuration, makes sure someone is signed in (or signs them in), draws the frame,
// renders the page's content, and turns refusals (403), missing things (404) and failures into NHS error pages.

import { initAll } from '../nhsuk/nhsuk-frontend.min.js';
import { ApiError } from './api.js';
import { currentSession, identityOf, signIn, signOut } from './auth.js';
import { breadcrumbs } from './components.js';
import { config } from './config.js';
import { html } from './html.js';
import { footer, header } from './layout.js';

function show(frame, view, serviceName) {
  document.title = `${view.error ? 'Error: ' : ''}${view.title} – ${serviceName}`;
  frame.before.innerHTML = breadcrumbs(view.breadcrumbs).toString();
  frame.main.innerHTML = view.body.toString();
  frame.main.dataset.page = view.kind ?? 'content';
  initAll(frame.before);
  initAll(frame.main);
  view.after?.(frame.main);
  document.body.dataset.ready = 'true';
}

/** The page shown when the API refuses: who may do this, and the API's reason. */
export function refusal(error, what = 'this page') {
  return {
    kind: 'refused',
    title: 'You cannot open this page',
    breadcrumbs: [{ href: 'index.html', text: 'Home' }],
    body: html`<h1>You cannot open ${what}</h1>
      <p>Your account does not give you access to it.</p>
      <div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p data-testid="refusal-reason">${error.detail ?? error.message}</p></div>
      <p>If you think you should have access, ask the programme manager to add you, or your organisation to give your account the right group.</p>
      <p><a href="index.html">Go to your start page</a></p>`,
  };
}

export function notFound(detail) {
  return {
    kind: 'not-found',
    title: 'Page not found',
    breadcrumbs: [{ href: 'index.html', text: 'Home' }],
    body: html`<h1>Page not found</h1>
      <p>If you typed the web address, check it was correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      ${detail ? html`<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p data-testid="not-found-reason">${detail}</p></div>` : ''}
      <p><a href="index.html">Go to your start page</a></p>`,
  };
}

function problem(error) {
  console.error(error);
  return {
    kind: 'problem',
    title: 'Sorry, there is a problem with the service',
    body: html`<h1>Sorry, there is a problem with the service</h1><p>Try again later.</p>
      <div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p data-testid="problem-reason">${error.message}</p></div>`,
  };
}

/** A view for an API error: refusal, not found, or the service problem page. */
export function viewOfError(error, what) {
  if (error instanceof ApiError && error.status === 403) {
    return refusal(error, what);
  }
  if (error instanceof ApiError && error.status === 404) {
    return notFound(error.detail);
  }
  return problem(error);
}

/**
 * Renders a page. render({ me, params, cfg, rerender }) returns a view: { title, breadcrumbs, body, after(main) }.
 * roles: who the page is for (others get the refusal page); signedIn false: a public page.
 */
export async function page({ roles, signedIn = true, current } = {}, render) {
  const frame = {
    header: document.getElementById('header'),
    before: document.getElementById('before'),
    main: document.getElementById('maincontent'),
    footer: document.getElementById('footer'),
  };
  let serviceName = 'PDSA improvement cycles';
  try {
    const cfg = await config();
    serviceName = cfg.serviceName;
    const session = currentSession();
    if (signedIn && !session) {
      await signIn(location.href);
      return;
    }
    const me = session ? identityOf(session.claims) : null;
    frame.header.innerHTML = header(serviceName, me, current).toString();
    frame.footer.innerHTML = footer(serviceName).toString();
    initAll(frame.header);
    document.getElementById('sign-out')?.addEventListener('click', () => signOut());
    const params = new URLSearchParams(location.search);
    if (roles && !roles.includes(me?.role)) {
      show(frame, refusal({ detail: `This page is for ${roles.join(' or ')} accounts; you are signed in as ${me?.role ?? 'no role'}.` }), serviceName);
      return;
    }
    const rerender = async (extra = {}) => {
      try {
        show(frame, await render({ me, params, cfg, rerender, ...extra }), serviceName);
      } catch (error) {
        show(frame, viewOfError(error), serviceName);
      }
    };
    await rerender();
  } catch (error) {
    show(frame, problem(error), serviceName);
  }
}
