// Display text of a Camunda Form: {{variable}} templating, then a small, safe Markdown subset (headings, bold,
// italics, paragraphs, line breaks, bullet lists). Variable values are escaped before any Markdown is applied.

import { escape } from '../html.js';

/** The value at a dotted path in the variables, or undefined. */
export function lookup(variables, path) {
  return path.split('.').reduce((v, part) => (v === null || v === undefined ? undefined : v[part]), variables);
}

function shown(value) {
  if (value === null || value === undefined) {
    return '';
  }
  if (Array.isArray(value)) {
    return value.map(shown).join(', ');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** {{name}} and {{a.b}} replaced by the escaped value ('' when unset); the rest of the text escaped too. */
export function fill(text, variables) {
  return escape(text).replace(/\{\{\s*([A-Za-z_$][\w$.]*)\s*\}\}/g, (m, path) => escape(shown(lookup(variables, path))));
}

function inline(text) {
  return text
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*(?!\s)(.+?)\*(?!\*)/g, '$1<em>$2</em>');
}

/**
 * Markdown (already escaped) to HTML. headingShift moves headings down (1: '#' becomes h2), because the page
 * has its own h1.
 */
export function markdown(escaped, headingShift = 1) {
  const blocks = escaped.replace(/\r\n/g, '\n').split(/\n{2,}/);
  return blocks.map((block) => {
    const trimmed = block.trim();
    if (!trimmed) {
      return '';
    }
    const heading = /^(#{1,6})\s+(.*)$/s.exec(trimmed);
    if (heading) {
      const level = Math.min(6, heading[1].length + headingShift);
      const size = ['', 'xl', 'l', 'm', 's', 'xs', 'xs'][level];
      return `<h${level} class="nhsuk-heading-${size}">${inline(heading[2])}</h${level}>`;
    }
    const lines = trimmed.split('\n');
    if (lines.every((l) => /^\s*[-*]\s+/.test(l))) {
      return `<ul class="nhsuk-list nhsuk-list--bullet">${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*]\s+/, ''))}</li>`).join('')}</ul>`;
    }
    return `<p>${lines.map(inline).join('<br>')}</p>`;
  }).join('');
}

/** A text component's HTML. */
export function displayText(text, variables, headingShift = 1) {
  return markdown(fill(text ?? '', variables), headingShift);
}
