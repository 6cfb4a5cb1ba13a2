// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { createWatchedLogs } from '../../../lib/content/watched-logs';
import { generic } from '../../../lib/sites/generic';

const logEl = () => {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
};
const record = (target: Node) => ({ type: 'childList', target }) as unknown as MutationRecord;

test('a new log reads whole first; then its records are kept for one read, and dropped past a bound', () => {
  const logs = createWatchedLogs();
  const root = logEl();
  const log = logs.use(root, generic.log);
  expect(log.take()).toBeNull(); // never read: a whole read
  log.note(record(root));
  expect(log.take()).toHaveLength(1);
  expect(log.take()).toEqual([]);
  for (let i = 0; i < 2001; i++) log.note(record(root));
  expect(log.take()).toBeNull();
  expect(logs.use(root, generic.log)).toBe(log);
});

test('the least recently used log goes past four; logs gone from the page are dropped; logOf finds the log', () => {
  const logs = createWatchedLogs();
  const roots = Array.from({ length: 5 }, logEl);
  for (const r of roots.slice(0, 4)) logs.use(r, generic.log);
  logs.use(roots[0] as Element, generic.log); // used again: now the most recent
  logs.use(roots[4] as Element, generic.log);
  expect(logs.roots()).toEqual([roots[2], roots[3], roots[0], roots[4]]);
  const inner = document.createElement('span');
  roots[3]?.append(inner);
  expect(logs.logOf(inner, null)?.root).toBe(roots[3]);
  expect(logs.logOf(inner, roots[0] as Element)?.root).toBe(roots[3]);
  roots[3]?.remove();
  expect(logs.roots()).toEqual([roots[2], roots[0], roots[4]]);
  expect(logs.logOf(document.body, null)).toBeUndefined();
  logs.clear();
  expect(logs.roots()).toEqual([]);
});
