// The form renderer's pure parts: templating and Markdown, conditions, values, error messages, and the real forms.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { evaluate } from '../../public/js/form/conditions.js';
import { fieldErrors } from '../../public/js/form/errors.js';
import { inputs, optionsOf, renderForm } from '../../public/js/form/render.js';
import { displayText, fill } from '../../public/js/form/text.js';
import { isoDate } from '../../public/js/form/values.js';

const form = (name) => JSON.parse(readFileSync(new URL(`../../../workflows/forms/${name}`, import.meta.url), 'utf8'));

describe('display text', () => {
  it('should fill in variables escaped, and leave unset ones empty', () => {
    assert.equal(fill('Cycle {{cycleNumber}} at {{ providerName }}{{missing}}', { cycleNumber: 2, providerName: '<b>RF4</b>' }),
      'Cycle 2 at &lt;b&gt;RF4&lt;/b&gt;');
  });

  it('should turn headings down a level under the page heading, and bold and lines into HTML', () => {
    const out = displayText('# Plan {{n}}\n\n**Change:** {{idea}}\nnext line', { n: 1, idea: 'Triage *now*' });
    assert.equal(out, '<h2 class="nhsuk-heading-l">Plan 1</h2><p><strong>Change:</strong> Triage <em>now</em><br>next line</p>');
  });
});

describe('conditions', () => {
  it('should evaluate the comparisons the forms hide components with', () => {
    assert.equal(evaluate('=previousCycleId = null', {}), true);
    assert.equal(evaluate('=previousCycleId = null', { previousCycleId: 'r-RF4-1' }), false);
    assert.equal(evaluate('=balancingConcern != true', { balancingConcern: true }), false);
    assert.equal(evaluate('=balancingConcern != true', {}), true);
    assert.equal(evaluate('=count > 2 and not(done = true)', { count: 3, done: false }), true);
  });

  it('should say it cannot tell for FEEL it does not know, so the component stays shown', () => {
    assert.equal(evaluate('=some x in list satisfies x > 1', { list: [1, 2] }), null);
    assert.equal(evaluate('=count(items) > 1', {}), null);
  });
});

describe('values', () => {
  it('should make an ISO date of day, month and year, or pass on what was typed', () => {
    assert.equal(isoDate('1', '2', '2024'), '2024-02-01');
    assert.equal(isoDate('', '', ''), null);
    assert.equal(isoDate('31', '2', '2024'), '2024-2-31');
    assert.equal(isoDate('x', '2', '2024'), '2024-2-x');
  });
});

describe('the plan form', () => {
  const plan = form('plan-cycle.form');

  it('should draw every field with NHS.UK components, options from measureOptions and dates as three boxes', () => {
    const html = renderForm(plan, {
      data: {
        cycleNumber: 1, providerName: 'Barking', measureOptions: [{ label: 'Four-hour breaches', value: 'breaches' }],
        testWindowStart: '2024-01-08', measureIds: ['breaches'],
      },
    }).toString();
    assert.match(html, /<h2 class="nhsuk-heading-l">Plan cycle 1 at Barking<\/h2>/);
    assert.match(html, /class="nhsuk-textarea" id="field-changeIdea" name="changeIdea"/);
    assert.match(html, /id="field-measureIds" name="measureIds" type="checkbox" value="breaches" checked/);
    assert.match(html, /id="field-testWindowStart-day" name="testWindowStart-day" type="text" inputmode="numeric" value="8"/);
    assert.match(html, /id="field-testWindowStart-year"[^>]*value="2024"/);
    assert.match(html, /Measures you predict will show improvement \(optional\)/);
    assert.match(html, /data-hide="=previousCycleId = null" hidden/);
    assert.equal(inputs(plan).length, 14);
  });

  it('should name each field the API refused, linked to its first input', () => {
    const { byKey, summary } = fieldErrors([
      { field: 'variables.question', reason: 'is required (Question)' },
      { field: 'variables.testWindowStart', reason: 'must be a Monday; got 2024-01-10' },
      { field: 'variables', reason: 'must be an object' },
    ], plan);
    assert.equal(byKey.question, 'Question is required');
    assert.deepEqual(summary, [
      { href: '#field-question', text: 'Question is required' },
      { href: '#field-testWindowStart-day', text: 'Test window starts must be a Monday; got 2024-01-10' },
      { text: 'Variables must be an object' },
    ]);
  });
});

describe('the study form', () => {
  it('should show the verdicts table with icons in words and hide the balancing warning without concern', () => {
    const study = form('study-and-decide.form');
    const html = renderForm(study, {
      data: {
        verdicts: [{ measureId: 'breaches', measureName: 'Four-hour breaches', measureType: 'outcome', resultLabel: 'Special cause improvement', predictionMetLabel: 'Yes', variationIcon: 'improvement', assuranceIcon: null }],
        balancingConcern: false,
      },
      directions: { breaches: 'decrease' },
    }).toString();
    assert.match(html, /<td class="nhsuk-table__cell">Special cause improvement<\/td>/);
    assert.match(html, /pdsa-icon--improvement" aria-hidden="true">L<\/span> <span class="pdsa-icon-text">Improvement/);
    assert.match(html, /data-hide="=balancingConcern != true" hidden/);
    assert.deepEqual(optionsOf(study.components.find((c) => c.key === 'decision'), {}).map((o) => o.value),
      ['adopt', 'adapt', 'abandon']);
  });
});

describe('other components', () => {
  it('should draw select, a single checkbox, numbers and groups, and say what it cannot show', () => {
    const schema = { components: [
      { type: 'select', key: 'size', label: 'Size', values: [{ label: 'Small', value: 's' }, { label: 'Large', value: 'l' }], validate: { required: true } },
      { type: 'checkbox', key: 'agreed', label: 'I agree' },
      { type: 'group', label: 'Numbers', components: [{ type: 'number', key: 'n.count', label: 'Count', decimalDigits: 0 }] },
      { type: 'filepicker', key: 'upload', label: 'Upload' },
    ] };
    const html = renderForm(schema, { data: { size: 'l', agreed: true, n: { count: 3 } } }).toString();
    assert.match(html, /<option value="l" selected>Large<\/option>/);
    assert.match(html, /name="agreed" type="checkbox" value="true" checked/);
    assert.match(html, /<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Numbers<\/legend>/);
    assert.match(html, /id="field-n-count" name="n.count" type="text"\s+inputmode="numeric" spellcheck="false"\s+value="3"/);
    assert.match(html, /cannot show \(a filepicker component, "Upload"\)/);
    assert.deepEqual(inputs(schema).map((c) => c.key), ['size', 'agreed', 'n.count']);
  });
});
