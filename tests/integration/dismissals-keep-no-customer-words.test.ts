// Learning from dismissals keeps the customer's words out of local storage: the same customer, using the same odd
// words in three conversations, has every flag dismissed each time; what Poise then keeps in local storage holds none
// of those words, only lexicon-shaped keys, and the conversations only as salted hashes. The background controller
// runs for real over WXT's fake browser, wired to the real storage as the background entrypoint wires it.
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createController } from '../../lib/background/controller';
import type { PanelState } from '../../lib/messaging/panel-state';
import { learnedKeys, loadLearned, recordDismissal } from '../../lib/storage/dismissal-learning';
import { isLearnable } from '../../lib/storage/dismissal-learning-schema';
import { fakeDeps, PAGE } from '../lib/background/fake-deps';

const TAB = 3;
/** Words no lexicon, rule id or default contains: found in local or sync storage, the customer's text leaked. */
const CANARIES = ['Qwyxzor', 'Blinkvast', 'Zorptangle', 'Fribbleworth', 'Kvantex'] as const;
const health = { conversation: true, messages: true, composer: true };

beforeEach(() => fakeBrowser.reset());

test("after every flag of three conversations is dismissed, local storage holds lexicon keys and none of the customer's words", async () => {
  let state: PanelState | undefined;
  const { deps } = fakeDeps({
    broadcast: (_tab, s) => {
      state = s;
    },
    learning: {
      learned: learnedKeys,
      record: (key, conversation, signal) => recordDismissal(key, conversation, signal),
      openTabs: async () => [TAB],
    },
  });
  const c = createController(deps);
  const [name, product, place, pet, code] = CANARIES;
  const said = [
    `This ${product} is ridiculous, still not working!! ${name} here, I am furious.`,
    `You are a useless ${pet} of an agent. ${product} is garbage and a scam.`,
    `I will post a review about ${product} from ${place}, code ${code}-42.`,
    // Read as a whole by the model: its flag's span, and dismiss key, is the message itself.
    `I will call my lawyer about ${pet}.`,
    `Why is my ${product} still broken`,
  ];
  for (const ticket of ['1', '2', '3']) {
    const conversationKey = `zendesk:acme:${name}-${ticket}`;
    await c.report(TAB, PAGE, { siteId: 'zendesk', conversationKey, health, customerName: name });
    await c.delta(TAB, PAGE, {
      conversationKey,
      reset: true,
      upserts: said.map((text, i) => ({ key: `m${i}`, role: 'customer' as const, text })),
    });
    // "Not a problem" on every flag, as the panel sends it: each of its dismiss keys, until none is left.
    for (let round = 0; round < 5 && (state?.flags.length ?? 0) > 0; round++)
      for (const flag of state?.flags ?? [])
        for (const key of flag.dismissKeys) await c.dismissFlag(TAB, key);
  }
  await c.relearn();

  const learned = await loadLearned();
  expect(learned.length).toBeGreaterThan(0);
  for (const phrase of learned) expect(isLearnable(phrase.key), phrase.key).toBe(true);
  const stored = JSON.stringify([
    await fakeBrowser.storage.local.get(null),
    await fakeBrowser.storage.sync.get(null),
  ]);
  for (const word of CANARIES) expect(stored.toLowerCase(), word).not.toContain(word.toLowerCase());
  expect(stored).not.toContain('zendesk:acme');
});
