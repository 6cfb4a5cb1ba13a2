// Learning from the agent's dismissals, through the background controller over WXT's fake browser: the panel's
// "Not a problem" is counted per conversation, the third conversation teaches the phrase, later and open
// conversations weigh it less, and undoing it in the options page brings its weight back.
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeMessage } from '../../../lib/analyzer';
import { type BackgroundDeps, createController } from '../../../lib/background/controller';
import { signalOfKey } from '../../../lib/background/dismissal-learning';
import type { PanelState } from '../../../lib/messaging/panel-state';
import {
  forgetLearned,
  learnedKeys,
  loadLearned,
  recordDismissal,
} from '../../../lib/storage/dismissal-learning';
import { fakeDeps, PAGE } from './fake-deps';

const health = { conversation: true, messages: true, composer: true };
const THREAT = 'I will call my lawyer about this.';
const KEY = 'threat_legal:to-attorney';
/** The keys the panel dismisses with THREAT's flags that may be learned (the model's whole-message span may not). */
const LEARNABLE = [KEY, 'threat_legal:my-attorney-will'];

let pushed: Map<number, PanelState>;
let published: number[];
let openTabs: number[];
let deps: BackgroundDeps;

beforeEach(() => {
  fakeBrowser.reset();
  pushed = new Map();
  published = [];
  openTabs = [];
  ({ deps } = fakeDeps({
    broadcast: (tabId, state) => {
      pushed.set(tabId, state);
      published.push(tabId);
    },
    learning: {
      learned: learnedKeys,
      record: (key, conversation, signal) => recordDismissal(key, conversation, signal),
      openTabs: async () => openTabs,
    },
  }));
});

type Controller = ReturnType<typeof createController>;

/** A tab shows ticket `ticket`, in which the customer wrote `text`; returns the conversation's score. */
async function show(c: Controller, tab: number, ticket: string, text = THREAT): Promise<number> {
  if (!openTabs.includes(tab)) openTabs.push(tab);
  await c.report(tab, PAGE, { siteId: 'zendesk', conversationKey: ticket, health });
  await c.delta(tab, PAGE, {
    conversationKey: ticket,
    reset: true,
    upserts: [{ key: `${ticket}-m1`, role: 'customer', text }],
  });
  return score(tab);
}

function score(tab: number): number {
  return pushed.get(tab)?.risk.score ?? Number.NaN;
}

/** What the panel's "Not a problem" sends for the customer's flagged message: each of its dismiss keys. */
async function notAProblem(c: Controller, tab: number): Promise<void> {
  const flag = pushed.get(tab)?.flags.at(-1);
  expect(flag?.dismissKeys).toContain(KEY);
  for (const key of flag?.dismissKeys ?? []) await c.dismissFlag(tab, key);
}

/** What the background entrypoint does when the stored learning changes. */
const storageChanged = (c: Controller) => c.relearn();

describe('learning from dismissals', () => {
  test('two conversations are not enough: a third one weighs the phrase as before', async () => {
    const c = createController(deps);
    const before = await show(c, 1, 'a');
    await notAProblem(c, 1);
    await show(c, 1, 'b');
    await notAProblem(c, 1);
    await storageChanged(c);
    expect(await loadLearned()).toEqual([]);
    expect(await show(c, 2, 'c')).toBe(before);
  });

  test('dismissed in three conversations, the phrase weighs less in the fourth', async () => {
    const c = createController(deps);
    const before = await show(c, 1, 'a');
    for (const ticket of ['a', 'b', 'c']) {
      await show(c, 1, ticket);
      await notAProblem(c, 1);
    }
    await storageChanged(c);
    const learned = await loadLearned();
    expect(learned.map((l) => l.key).sort()).toEqual(LEARNABLE.sort());
    expect(learned.find((l) => l.key === KEY)).toMatchObject({
      signal: 'threat_legal',
      label: '“to attorney” (legal threat)',
    });
    const after = await show(c, 2, 'd');
    expect(after).toBeLessThan(before);
    // At the default sensitivity the learned threat no longer raises its flag on its own.
    const signals = pushed.get(2)?.flags.flatMap((f) => f.signals.map((s) => s.name));
    expect(signals).not.toContain('threat_legal');
  });

  test('the same conversation dismissed three times teaches nothing, in however many tabs it is open', async () => {
    const c = createController(deps);
    const before = await show(c, 1, 'a');
    await notAProblem(c, 1);
    await c.dismissFlag(1, KEY);
    await c.dismissFlag(1, KEY);
    await show(c, 2, 'a');
    await notAProblem(c, 2);
    await show(c, 1, 'b');
    await notAProblem(c, 1);
    await storageChanged(c);
    expect(await learnedKeys()).toEqual([]);
    expect(await show(c, 3, 'c')).toBe(before);
  });

  test('a dismissal that only counts towards learning reads no open conversation again', async () => {
    const c = createController(deps);
    await show(c, 9, 'open');
    await show(c, 1, 'a');
    await notAProblem(c, 1);
    published = [];
    await storageChanged(c);
    expect(published).toEqual([]);
  });

  test('conversations already open are read again when a phrase is learned, and again when it is undone', async () => {
    const c = createController(deps);
    const before = await show(c, 9, 'open');
    for (const ticket of ['a', 'b', 'c']) {
      await show(c, 1, ticket);
      await notAProblem(c, 1);
    }
    expect(score(9)).toBe(before);
    await storageChanged(c);
    expect(score(9)).toBeLessThan(before);

    for (const key of LEARNABLE) await forgetLearned(key);
    await storageChanged(c);
    expect(await loadLearned()).toEqual([]);
    expect(score(9)).toBe(before);
    // Undone means undone everywhere, the next conversation included.
    expect(await show(c, 2, 'd')).toBe(before);
  });
});

describe('the analyzer with learned keys', () => {
  const strength = (opts: Parameters<typeof analyzeMessage>[1]) =>
    analyzeMessage(THREAT, opts).signals.find((s) => s.name === 'threat_legal')?.strength ?? 0;

  test('a learned key weighs less than before, and more than a dismissal in the conversation itself', () => {
    const plain = strength({});
    const learned = strength({ learnedRules: [KEY] });
    const dismissed = strength({ dismissedRules: [KEY] });
    expect(plain).toBeGreaterThan(0);
    expect(learned).toBeLessThan(plain);
    expect(dismissed).toBeLessThanOrEqual(learned);
    expect(strength({ learnedRules: ['threat_legal:something-else'] })).toBe(plain);
  });

  test('the signal of a key is found in the conversation, or null', async () => {
    const c = createController(deps);
    await show(c, 1, 'a');
    const session = await deps.loadSession(1);
    expect(session && signalOfKey(session, KEY)).toBe('threat_legal');
    expect(session && signalOfKey(session, 'anger:nothing-said')).toBeNull();
  });
});
