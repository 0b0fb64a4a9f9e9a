// The programme manager: the programme across providers with status and variation icons, a run, and the learning
// with its evidence and CSV.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { axe, baseUrl, facts, openBrowser, ready, screenshot, signIn } from './support.mjs';

describe('the programme manager', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it('should open the programme and see every provider\'s cycles with status and variation icons', async () => {
    await signIn(page, 'demo-manager');
    assert.match(page.url(), /programmes\.html$/);
    assert.deepEqual(await axe(page, 'programmes'), []);

    // the programmes the manager manages are listed (GET /programmes); open this one from the list
    const managed = page.locator('table', { hasText: 'Programmes you manage' });
    await managed.getByRole('link', { name: 'Emergency department flow' }).first().waitFor();
    assert.match(await managed.innerText(), new RegExp(`\\(${facts.programme}\\)`));
    await managed.locator('tbody tr', { hasText: `(${facts.programme})` }).getByRole('link').click();
    await page.waitForURL(/programme\.html\?id=/);
    await ready(page);

    assert.equal(await page.locator('h1').innerText(), 'Emergency department flow');
    const matrix = page.locator('#cycles');
    assert.deepEqual(await matrix.locator('tbody th').allInnerTexts(), ['Barking, Havering and Redbridge', 'Rotherham']);
    const rfr = await matrix.locator('tbody tr', { hasText: 'Rotherham' }).innerText();
    assert.match(rfr, new RegExp(facts.rfrDecidedCycle));
    assert.match(rfr, /Abandoned/);
    assert.match(rfr, /Reattendance within 7 days:\s*H\s*Concern/);
    await screenshot(page, 'programme');
    assert.deepEqual(await axe(page, 'programme'), []);
  });

  it('should start a programme run', async () => {
    await page.getByRole('button', { name: 'Start a programme run' }).click();
    await page.locator('.nhsuk-notification-banner--success').waitFor();
    assert.match(await page.locator('.nhsuk-notification-banner--success').innerText(), /started: every provider has a cycle to plan/);
  });

  it('should see every decision with its evidence, and download the learning as CSV', async () => {
    await page.getByRole('link', { name: 'See what the programme has learned' }).click();
    await ready(page);
    const decision = page.locator('article', { hasText: 'Rotherham, cycle 1: Abandon' });
    await decision.waitFor();
    assert.match(await decision.innerText(), /Reattendances rose in the test window/);
    assert.equal(await decision.locator('figure svg[role="img"]').count(), 2);
    await screenshot(page, 'learning');
    assert.deepEqual(await axe(page, 'learning'), []);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the learning as CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    const [header, ...rows] = csv.trim().split('\r\n');
    assert.match(header, /^programme,provider,provider name,cycle,/);
    assert.ok(rows.some((r) => r.includes(facts.rfrDecidedCycle) && r.includes('abandon') && r.includes('reattend')), csv);
    assert.equal(download.suggestedFilename(), `learning-${facts.programme}.csv`);
    assert.deepEqual(browser.problems, []);
  });
  it('should register a programme, shown the fields the API refused first', async () => {
    await page.goto(`${baseUrl}/programmes.html`);
    await ready(page);
    await page.getByRole('link', { name: 'Register a programme' }).click();
    await ready(page);
    assert.deepEqual(await axe(page, 'programme-new'), []);

    await page.getByLabel('Programme id').fill('ward-flow');
    await page.getByLabel('Name', { exact: true }).first().fill('Ward discharge before noon');
    await page.getByLabel('Aim').fill('Half of discharges before noon on two wards by June');
    const first = page.getByRole('group', { name: 'Measure 1' });
    await first.getByLabel('Id').fill('noon');
    await first.getByLabel('Name').fill('Discharges before noon');
    await first.getByLabel('Unit').fill('%');
    await first.getByLabel('Outcome').check();
    await first.getByLabel('Weekly').check();
    const provider = page.getByRole('group', { name: 'Provider 1' });
    await provider.getByLabel('Id').fill('RF4');
    await provider.getByLabel('Name').fill('Barking, Havering and Redbridge');
    await provider.getByLabel('Leads\' groups').fill('RF4-ward-leads');
    await page.getByRole('button', { name: 'Register programme' }).click();

    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Measure 1 direction/);
    assert.deepEqual(await axe(page, 'programme-new-errors'), []);
    await page.getByRole('group', { name: 'Measure 1' }).getByLabel('Increases').check();
    await page.getByRole('button', { name: 'Register programme' }).click();
    await page.waitForURL(/programme\.html\?id=ward-flow/);
    await ready(page);
    assert.equal(await page.locator('h1').innerText(), 'Ward discharge before noon');
  });
});
