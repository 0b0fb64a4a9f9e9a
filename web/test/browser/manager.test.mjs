// The programme manager: the programme across providers with status and variation icons, a run, and the learning
// with its evidence and CSV.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { axe, facts, openBrowser, ready, screenshot, signIn } from './support.mjs';

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

    await page.getByLabel('Open a programme').fill(facts.programme);
    await page.getByRole('button', { name: 'Open programme' }).click();
    await page.waitForURL(/programme\.html\?id=/);
    await ready(page);

    assert.equal(await page.locator('h1').innerText(), 'Emergency department flow');
    const matrix = page.locator('#cycles');
    assert.deepEqual(await matrix.locator('tbody th').allInnerTexts(), ['Barking, Havering and Redbridge', 'Rotherham']);
    const rfr = await matrix.locator('tbody tr', { hasText: 'Rotherham' }).innerText();
    assert.match(rfr, new RegExp(facts.rfrDecidedCycle));
    assert.match(rfr, /Abandon/);
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
});
