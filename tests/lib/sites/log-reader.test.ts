// @vitest-environment happy-dom
// The incremental log reader (lib/sites/log-reader.ts): after any change, what it returns equals a whole read of the
// log; after an append it reads only the new items and hands back the earlier messages untouched.
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { createGeneric, generic } from '../../../lib/sites/generic';
import { intercom } from '../../../lib/sites/intercom';
import { createLogReader } from '../../../lib/sites/log-reader';
import type { SiteAdapter } from '../../../lib/sites/types';
import { zendesk } from '../../../lib/sites/zendesk';
import { countingFold } from './counting-fold';
import { mountFixture } from './fixture';

interface Subject {
  name: string;
  adapter: SiteAdapter;
  site: string;
  file: string;
}
const subjects: Subject[] = [
  { name: 'zendesk', adapter: zendesk, site: 'zendesk', file: 'several-tickets.html' },
  { name: 'intercom', adapter: intercom, site: 'intercom', file: 'conversation.html' },
  { name: 'generic (log children)', adapter: generic, site: 'generic', file: 'role-log.html' },
  {
    name: 'generic (agent selectors)',
    adapter: createGeneric({ message: '.line', author: '.who' }),
    site: 'generic',
    file: 'custom.html',
  },
];

function setUp(s: Subject) {
  const doc = mountFixture(s.site, s.file);
  const root = s.adapter.logRoot(doc);
  if (!root) throw new Error(`${s.file}: no log`);
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return { root, observer };
}

let observers: MutationObserver[] = [];
afterEach(() => {
  for (const o of observers) o.disconnect();
  observers = [];
});

/** The log's items per the adapter's own selector. */
function itemsOf(s: Subject, root: Element): Element[] {
  const sel = s.adapter.log.itemSelector(root);
  return sel === null ? Array.from(root.children) : Array.from(root.querySelectorAll(sel));
}

/** A copy of an item with new words, so it reads as a new message. */
function copyOf(item: Element, words: string): Element {
  const copy = item.cloneNode(true) as Element;
  const texts = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  let last: Node | null = null;
  for (let n = texts.nextNode(); n; n = texts.nextNode()) if (n.textContent?.trim()) last = n;
  if (last) last.textContent = words;
  else copy.append(words);
  return copy;
}

type Op =
  | {
      kind: 'append' | 'appendWrapped' | 'insertBefore' | 'edit' | 'remove' | 'noise';
      at: number;
      words: string;
    }
  | { kind: 'appendInto'; at: number; words: string };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(
    'append',
    'append',
    'append',
    'appendWrapped',
    'insertBefore',
    'edit',
    'remove',
    'noise',
    'appendInto',
  ),
  at: fc.nat(50),
  words: fc.constantFrom('Still not working.', 'This is the third time!!', 'ok', 'Hello??', 'Order 5521'),
}) as fc.Arbitrary<Op>;

function apply(s: Subject, root: Element, o: Op): void {
  const items = itemsOf(s, root);
  const item = items[o.at % Math.max(1, items.length)];
  if (!item) return;
  const parent = item.parentElement ?? root;
  const lastItem = items[items.length - 1] as Element;
  switch (o.kind) {
    case 'append':
      lastItem.after(copyOf(item, o.words));
      return;
    case 'appendWrapped': {
      const wrap = document.createElement('div');
      wrap.append(copyOf(item, o.words));
      lastItem.after(wrap);
      return;
    }
    case 'insertBefore':
      parent.insertBefore(copyOf(item, o.words), item);
      return;
    case 'edit': {
      const texts = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      const n = texts.nextNode();
      if (n) n.textContent = o.words;
      return;
    }
    case 'remove':
      item.remove();
      return;
    case 'noise':
      root.append(document.createComment('re-render'), document.createElement('span'));
      return;
    case 'appendInto':
      // A follow-up inside the last item (an Intercom group gains a part).
      lastItem.append(copyOf(lastItem.firstElementChild ?? lastItem, o.words));
      return;
  }
}

/** A fixture's log read once by a counting reader, with an observer taking the records of what follows. */
function readWatched(s: Subject) {
  const { root, observer } = setUp(s);
  observers.push(observer);
  const { fold, steps } = countingFold(s.adapter.log);
  const reader = createLogReader(fold, root);
  return { root, observer, reader, steps, first: reader.read() };
}

