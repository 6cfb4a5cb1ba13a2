import { describe, expect, test, vi } from 'vitest';
import type { HistoryApi } from '../../../entrypoints/sidepanel/review-slice';
import { createSidepanelStore } from '../../../entrypoints/sidepanel/store';
import { createFakeClient } from '../../../lib/messaging/fake-client';
import type { PanelState } from '../../../lib/messaging/panel-state';
import type { ReviewEntry } from '../../../lib/storage/history';
import { readyState } from './fixtures';

const flush = () => new Promise((r) => setTimeout(r, 0));

function setup(options: { history?: HistoryApi; tabId?: number | null; initial?: PanelState } = {}) {
  const client = createFakeClient(options.initial ?? readyState());
  const copied: string[] = [];
  const store = createSidepanelStore({
    client,
    tabId: options.tabId === undefined ? 7 : options.tabId,
    clipboard: async (t) => {
      copied.push(t);
    },
    ...(options.history ? { history: options.history } : {}),
    now: () => 1_000,
  });
  return { client, store, copied };
}

function memoryHistory(): HistoryApi & { saved: ReviewEntry[] } {
  const saved: ReviewEntry[] = [];
  return {
    saved,
    read: async () => saved,
    save: async (e) => {
      saved.push(e);
      return [...saved];
    },
    clear: async () => {
      saved.length = 0;
    },
  };
}

describe('binding', () => {
  test('loads the bound tab state and follows pushes for that tab only', async () => {
    const { client, store } = setup();
    await flush();
    expect(store.getState().panel?.risk.level).toBe('watch');
    client.push(readyState({ risk: { ...readyState().risk, level: 'critical', score: 90 } }));
    expect(store.getState().panel?.risk.level).toBe('critical');
    expect(store.getState().announcement).toBe('Risk level Critical, score 90.');
    client.push({ ...readyState(), tabId: 99, status: 'off' });
    expect(store.getState().panel?.status).toBe('ready');
  });

  test('rebinding drops the old tab subscription; null binds to nothing', async () => {
    const { client, store } = setup();
    await flush();
    await store.getState().bind(null);
    expect(store.getState().panel).toBeNull();
    client.push(readyState());
    expect(store.getState().panel).toBeNull();
  });

  test('no answer from the background reads as no content', async () => {
    const { client, store } = setup({ tabId: null });
    client.getPanelState = () => Promise.reject(new Error('no worker'));
    await store.getState().bind(3);
    expect(store.getState().panel?.status).toBe('no-content');
  });
});

describe('insert', () => {
  test('inserts the text with the chosen mode and phrase id', async () => {
    const { client, store } = setup();
    await flush();
    store.getState().setInsertMode('replace');
    const ok = await store.getState().insertSuggestion(readyState().suggestions[0] as never);
    expect(ok).toBe(true);
    expect(client.calls.insert).toEqual([
      { tabId: 7, text: 'Text of ack-1.', mode: 'replace', phraseId: 'ack-1' },
    ]);
  });

  test('missing placeholders must be filled first, then the value goes into the text', async () => {
    const { client, store } = setup();
    await flush();
    const clarify = readyState().suggestions[1];
    if (!clarify) throw new Error('fixture');
    expect(await store.getState().insertSuggestion(clarify)).toBe(false);
    expect(client.calls.insert).toEqual([]);
    expect(store.getState().error).toEqual({ target: 'clar-1', reason: 'Fill in order number first.' });
    store.getState().setFill('clar-1', 'order.number', 'A-17');
    expect(await store.getState().insertSuggestion(clarify)).toBe(true);
    expect(client.calls.insert[0]?.text).toBe('Could you confirm order A-17?');
    expect(store.getState().error).toBeNull();
  });

  test('a failed insert shows the reason on that card', async () => {
    const { client, store } = setup();
    await flush();
    client.insertResult = { ok: false, reason: 'The reply box is read-only.' };
    expect(await store.getState().insertSuggestion(readyState().suggestions[0] as never)).toBe(false);
    expect(store.getState().error).toEqual({ target: 'ack-1', reason: 'The reply box is read-only.' });
  });

  test('copy uses the clipboard and remembers what was copied', async () => {
    const { store, copied } = setup();
    await store.getState().copy('hello', 'ack-1');
    expect(copied).toEqual(['hello']);
    expect(store.getState().copied).toBe('ack-1');
  });
});

test('dismissing a flag and the case summary go to the client', async () => {
  const { client, store } = setup();
  await flush();
  await store.getState().dismissFlag('phrase:still');
  expect(client.calls.dismiss).toEqual(['phrase:still']);
  await store.getState().loadSummary();
  expect(store.getState().summary).toEqual({ status: 'ready', text: 'Summary' });
});

