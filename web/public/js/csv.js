// CSV (RFC 4180) for spreadsheets: every field quoted when needed, and text that a spreadsheet would run as a
// formula (=, +, -, @ at the start) prefixed with an apostrophe.

function field(value) {
  if (value === null || value === undefined) {
    return '';
  }
  let text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows (arrays) under a header line, lines ended with CRLF. */
export function toCsv(header, rows) {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The learning of a programme (GET /programmes/{id}/learning) as rows: one per decision and measure of its evidence. */
export function learningRows(learning) {
  const header = ['programme', 'provider', 'provider name', 'cycle', 'cycle number', 'change idea', 'question',
    'decision', 'rationale', 'decided by', 'decided at', 'measure', 'measure name', 'measure type', 'verdict',
    'variation icon', 'assurance icon', 'predicted change', 'prediction met', 'baseline mean', 'test window mean'];
  const rows = [];
  (learning.decisions ?? []).forEach((d) => {
    const base = [learning.programmeId, d.providerId, d.providerName, d.cycleId, d.cycleNumber, d.changeIdea, d.question,
      d.act, d.rationale, d.decidedBy, d.decidedAt];
    const evidence = d.evidence?.length ? d.evidence : [null];
    evidence.forEach((e) => {
      const spc = e?.spc ?? {};
      rows.push([...base, e?.measureId, e?.measureName, e?.type, spc.verdict, spc.variationIcon, spc.assuranceIcon,
        e?.prediction?.change ?? spc.prediction?.change, spc.predictionMet, spc.baseline?.mean, spc.test?.mean]);
    });
  });
  return { header, rows };
}
