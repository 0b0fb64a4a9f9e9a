// A provider's system account: the programmes its organisation takes part in (GET /programmes), then one
// programme's data and cycles page.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, facts, openBrowser, ready, signIn } from './support.mjs';

describe('a provider system', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
  });

  it('should list the programmes its organisation takes part in and open one', async () => {
    await signIn(page, { role: 'provider', subject: 'rf4-system', provider: 'RF4' });
    assert.match(page.url(), /provider\.html$/);
    const list = page.locator('ul', { has: page.locator(`a[href="provider.html?programme=${encodeURIComponent(facts.programme)}"]`) });
    await list.waitFor();
    assert.deepEqual(await axe(page, 'provider-programmes'), []);

    await list.locator(`a[href="provider.html?programme=${encodeURIComponent(facts.programme)}"]`).click();
    await page.waitForURL(/provider\.html\?programme=/);
    await ready(page);
    assert.match(await page.title(), /data and cycles/);
    assert.match(await page.locator('.nhsuk-caption-l').innerText(), /^RF4 in /);
    assert.equal(await page.getByRole('heading', { name: 'Submit measurement values' }).count(), 1);
    assert.deepEqual(browser.problems, []);
  });
});
