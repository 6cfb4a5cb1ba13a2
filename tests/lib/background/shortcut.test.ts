// The keyboard shortcut never inserts words the customer chose: it skips to a suggestion with none.
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundDeps, createController } from '../../../lib/background/controller';
import { DEFAULT_PLAYBOOK, type Phrase, STAGES } from '../../../lib/playbook';
import { fakeDeps, PAGE } from './fake-deps';

const TAB = 3;
const base = DEFAULT_PLAYBOOK.find((p) => p.kind === 'acknowledge') as Phrase;
const phrase = (id: string, text: string): Phrase => ({ ...base, id, text, stages: [...STAGES], tags: [] });
const PLAYBOOK = [
  phrase('t-order', 'I hear you about order {{order.id}}, and I am on it.'),
  phrase('t-plain', 'I hear you, and I am on it.'),
];

let deps: BackgroundDeps;
beforeEach(() => {
  fakeBrowser.reset();
  deps = fakeDeps({ playbook: async () => PLAYBOOK }).deps;
});

test('insert-top-suggestion and copy-top-suggestion skip suggestions with values from the customer', async () => {
  const c = createController(deps);
  const health = { conversation: true, messages: true, composer: true };
  await c.report(TAB, PAGE, { siteId: 'zendesk', conversationKey: '1', health, customerName: 'Maria' });
  await c.delta(TAB, PAGE, {
    conversationKey: '1',
    reset: true,
    upserts: [{ key: 'm1', role: 'customer', text: 'My order 88213 is late and I am upset about it' }],
  });
  const shown = (await c.panelState(TAB)).suggestions.map((s) => s.phraseId);
  expect(shown[0]).toBe('t-order');
  // Copy first: an inserted phrase is not offered again.
  await c.command('copy-top-suggestion', TAB);
  expect(deps.copyInTab).toHaveBeenCalledWith(TAB, 'I hear you, and I am on it.');
  await c.command('insert-top-suggestion', TAB);
  expect(deps.insertInTab).toHaveBeenCalledWith(TAB, 'I hear you, and I am on it.', 'caret', 'reply');
});
