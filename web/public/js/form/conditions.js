// The conditions a Camunda Form hides components with (conditional.hide, a FEEL expression). This evaluates the
// simple comparisons forms use (name, dotted names, null, booleans, numbers and strings, =, !=, <, <=, >, >=, and,
// or, not(...)); anything else is "unknown", and an unknown condition leaves the component shown.

import { lookup } from './text.js';

function tokens(text) {
  const out = [];
  const re = /\s*(?:(!=|<=|>=|=|<|>|\(|\))|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w.]*))\s*/y;
  let pos = 0;
  while (pos < text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m || m[0].length === 0) {
      return null;
    }
    if (m[1]) out.push({ op: m[1] });
    else if (m[2]) out.push({ value: JSON.parse(m[2]) });
    else if (m[3]) out.push({ value: Number(m[3]) });
    else out.push({ name: m[4] });
    pos = re.lastIndex;
  }
  return out;
}

function parser(list, variables) {
  let i = 0;
  const peek = () => list[i];
  const take = () => list[i++];
  function operand() {
    const t = take();
    if (!t) throw new Error('end');
    if (t.op === '(') {
      const v = or();
      if (take()?.op !== ')') throw new Error(')');
      return v;
    }
    if ('value' in t) return t.value;
    if (t.name === 'null') return null;
    if (t.name === 'true') return true;
    if (t.name === 'false') return false;
    if (t.name === 'not' && peek()?.op === '(') {
      take();
      const v = or();
      if (take()?.op !== ')') throw new Error(')');
      return !v;
    }
    if (t.name) {
      const v = lookup(variables, t.name);
      return v === undefined ? null : v;
    }
    throw new Error('operand');
  }
  function comparison() {
    const left = operand();
    const op = peek()?.op;
    if (!op || op === '(' || op === ')') return left;
    take();
    const right = operand();
    switch (op) {
      case '=': return JSON.stringify(left) === JSON.stringify(right);
      case '!=': return JSON.stringify(left) !== JSON.stringify(right);
      case '<': return left !== null && right !== null && left < right;
      case '<=': return left !== null && right !== null && left <= right;
      case '>': return left !== null && right !== null && left > right;
      default: return left !== null && right !== null && left >= right;
    }
  }
  function and() {
    let v = comparison();
    while (peek()?.name === 'and') { take(); const r = comparison(); v = v === true && r === true; }
    return v;
  }
  function or() {
    let v = and();
    while (peek()?.name === 'or') { take(); const r = and(); v = v === true || r === true; }
    return v;
  }
  const result = or();
  if (i !== list.length) throw new Error('trailing');
  return result;
}

/** true (hide), false (show) or null (cannot tell) for a FEEL expression such as "=previousCycleId = null". */
export function evaluate(expression, variables) {
  if (typeof expression !== 'string' || !expression.trim().startsWith('=')) {
    return typeof expression === 'boolean' ? expression : null;
  }
  const list = tokens(expression.trim().slice(1));
  if (!list || !list.length) {
    return null;
  }
  try {
    const value = parser(list, variables);
    return typeof value === 'boolean' ? value : null;
  } catch {
    return null;
  }
}

/** Whether a component with this conditional is hidden given the values (unknown conditions show it). */
export function isHidden(component, variables) {
  return evaluate(component?.conditional?.hide, variables) === true;
}
