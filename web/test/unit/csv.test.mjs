import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { learningRows, toCsv } from '../../public/js/csv.js';

describe('CSV', () => {
  it('should quote fields with commas, quotes and line breaks, and defuse formulas', () => {
    const csv = toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['=SUM(A1)', -3], ['line\nbreak', null]]);
    assert.equal(csv, 'a,b\r\n"x, y","say ""hi"""\r\n\'=SUM(A1),-3\r\n"line\nbreak",\r\n');
  });

  it('should give one row per decision and measure of its evidence', () => {
    const { header, rows } = learningRows({
      programmeId: 'ed',
      decisions: [
        { providerId: 'RF4', cycleId: 'c1', act: 'adopt', evidence: [
          { measureId: 'breaches', spc: { verdict: 'improvement', variationIcon: 'improvement', baseline: { mean: 40 }, test: { mean: 31 } } },
          { measureId: 'reattend', spc: { verdict: 'no-signal' } }] },
        { providerId: 'RFR', cycleId: 'c2', act: 'abandon', evidence: [] },
      ],
    });
    assert.equal(header.length, rows[0].length);
    assert.equal(rows.length, 3);
    assert.deepEqual([rows[0][header.indexOf('verdict')], rows[0][header.indexOf('test window mean')]], ['improvement', 31]);
    assert.equal(rows[2][header.indexOf('decision')], 'abandon');
  });
});
