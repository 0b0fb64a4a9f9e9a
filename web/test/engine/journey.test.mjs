// A newcomer's journey on the real embedded engine, its workflows and workers, with the programme `./pdsa up`
// puts in (TryOut): staff at RF4 sign in and see only RF4's tasks, plan the waiting cycle (a mistake first), and a
// few seconds later study its SPC charts and decide; the cycle shows its timeline and decision; the manager sees it
// on the programme and in the learning. Every page is scanned with axe-core.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, facts, go, openBrowser, ready, screenshot, signIn } from '../browser/support.mjs';

/** Reloads My tasks until a row with `name` for the cycle is listed (the engine works in the background). */
async function waitForTask(page, name, cycleId, seconds = 90) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    await go(page, 'tasks.html');
    const row = page.locator('#tasks tbody tr', { hasText: name }).filter({ hasText: cycleId });
    if (await row.count() > 0) {
      return row;
    }
    if (Date.now() > deadline) {
      throw new Error(`"${name}" for cycle ${cycleId} did not appear in My tasks within ${seconds} s`);
    }
    await page.waitForTimeout(1000);
  }
}

describe('a newcomer plans a cycle and decides it on the engine', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it('should list only RF4\'s tasks, with the engine\'s plan task and its due date', async () => {
    await signIn(page, 'rf4-lead');
    assert.match(page.url(), /tasks\.html$/);
    for (const provider of await page.locator('#tasks tbody tr td:nth-child(2)').allInnerTexts()) {
      assert.equal(provider, 'Barking, Havering and Redbridge');
    }
    assert.equal(await page.locator(`a[href="task.html?key=${facts.rfrPlanTask}"]`).count(), 0);
    const row = page.locator('#tasks tbody tr', { hasText: 'Plan the cycle' });
    assert.equal(await row.count(), 1);
    assert.doesNotMatch(await row.innerText(), /No due date|Overdue/);
    await screenshot(page, 'my-tasks');
    assert.deepEqual(await axe(page, 'engine-my-tasks'), []);
  });

  it('should open the plan with its test window already set, show the API\'s errors, then complete it', async () => {
    await page.locator(`a[href="task.html?key=${facts.rf4PlanTask}"]`).click();
    await ready(page);
    assert.equal(await page.locator('h1').innerText(), 'Plan the cycle');
    const [sy, sm, sd] = facts.testWindowStart.split('-').map(Number);
    const start = page.getByRole('group', { name: 'Test window starts' });
    assert.equal(await start.getByLabel('Day').inputValue(), String(sd));
    assert.equal(await start.getByLabel('Month').inputValue(), String(sm));
    assert.equal(await start.getByLabel('Year').inputValue(), String(sy));

    await page.getByLabel('Change idea').fill('Senior decision maker at triage');
    await page.getByRole('button', { name: 'Complete task' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Question is required/);
    await screenshot(page, 'plan-with-errors');
    assert.deepEqual(await axe(page, 'engine-plan-with-errors'), []);

    await page.getByLabel('Question').fill('Does a senior decision maker at triage cut four-hour breaches?');
    await page.getByLabel('Prediction').fill('Breaches fall by a fifth; reattendances do not rise.');
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
    await page.getByRole('button', { name: 'Complete task' }).click();
    await page.getByTestId('completed').waitFor();
    assert.deepEqual(await axe(page, 'engine-plan-completed'), []);
  });

  it('should find the study waiting soon after, with the charts and verdicts beside the decision form', async () => {
    const row = await waitForTask(page, 'Study and decide', facts.rf4Cycle);
    await row.getByRole('link').first().click();
    await ready(page);
    assert.equal(await page.locator('h1').innerText(), 'Study and decide');

    const evidence = page.locator('.pdsa-evidence');
    assert.equal(await evidence.locator('figure svg[role="img"]').count(), 2);
    const breaches = evidence.locator('section', { hasText: 'Four-hour breaches' });
    assert.match(await breaches.innerText(), /Improvement/);
    const form = await page.locator('#task-form').boundingBox();
    const charts = await evidence.boundingBox();
    assert.ok(charts.x > form.x + form.width - 1, 'the charts stand beside the form');
    assert.match(await page.locator('#task-form').innerText(), /Special cause improvement/);
    await screenshot(page, 'study-and-decide');
    await evidence.getByText('Show the data for Four-hour breaches as a table').click();
    assert.equal(await evidence.locator('details[open] table').first().locator('tbody tr').count(), 20);
    assert.deepEqual(await axe(page, 'engine-study-and-decide'), []);

    await page.getByLabel('What happened during the test').fill('Senior review at triage on every weekday shift.');
    await page.getByLabel('What was learned').fill('Breaches fell and stayed down; reattendances did not move.');
    await page.getByLabel('Adopt: keep the change and spread it').check();
    await page.getByLabel('Why this decision').fill('Special cause improvement in breaches, no concern in the balancing measure.');
    await page.getByRole('button', { name: 'Complete task' }).click();
    await page.getByTestId('completed').waitFor();
  });

  it('should show the cycle\'s timeline and its decision once the engine has stored it', async () => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      await go(page, `cycle.html?id=${facts.rf4Cycle}`);
      if (/Adopted/.test(await page.locator('h1').innerText()) || Date.now() > deadline) {
        break;
      }
      await page.waitForTimeout(1000);
    }
    assert.match(await page.locator('h1').innerText(), /Cycle 1 at Barking, Havering and Redbridge\s+Adopted/);
    const steps = await page.locator('table', { hasText: 'Steps taken in this cycle' }).locator('tbody tr td:nth-child(2)')
      .allInnerTexts();
    for (const step of ['started', 'planned', 'studied', 'decided']) {
      assert.ok(steps.includes(step), `timeline has "${step}": ${steps.join(', ')}`);
    }
    // the decision's step names the lead who completed the study, not the worker that stored it
    const decided = page.locator('table', { hasText: 'Steps taken in this cycle' }).locator('tbody tr')
      .filter({ has: page.locator('td:nth-child(2)', { hasText: /^decided$/ }) });
    assert.match(await decided.innerText(), /rf4-lead/);
    const decision = page.locator('h2', { hasText: 'Decision' }).locator('xpath=following-sibling::dl[1]');
    assert.match(await decision.innerText(), /Decision\s+Adopt/);
    assert.match(await decision.innerText(), /Special cause improvement in breaches/);
    assert.equal(await page.locator('figure svg[role="img"]').count(), 2);
    await screenshot(page, 'cycle');
    assert.deepEqual(await axe(page, 'engine-cycle'), []);
    assert.deepEqual(browser.problems, []);
  });

  it('should show the manager the decided cycle on the programme and in the learning', async () => {
    const manager = await openBrowser();
    try {
      const p = manager.page;
      await signIn(p, 'demo-manager');
      await go(p, `programme.html?id=${facts.programme}`);
      const rf4 = p.locator('#cycles tbody tr', { hasText: 'Barking, Havering and Redbridge' });
      assert.match(await rf4.innerText(), new RegExp(facts.rf4Cycle));
      assert.match(await rf4.innerText(), /Adopted/);
      await screenshot(p, 'programme');
      assert.deepEqual(await axe(p, 'engine-programme'), []);

      await p.getByRole('link', { name: 'See what the programme has learned' }).click();
      await ready(p);
      const decision = p.locator('article', { hasText: 'Barking, Havering and Redbridge, cycle 1: Adopt' });
      await decision.waitFor();
      assert.match(await decision.innerText(), /Special cause improvement in breaches, no concern in the balancing measure/);
      assert.match(await decision.innerText(), /Four-hour breaches\s+Result\s+Improvement/);
      assert.equal(await decision.locator('figure svg[role="img"]').count(), 2);
      await screenshot(p, 'learning');
      assert.deepEqual(await axe(p, 'engine-learning'), []);
      assert.deepEqual(manager.problems, []);
    } finally {
      await manager.close();
    }
  });
});
