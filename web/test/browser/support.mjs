// What every browser test needs: Debian's Chromium through playwright-core, sign-in through the configured
// OpenID provider (the local stack's page of demo identities), an axe-core scan, and screenshots.

import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const baseUrl = (process.env.PDSA_WEB_URL ?? '').replace(/\/$/, '');
export const facts = JSON.parse(process.env.PDSA_WEB_FACTS ?? '{}');
export const results = process.env.PDSA_WEB_RESULTS ?? path.join(WEB, 'test-results');

if (!baseUrl) {
  throw new Error('PDSA_WEB_URL is not set: the browser tests run from WebAppE2ETest (mvn verify), which starts the stack');
}

/** The flags the machine needs (no network beyond loopback, no first-run work); Playwright adds --headless. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** A fresh browser (its own empty --user-data-dir): { page, close }. */
export async function openBrowser() {
  const profile = await mkdtemp(path.join(tmpdir(), 'pdsa-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.PDSA_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  // nothing leaves this machine: the NHS.UK stylesheet's fonts on assets.nhs.uk are refused at once instead of
  // waiting for a name lookup that cannot succeed here
  await context.route((url) => /^https?:/.test(url.protocol) && !url.href.startsWith(baseUrl), (route) => route.abort());
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // only failures of this site's own requests count (an API's 4xx answers are the app's business)
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(baseUrl)) {
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    }
  });
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !/status of 4\d\d|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(text)) {
      problems.push(`console error: ${text}`);
    }
  });
  return {
    page,
    problems,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the page has rendered its content (the app marks the body when it has). */
export async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
}

export async function go(page, address) {
  await page.goto(`${baseUrl}/${address.replace(/^\//, '')}`);
  await ready(page);
}

/**
 * Signs in from the start page: identity is a demo identity's user name (as the sign-in page lists them), or
 * { role, subject, provider, groups } for "Someone else".
 */
export async function signIn(page, identity) {
  await page.goto(`${baseUrl}/index.html`);
  await ready(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/oauth2\/authorize/);
  if (typeof identity === 'string') {
    await page.getByRole('radio', { name: identity, exact: true }).check();
  } else {
    await page.getByRole('radio', { name: 'Someone else' }).check();
    await page.getByLabel('Role').selectOption(identity.role);
    await page.getByLabel('User name').fill(identity.subject);
    await page.getByLabel('Provider').fill(identity.provider ?? '');
    await page.getByLabel('Groups').fill((identity.groups ?? []).join(','));
  }
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => !/callback|authorize|index\.html/.test(url.pathname));
  await ready(page);
}

/** Signs in and opens a page straight away (the app signs in, then comes back to the address). */
export async function openSignedIn(page, address) {
  await page.goto(`${baseUrl}/${address}`);
  await ready(page);
}

/** Runs axe-core (WCAG 2.0, 2.1, 2.2 A and AA) on the page; returns the serious and critical violations. */
export async function axe(page, name) {
  const source = await readFile(path.join(WEB, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const report = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  }));
  await mkdir(results, { recursive: true });
  await writeFile(path.join(results, `axe-${name}.json`), JSON.stringify(report.violations, null, 2));
  return report.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

export async function screenshot(page, name) {
  await mkdir(results, { recursive: true });
  await page.screenshot({ path: path.join(results, `${name}.png`), fullPage: true });
}