describe('post-chat review', () => {
  test('an inserted case summary is a note, not a reply: the review does not keep it', async () => {
    const history = memoryHistory();
    const { client, store } = setup({ history });
    await flush();
    await store.getState().insertText('Customer said: "you people are useless"', 'caret', 'summary');
    const calmer = {
      score: 30,
      level: 'watch' as const,
      trend: 'falling' as const,
      history: [...readyState().risk.history, { key: 'm3', score: 30 }],
    };
    client.push(readyState({ risk: calmer }));
    client.push(readyState({ conversationKey: 'zendesk:2', risk: { ...readyState().risk, history: [] } }));
    await flush();
    expect(history.saved).toHaveLength(1);
    expect(JSON.stringify(history.saved)).not.toContain('useless');
  });

  test('a finished escalated chat is saved with the replies the risk fell after', async () => {
    const history = memoryHistory();
    const { client, store } = setup({ history });
    await flush();
    await store.getState().insertSuggestion(readyState().suggestions[0] as never);
    const calmer = readyState({
      risk: {
        score: 30,
        level: 'watch',
        trend: 'falling',
        history: [...readyState().risk.history, { key: 'm3', score: 30 }],
      },
    });
    client.push(calmer);
    client.push(readyState({ conversationKey: 'zendesk:2', risk: { ...readyState().risk, history: [] } }));
    await flush();
    expect(history.saved).toHaveLength(1);
    expect(history.saved[0]).toMatchObject({
      savedAt: 1_000,
      peak: 'watch',
      scores: [10, 42, 30],
      // Which phrase, not what was sent: a filled reply can quote the customer.
      outcomes: [{ phraseId: 'ack-1', template: expect.any(String), before: 42, after: 30, fell: true }],
    });
    expect(history.saved[0]?.id).not.toContain('zendesk');
    expect(store.getState().reviews).toHaveLength(1);
    await store.getState().deleteAllReviews();
    expect(store.getState().reviews).toEqual([]);
    expect(history.saved).toEqual([]);
  });

  test('a calm chat is not saved when it ends; switching tabs does not end a chat', async () => {
    const history = memoryHistory();
    const save = vi.spyOn(history, 'save');
    const calm = readyState({ risk: { ...readyState().risk, level: 'calm' } });
    const { client, store } = setup({ history, initial: calm });
    await flush();
    client.push({ ...calm, conversationKey: 'zendesk:2' });
    await flush();
    expect(save).not.toHaveBeenCalled();
    // An escalated chat in tab 7, then the agent looks at tab 8: the chat in tab 7 has not ended.
    client.push(readyState({ conversationKey: 'zendesk:3' }));
    client.push(
      readyState({
        conversationKey: 'zendesk:3',
        risk: {
          ...readyState().risk,
          history: [
            { key: 'a', score: 1 },
            { key: 'b', score: 50 },
          ],
        },
      }),
    );
    await store.getState().bind(8);
    client.push({ ...readyState(), tabId: 8, conversationKey: 'other' });
    await flush();
    expect(save).not.toHaveBeenCalled();
    expect(store.getState().records['zendesk:3']?.scores).toEqual([1, 50]);
  });
});

describe('a stable list', () => {
  const ids = (store: ReturnType<typeof setup>['store']) =>
    store.getState().list.cards.map((c) => (c.used ? `${c.phraseId}*` : c.phraseId));

  test('Insert marks the card in place; an update with no new customer message does not reorder', async () => {
    const { client, store } = setup();
    await flush();
    expect(ids(store)).toEqual(['ack-1', 'clar-1', 'ack-2']);
    expect(await store.getState().insertSuggestion(readyState().suggestions[0] as never)).toBe(true);
    expect(ids(store)).toEqual(['ack-1*', 'clar-1', 'ack-2']);
    // The agent's reply re-ranks the engine's list; the customer has not written again.
    const [ack1, clar1, ack2] = readyState().suggestions;
    client.push(readyState({ suggestions: [ack2, clar1] as never, messageCount: 3 }));
    expect(ids(store)).toEqual(['ack-1*', 'clar-1', 'ack-2']);
    // The customer answers: a fresh list, nothing marked, "more" closed.
    store.getState().setMoreShown(true);
    const history = [...readyState().risk.history, { key: 'm3', score: 50 }];
    client.push(readyState({ suggestions: [ack2, ack1] as never, risk: { ...readyState().risk, history } }));
    expect(ids(store)).toEqual(['ack-2', 'ack-1']);
    expect(store.getState().moreShown).toBe(false);
  });

  test('the announcement says the score the meter shows, also when only the score changed', async () => {
    const { client, store } = setup();
    await flush();
    const risk = readyState().risk;
    client.push(readyState({ risk: { ...risk, level: 'critical', score: 88.6 } }));
    expect(store.getState().announcement).toBe('Risk level Critical, score 89.');
    client.push(readyState({ risk: { ...risk, level: 'critical', score: 100 } }));
    expect(store.getState().announcement).toBe('Risk level Critical, score 100.');
    client.push(readyState({ risk: { ...risk, level: 'critical', score: 104 } }));
    expect(store.getState().announcement).toBe('Risk level Critical, score 100.');
  });
});
