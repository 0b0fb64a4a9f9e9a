// A staff member at RF4: signs in, sees only RF4's tasks, plans a cycle (first with mistakes, then correctly), and
// studies and decides another with its SPC charts beside the form; on the real engine (EngineScenario).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, facts, go, openBrowser, ready, screenshot, signIn } from './support.mjs';

const [startYear, startMonth, startDay] = facts.testWindowStart.split('-').map(Number);
const [endYear, endMonth, endDay] = facts.testWindowEnd.split('-').map(Number);

describe('staff at RF4', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it('should sign in through the OpenID provider and see only their provider\'s tasks', async () => {
    await signIn(page, 'rf4-lead');

    assert.match(page.url(), /tasks\.html$/);
    assert.equal(await page.getByTestId('signed-in-as').innerText(), 'rf4-lead (Staff, RF4)');
    const rows = page.locator('#tasks tbody tr');
    assert.ok(await rows.count() >= 2);
    for (const provider of await page.locator('#tasks tbody tr td:nth-child(2)').allInnerTexts()) {
      assert.equal(provider, 'Barking, Havering and Redbridge');
    }
    assert.equal(await page.locator(`a[href="task.html?key=${facts.rf4PlanTask}"]`).count(), 1);
    assert.equal(await page.locator(`a[href="task.html?key=${facts.rfrPlanTask}"]`).count(), 0);
    const row = (key) => page.locator('#tasks tbody tr', { has: page.locator(`a[href="task.html?key=${key}"]`) });
    assert.match(await row(facts.rf4OverduePlanTask).innerText(), /Overdue/);
    assert.doesNotMatch(await row(facts.rf4PlanTask).innerText(), /Overdue/);
    assert.doesNotMatch(await row(facts.rf4StudyTask).innerText(), /Overdue/);
    await screenshot(page, 'my-tasks');
    assert.deepEqual(await axe(page, 'my-tasks'), []);
  });

  it('should claim a task from the list', async () => {
    await page.locator('#tasks tbody tr', { hasText: 'Study and decide' }).getByRole('button', { name: /^Claim/ }).click();
    await page.locator('.nhsuk-notification-banner--success', { hasText: 'You claimed "Study and decide"' }).waitFor();
    assert.match(await page.locator('#tasks tbody tr', { hasText: 'Study and decide' }).innerText(), /Claimed by you/);
    assert.deepEqual(await axe(page, 'my-tasks-claimed'), []);
  });

  it('should show the API\'s validation errors in the error summary, linked to the fields', async () => {
    await page.locator(`a[href="task.html?key=${facts.rf4PlanTask}"]`).click();
    await ready(page);
    await page.getByRole('button', { name: 'Claim this task' }).click();
    await page.getByText('Assigned to').locator('..').getByText('You', { exact: true }).waitFor();

    await page.getByLabel('Change idea').fill('Senior decision maker at triage');
    await page.getByLabel('Prediction').fill('Breaches fall by a fifth; reattendances do not rise.');
    await page.getByLabel('Baseline periods').fill('twelve');
    await page.getByRole('button', { name: 'Complete task' }).click();

    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    const messages = await summary.locator('li').allInnerTexts();
    assert.ok(messages.includes('Question is required'), messages.join(' | '));
    assert.ok(messages.some((m) => m.startsWith('Baseline periods must be a number')), messages.join(' | '));
    assert.match(await page.title(), /^Error: Plan the cycle/);
    assert.equal(await page.getByLabel('Change idea').inputValue(), 'Senior decision maker at triage');
    await summary.getByRole('link', { name: 'Question is required' }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'field-question');
    assert.match(await page.locator('#field-question-error').innerText(), /Question is required/);
    await screenshot(page, 'plan-with-errors');
    assert.deepEqual(await axe(page, 'plan-with-errors'), []);
  });

  it('should complete the plan once it is right, and show it on the cycle', async () => {
    await page.getByLabel('Question').fill('Does a senior decision maker at triage cut four-hour breaches?');
    await page.getByLabel('Baseline periods').fill('12');
    const measures = page.getByRole('group', { name: 'Measures in the data plan' });
    await measures.getByLabel('Four-hour breaches').check();
    await measures.getByLabel('Reattendance within 7 days').check();
    await page.getByRole('group', { name: 'Measures you predict will show improvement (optional)' })
      .getByLabel('Four-hour breaches').check();
    await page.getByLabel('Data plan').fill('Weekly extract from the ED system');
    await page.getByLabel('Extracted from an existing system').check();
    await page.getByLabel('Who will run the test').fill('Triage nurses');
    await page.getByLabel('Where', { exact: true }).fill('Majors');
    await page.getByLabel('When', { exact: true }).fill('Weekdays 08:00 to 20:00');
    await page.getByLabel('Scale of the test').selectOption('one-team');
    const start = page.getByRole('group', { name: 'Test window starts' });
    await start.getByLabel('Day').fill(String(startDay));
    await start.getByLabel('Month').fill(String(startMonth));
    await start.getByLabel('Year').fill(String(startYear));
    const end = page.getByRole('group', { name: 'Test window ends' });
    await end.getByLabel('Day').fill(String(endDay));
    await end.getByLabel('Month').fill(String(endMonth));
    await end.getByLabel('Year').fill(String(endYear));
    await page.getByRole('button', { name: 'Complete task' }).click();

    await page.getByTestId('completed').waitFor();
    assert.deepEqual(await axe(page, 'plan-completed'), []);
    await page.getByRole('link', { name: /View cycle 1/ }).click();
    await ready(page);
    assert.match(await page.locator('h1').innerText(), /Cycle 1 at Barking, Havering and Redbridge/);
    assert.match(await page.locator('main').innerText(), /Does a senior decision maker at triage cut four-hour breaches\?/);
    // the window is in the past, so the engine may already be studying it
    assert.match(await page.locator('h1 .nhsuk-tag').innerText(), /Testing the change|Studying/);
    assert.deepEqual(await axe(page, 'cycle-planned'), []);
  });

  it('should study the charts beside the decision form and decide', async () => {
    await go(page, `task.html?key=${facts.rf4StudyTask}`);

    const evidence = page.locator('.pdsa-evidence');
    assert.equal(await evidence.locator('figure svg[role="img"]').count(), 2);
    assert.match(await evidence.innerText(), /Improvement/);
    const form = await page.locator('#task-form').boundingBox();
    const charts = await evidence.boundingBox();
    assert.ok(charts.x > form.x + form.width - 1, 'the charts stand beside the form');
    await evidence.getByText('Show the data for Four-hour breaches as a table').click();
    assert.equal(await evidence.locator('details[open] table').first().locator('tbody tr').count(), 20);
    await screenshot(page, 'study-and-decide');
    assert.deepEqual(await axe(page, 'study-and-decide'), []);

    await page.getByLabel('What happened during the test').fill('Senior review at triage on every weekday shift.');
    await page.getByLabel('What was learned').fill('Breaches fell and stayed down; reattendances did not move.');
    await page.getByLabel('Adopt: keep the change and spread it').check();
    await page.getByLabel('Why this decision').fill('Special cause improvement in breaches, no concern in the balancing measure.');
    await page.getByRole('button', { name: 'Complete task' }).click();
    await page.getByTestId('completed').waitFor();
    assert.deepEqual(browser.problems, []);
  });

  it('should show a cycle with its SPC charts, each with its data as a table', async () => {
    await go(page, `cycle.html?id=${facts.rf4StudyCycle}`);
    assert.equal(await page.locator('figure svg[role="img"]').count(), 2);
    assert.equal(await page.locator('details.nhsuk-details').count(), 2);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    assert.equal(new Set(ids).size, ids.length, 'ids are unique on the page');
    await screenshot(page, 'cycle');
    assert.deepEqual(await axe(page, 'cycle'), []);
  });

  it('should sign out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/index\.html$/);
    await ready(page);
    assert.equal(await page.getByRole('button', { name: 'Sign in' }).count(), 1);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('pdsa.session')), null);
  });
});
