// @vitest-environment happy-dom
// The incremental log reader with a fold that cannot read some items yet (LogFold.prepare: Intercom 2026
// roles wait for the browser's own layout): the read is put off without changing anything, the records given
// meanwhile are kept, and once it settles the reader returns what a whole read returns.
import { describe, expect, test } from 'vitest';
import type { ChatMessage } from '../../../lib/chat';
import { createLogReader, readLog } from '../../../lib/sites/log-reader';
import type { LogFold } from '../../../lib/sites/types';

/** Items are `<p>`; one marked `data-wait` cannot be read until `release()`. */
function waitingFold() {
  let release: () => void = () => undefined;
  let gate: Promise<void> | null = null;
  let asked = 0;
  const fold: LogFold = {
    itemSelector: () => 'p',
    start: () => {
      const step = {
        read(item: Element, out: ChatMessage[]) {
          out.push({ key: item.id, role: 'customer', text: item.textContent ?? '' });
        },
        fork: () => step,
      };
      return step;
    },
    prepare(items) {
      asked++;
      if (!items.some((i) => i.hasAttribute('data-wait'))) return null;
      gate ??= new Promise<void>((resolve) => {
        release = () => {
          for (const i of items) i.removeAttribute('data-wait');
          gate = null;
          resolve();
        };
      });
      return gate;
    },
  };
  return { fold, release: () => release(), asked: () => asked };
}

function log(...ids: string[]): Element {
  const root = document.createElement('div');
  for (const id of ids) root.append(item(id));
  document.body.replaceChildren(root);
  return root;
}
function item(id: string, wait = false): Element {
  const p = document.createElement('p');
  p.id = id;
  p.textContent = `text ${id}`;
  if (wait) p.setAttribute('data-wait', '');
  return p;
}
const keys = (ms: ChatMessage[]) => ms.map((m) => m.key);

describe('log reader: a fold that asks to wait', () => {
  test('appended items that must wait: nothing changes, records are held, then everything is read', async () => {
    const root = log('a', 'b');
    const { fold, release } = waitingFold();
    const reader = createLogReader(fold, root);
    const first = reader.read();
    expect(keys(first)).toEqual(['a', 'b']);
    const observer = new MutationObserver(() => undefined);
    observer.observe(root, { childList: true, subtree: true, characterData: true });

    root.append(item('c', true));
    expect(reader.read(observer.takeRecords())).toBe(first); // put off: the same list, unchanged
    const waiting = reader.waiting;
    expect(waiting).toBeInstanceOf(Promise);
    // Another append while waiting: its records join the held ones.
    root.append(item('d'));
    expect(reader.read(observer.takeRecords())).toBe(first);
    release();
    await waiting;
    expect(reader.waiting).toBeNull();
    const after = reader.read([]);
    expect(keys(after)).toEqual(['a', 'b', 'c', 'd']);
    expect(after[0]).toBe(first[0]); // only the new items were read
    expect(after).toEqual(readLog(fold, root));
    observer.disconnect();
  });

  test('a first read that must wait reads the whole log once it settles', async () => {
    const root = log('a');
    root.append(item('b', true));
    const { fold, release } = waitingFold();
    const reader = createLogReader(fold, root);
    expect(reader.read()).toEqual([]);
    release();
    await reader.waiting;
    expect(keys(reader.read([]))).toEqual(['a', 'b']);
  });

  test("readLog (an adapter's readMessages) never waits: it does not ask the fold", () => {
    const root = log('a');
    root.append(item('b', true));
    const { fold, asked } = waitingFold();
    expect(keys(readLog(fold, root))).toEqual(['a', 'b']);
    expect(asked()).toBe(0);
  });
});
