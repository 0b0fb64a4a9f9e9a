// How cycles, decisions and due dates are shown: words and tag colours.

import { tag } from './components.js';

const STATUS = {
  planning: ['Planning', 'blue'],
  doing: ['Testing the change', 'aqua-green'],
  studying: ['Studying', 'purple'],
  adopted: ['Adopted', 'green'],
  adapted: ['Adapted', 'yellow'],
  abandoned: ['Abandoned', 'red'],
  closed: ['Closed', 'grey'],
};

const ACT = { adopt: ['Adopt', 'green'], adapt: ['Adapt', 'yellow'], abandon: ['Abandon', 'red'] };

export function statusTag(status) {
  const [text, colour] = STATUS[status] ?? [status ?? 'Unknown', 'grey'];
  return tag(text, colour);
}

export function actText(act) {
  return (ACT[act] ?? [act ?? 'Not decided'])[0];
}

export function actTag(act) {
  const [text, colour] = ACT[act] ?? [act ?? 'Not decided', 'grey'];
  return tag(text, colour);
}

/** A task is overdue once its due date has passed (by this computer's clock). */
export function isOverdue(task, now = Date.now()) {
  return Boolean(task.dueDate) && new Date(task.dueDate).getTime() < now;
}