describe.each(subjects)('$name', (s) => {
  test('appended items: only they are read; earlier messages come back as the same objects', () => {
    const { root, observer, reader, steps, first } = readWatched(s);
    const before = steps();
    const items = itemsOf(s, root);
    const last = items[items.length - 1] as Element;
    last.after(copyOf(last, 'Hello?? Still broken.'), copyOf(items[0] as Element, 'Third time!!'));
    const next = reader.read(observer.takeRecords());
    expect(steps() - before).toBe(2);
    expect(next).toEqual(s.adapter.readMessages(root));
    expect(next.slice(0, first.length)).toEqual(first);
    for (let i = 0; i < first.length; i++) expect(next[i]).toBe(first[i]);
    expect(next.length).toBeGreaterThan(first.length);
  });

  test('an item appended and then filled in (as some apps render) is read once, not the whole log', () => {
    const { root, observer, reader, steps } = readWatched(s);
    const items = itemsOf(s, root);
    const last = items[items.length - 1] as Element;
    const added = copyOf(last, 'placeholder');
    last.after(added);
    added.append(copyOf(added.lastElementChild ?? added, 'Filled in: still broken'));
    const before = steps();
    expect(reader.read(observer.takeRecords())).toEqual(s.adapter.readMessages(root));
    expect(steps() - before).toBe(1);
  });

  test('a change inside the last item reads that item again, and nothing before it', () => {
    const { root, observer, reader, steps, first } = readWatched(s);
    for (let round = 0; round < 3; round++) {
      const items = itemsOf(s, root);
      const last = items[items.length - 1] as Element;
      // The last item gains a line (an Intercom group gains a part; elsewhere a tick or a follow-up line).
      last.append(copyOf(last.lastElementChild ?? last, `And again (${round})`));
      const before = steps();
      const next = reader.read(observer.takeRecords());
      expect(steps() - before).toBe(1);
      expect(next).toEqual(s.adapter.readMessages(root));
      for (let i = 0; i < first.length - 1; i++) expect(next[i]).toBe(first[i]);
    }
  });

  test('an edit is read again in full, and still equals a whole read', () => {
    const { root, observer, reader, steps, first } = readWatched(s);
    const before = steps();
    // Edit the words of the first message in place, where the page shows them.
    const texts = document.createTreeWalker(itemsOf(s, root)[0] as Element, NodeFilter.SHOW_TEXT);
    for (let n = texts.nextNode(); n; n = texts.nextNode()) {
      const words = n.textContent?.trim() ?? '';
      if (!words || !first[0]?.text.includes(words)) continue;
      n.textContent = 'edited: still not working';
      break;
    }
    const next = reader.read(observer.takeRecords());
    expect(steps() - before).toBe(itemsOf(s, root).length);
    expect(next).toEqual(s.adapter.readMessages(root));
    expect(next).not.toEqual(first);
  });

  test('after any sequence of appends, edits, removals and insertions it equals a whole read', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(op, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        (batches) => {
          const { root, observer } = setUp(s);
          try {
            const reader = createLogReader(s.adapter.log, root);
            reader.read();
            for (const batch of batches) {
              for (const o of batch) apply(s, root, o);
              expect(reader.read(observer.takeRecords())).toEqual(s.adapter.readMessages(root));
            }
          } finally {
            observer.disconnect();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  test('a read in chunks, with the page changing between chunks, ends equal to a whole read', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.array(op, { maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        (chunk, batches) => {
          const { root, observer } = setUp(s);
          try {
            const reader = createLogReader(s.adapter.log, root, { chunk });
            let messages = reader.read();
            for (const batch of batches) {
              for (const o of batch) apply(s, root, o);
              messages = reader.read(observer.takeRecords());
            }
            for (let i = 0; reader.unfinished && i < 200; i++) messages = reader.read(observer.takeRecords());
            expect(reader.unfinished).toBe(false);
            expect(messages).toEqual(s.adapter.readMessages(root));
          } finally {
            observer.disconnect();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  test('a chunked first read hands out at most a chunk of new items per read', () => {
    const { root, observer } = setUp(s);
    observers.push(observer);
    const { fold, steps } = countingFold(s.adapter.log);
    const reader = createLogReader(fold, root, { chunk: 2 });
    const whole = s.adapter.readMessages(root);
    const items = itemsOf(s, root).length;
    let reads = 0;
    for (reader.read(); reader.unfinished; reads++) {
      const before = steps();
      reader.read([]);
      expect(steps() - before).toBeLessThanOrEqual(2);
    }
    expect(reads).toBe(Math.floor(items / 2));
    expect(reader.read([])).toEqual(whole);
  });
});

test('a paced read sizes each chunk from the time the previous one took per item', () => {
  const root = document.createElement('div');
  for (let i = 0; i < 300; i++) {
    const item = document.createElement('div');
    item.setAttribute('data-from', i % 2 ? 'agent' : 'customer');
    item.textContent = `Message ${i}`;
    root.append(item);
  }
  document.body.append(root);
  const { fold, steps } = countingFold(generic.log);
  // Every chunk seems to take 10 ms, so at a budget of 20 ms the next chunk is twice as long.
  let clock = 0;
  const reader = createLogReader(fold, root, { chunk: 25, budgetMs: 20, now: () => (clock += 10) });
  const sizes: number[] = [];
  let before = 0;
  for (reader.read(); ; reader.read([])) {
    sizes.push(steps() - before);
    before = steps();
    if (!reader.unfinished) break;
  }
  expect(sizes).toEqual([25, 50, 100, 125]);
  expect(reader.read([])).toEqual(generic.readMessages(root));
  root.remove();
});
