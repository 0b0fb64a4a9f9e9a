// Refusals and things that are not there: staff of RF4 opening RFR's task, a task and a cycle that do not exist,
// an address that is no page; and the start, sign-in and provider pages.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, baseUrl, facts, go, openBrowser, ready, screenshot, signIn } from './support.mjs';

describe('refusals, missing pages and the other pages', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it('should show the start page and the local sign-in page accessibly', async () => {
    await page.goto(`${baseUrl}/index.html`);
    await ready(page);
    await screenshot(page, 'start');
    assert.deepEqual(await axe(page, 'start'), []);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/oauth2\/authorize/);
    assert.deepEqual(await axe(page, 'sign-in'), []);
    await page.getByRole('button', { name: 'Continue' }).click();
    assert.match(await page.locator('.nhsuk-error-summary').innerText(), /Select who you want to sign in as/);
    await screenshot(page, 'sign-in-error');
    assert.deepEqual(await axe(page, 'sign-in-error'), []);
  });

  it('should refuse RF4 staff RFR\'s task with the reason', async () => {
    await signIn(page, 'rf4-lead');
    await go(page, `task.html?key=${facts.rfrPlanTask}`);

    assert.equal(await page.locator('h1').innerText(), 'You cannot open this page');
    assert.match(await page.getByTestId('refusal-reason').innerText(), /belongs to provider RFR; you are staff of provider RF4/);
    assert.equal(await page.locator('#task-form').count(), 0);
    await screenshot(page, 'refused');
    assert.deepEqual(await axe(page, 'refused'), []);
  });

  it('should say a task, a cycle or a page is not found', async () => {
    await go(page, 'task.html?key=4503599627370495');
    assert.equal(await page.locator('h1').innerText(), 'Page not found');
    await go(page, 'cycle.html?id=no-such-cycle');
    assert.equal(await page.locator('h1').innerText(), 'Page not found');
    assert.match(await page.getByTestId('not-found-reason').innerText(), /no cycle no-such-cycle/);
    assert.deepEqual(await axe(page, 'not-found'), []);

    const response = await page.goto(`${baseUrl}/no/such/page`);
    assert.equal(response.status(), 404);
    assert.equal(await page.locator('h1').innerText(), 'Page not found');
    assert.deepEqual(await axe(page, 'not-found-static'), []);
  });

  it('should let a provider system submit values, naming the line at fault, and start a cycle', async () => {
    const provider = await openBrowser();
    try {
      const p = provider.page;
      await signIn(p, 'rf4-system');
      assert.match(p.url(), /provider\.html$/);
      await p.getByLabel('Programme').fill(facts.programme);
      await p.getByRole('button', { name: 'Continue' }).click();
      await p.waitForURL(/provider\.html\?programme=/);
      await ready(p);
      assert.deepEqual(await axe(p, 'provider'), []);

      await p.getByLabel(/Four-hour breaches/).check();
      await p.getByLabel('Values').fill(`date,value\n${facts.testWindowEnd},12\n2099-01-05,13`);
      await p.getByRole('button', { name: 'Submit values' }).click();
      const summary = p.locator('.nhsuk-error-summary');
      await summary.waitFor();
      assert.match(await summary.innerText(), /Line 2: .*Monday/);
      assert.match(await summary.innerText(), /Line 3: .*future/);
      assert.deepEqual(await axe(p, 'provider-errors'), []);

      await p.getByLabel('Values').fill(`${facts.testWindowStart},33`);
      await p.getByRole('button', { name: 'Submit values' }).click();
      await p.locator('.nhsuk-notification-banner--success', { hasText: '1 value submitted for breaches' }).waitFor();

      await p.getByRole('button', { name: 'Start a cycle' }).click();
      await p.locator('.nhsuk-notification-banner--success', { hasText: /Cycle RF4-.* started/ }).waitFor();
      await screenshot(p, 'provider');
      assert.deepEqual(provider.problems, []);
    } finally {
      await provider.close();
    }
  });
});
