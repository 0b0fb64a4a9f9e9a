// Making Data Count in the page: variation and assurance icons (a letter and words as well as a colour), verdicts,
// the API's SVG charts (drawn by the Java renderer; here only given unique ids), and each chart's data as a table.

import { details, formatDate, table } from './components.js';
import { html, raw, safeId } from './html.js';

const VARIATION = {
  'common-cause': { text: 'Common cause variation', short: 'Common cause', css: 'common' },
  improvement: { text: 'Special cause improvement', short: 'Improvement', css: 'improvement' },
  concern: { text: 'Special cause concern', short: 'Concern', css: 'concern' },
  'neutral-high': { text: 'Special cause, neutral (high)', short: 'Neutral high', css: 'neutral', letter: 'H' },
  'neutral-low': { text: 'Special cause, neutral (low)', short: 'Neutral low', css: 'neutral', letter: 'L' },
};

const ASSURANCE = {
  pass: { text: 'Consistently passes the target', letter: 'P', css: 'improvement' },
  fail: { text: 'Consistently fails the target', letter: 'F', css: 'concern' },
  'hit-and-miss': { text: 'Hit and miss the target', letter: '?', css: 'common' },
};

const VERDICT = {
  improvement: ['Improvement', 'blue'],
  concern: ['Concern', 'orange'],
  'neutral-change': ['Neutral change', 'purple'],
  'no-signal': ['No signal', 'grey'],
  'insufficient-data': ['Not enough data', 'grey'],
};

const RULE = {
  'outside-limits': 'Outside the process limits',
  trend: 'Trend (7 or more rising or falling)',
  'two-of-three': 'Two of three near a limit',
  shift: 'Shift (7 or more on one side of the mean)',
};

/** High or low, as Making Data Count letters the icon: improvement is low when lower is better. */
function side(variation, direction) {
  if ((variation === 'improvement' || variation === 'concern') && direction !== 'increase' && direction !== 'decrease') {
    return '•';
  }
  if (variation === 'improvement') {
    return direction === 'decrease' ? 'L' : 'H';
  }
  if (variation === 'concern') {
    return direction === 'decrease' ? 'H' : 'L';
  }
  return VARIATION[variation]?.letter ?? '~';
}

export function variationText(variation) {
  return VARIATION[variation]?.text ?? (variation ? String(variation) : 'No variation icon');
}

/** The variation icon: a coloured circle with H, L or ~, and its words. direction: increase | decrease | neutral. */
export function variationIcon(variation, direction) {
  if (!variation) {
    return html`<span class="nhsuk-u-secondary-text-colour">No data yet</span>`;
  }
  const v = VARIATION[variation] ?? { text: variation, css: 'common' };
  return html`<span class="pdsa-icon pdsa-icon--${v.css}" aria-hidden="true">${side(variation, direction)}</span> <span class="pdsa-icon-text">${v.short ?? v.text}</span>`;
}

export function assuranceText(assurance) {
  return ASSURANCE[assurance]?.text ?? 'No assurance (no target, or a neutral measure)';
}

export function assuranceIcon(assurance) {
  const a = ASSURANCE[assurance];
  if (!a) {
    return html`<span class="pdsa-icon pdsa-icon--none" aria-hidden="true">–</span> <span class="pdsa-icon-text">No assurance</span>`;
  }
  return html`<span class="pdsa-icon pdsa-icon--${a.css}" aria-hidden="true">${a.letter}</span> <span class="pdsa-icon-text">${a.text}</span>`;
}

export function verdictTag(verdict) {
  const [text, colour] = VERDICT[verdict] ?? [verdict ?? 'Not studied yet', 'white'];
  return html`<strong class="nhsuk-tag nhsuk-tag--${colour}">${text}</strong>`;
}

/** The API's SVG chart in a figure, its ids made unique on this page (a page may show one measure twice). */
export function chartFigure(svg, key, caption) {
  if (!svg) {
    return html`<p class="nhsuk-body nhsuk-u-secondary-text-colour">No chart: there is no data to draw yet.</p>`;
  }
  const prefix = safeId('chart', key);
  const unique = String(svg)
    .replace(/\bid="([^"]+)"/g, (m, id) => `id="${prefix}-${id}"`)
    .replace(/\baria-labelledby="([^"]+)"/g, (m, ids) => `aria-labelledby="${ids.split(/\s+/).map((id) => `${prefix}-${id}`).join(' ')}"`)
    .replace(/url\(#([^)]+)\)/g, (m, id) => `url(#${prefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (m, id) => `href="#${prefix}-${id}"`);
  return html`<figure class="pdsa-chart">${raw(unique)}${caption ? html`<figcaption class="nhsuk-body-s">${caption}</figcaption>` : ''}</figure>`;
}

function number(value) {
  if (value === null || value === undefined) {
    return '';
  }
  const n = Number(value);
  return Number.isFinite(n) ? String(Math.round(n * 100) / 100) : String(value);
}

/**
 * The chart's data as a table (in a details element): each period's value and, when analysed, its special cause
 * rule and variation; then the limits of each segment. analysis: the SPC JSON of DOMAIN §3; series: [{period, value}].
 */
export function chartData({ analysis, series, caption, unit }) {
  const points = analysis?.points?.length ? analysis.points
    : (series ?? []).map((p) => ({ date: p.period, value: p.value }));
  if (!points.length) {
    return html``;
  }
  const analysed = Boolean(analysis?.points?.length);
  const head = analysed ? ['Period', `Value${unit ? ` (${unit})` : ''}`, 'Special cause rule', 'Variation']
    : ['Period', `Value${unit ? ` (${unit})` : ''}`];
  const rows = points.map((p) => {
    const row = [formatDate(p.date), number(p.value)];
    if (analysed) {
      row.push(RULE[p.rule] ?? 'None', variationText(p.variation));
    }
    return row;
  });
  const segments = analysis?.segments ?? [];
  const limits = segments.length ? table({
    caption: 'Mean and process limits',
    captionSize: 's',
    head: ['Points', 'Mean', 'Lower limit', 'Upper limit', 'Trial limits'],
    numeric: [1, 2, 3],
    rows: segments.map((s) => [`${formatDate(points[s.start]?.date)} to ${formatDate(points[s.end]?.date)}`,
      number(s.mean), number(s.lowerLimit), number(s.upperLimit), s.trialLimits ? 'Yes (fewer than 12 points)' : 'No']),
  }) : '';
  return details(`Show the data for ${caption} as a table`, html`${table({ caption, captionSize: 's', head, rows, numeric: [1] })}${limits}`);
}
