// On the real embedded engine: the plan task the engine opened (its linked form, candidate group and due date),
// planned in the browser, first with a mistake and then correctly.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, facts, go, openBrowser, ready, screenshot, signIn } from '../browser/support.mjs';

describe('a cycle planned on the engine', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it('should list the engine\'s plan task with its due date and open its form', async () => {
    await signIn(page, 'rf4-lead');
    const row = page.locator('#tasks tbody tr', { hasText: 'Plan the cycle' });
    assert.match(await row.innerText(), /Barking, Havering and Redbridge/);
    assert.doesNotMatch(await row.innerText(), /No due date|Overdue/);
    await go(page, `task.html?key=${facts.planTask}`);
    assert.equal(await page.locator('h1').innerText(), 'Plan the cycle');
    assert.equal(await page.getByRole('group', { name: 'Measures in the data plan' }).getByRole('checkbox').count(), 2);
    assert.deepEqual(await axe(page, 'engine-plan'), []);
  });

  it('should show the API\'s errors, then complete the plan', async () => {
    await page.getByLabel('Change idea').fill('Senior decision maker at triage');
    await page.getByRole('button', { name: 'Complete task' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    assert.match(await page.locator('.nhsuk-error-summary').innerText(), /Question is required/);

    await page.getByLabel('Question').fill('Does a senior decision maker at triage cut four-hour breaches?');
    await page.getByLabel('Prediction').fill('Breaches fall by a fifth; reattendances do not rise.');
    await page.getByRole('group', { name: 'Measures in the data plan' }).getByLabel('Four-hour breaches').check();
    await page.getByLabel('Data plan').fill('Weekly extract from the ED system');
    await page.getByLabel('Extracted from an existing system').check();
    await page.getByLabel('Who will run the test').fill('Triage nurses');
    await page.getByLabel('Where', { exact: true }).fill('Majors');
    await page.getByLabel('When', { exact: true }).fill('Weekdays');
    await page.getByLabel('Scale of the test').selectOption('small');
    const [sy, sm, sd] = facts.testWindowStart.split('-').map(Number);
    const [ey, em, ed] = facts.testWindowEnd.split('-').map(Number);
    const start = page.getByRole('group', { name: 'Test window starts' });
    await start.getByLabel('Day').fill(String(sd));
    await start.getByLabel('Month').fill(String(sm));
    await start.getByLabel('Year').fill(String(sy));
    const end = page.getByRole('group', { name: 'Test window ends' });
    await end.getByLabel('Day').fill(String(ed));
    await end.getByLabel('Month').fill(String(em));
    await end.getByLabel('Year').fill(String(ey));
    await page.getByRole('button', { name: 'Complete task' }).click();
    await page.getByTestId('completed').waitFor();

    await go(page, `cycle.html?id=${facts.planCycle}`);
    assert.match(await page.locator('main').innerText(), /Senior decision maker at triage/);
    await screenshot(page, 'engine-cycle-planned');
    assert.deepEqual(await axe(page, 'engine-cycle-planned'), []);
    assert.deepEqual(browser.problems, []);
  });
});
