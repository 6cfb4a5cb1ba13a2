import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  dismissalLearningItem,
  forgetLearned,
  type LearnedPhrase,
  learnedKeys,
  loadLearned,
  readDismissalLearning,
  recordDismissal,
  watchLearned,
} from '../../../lib/storage/dismissal-learning';
import {
  EMPTY_LEARNING,
  isLearnable,
  LEARN_AFTER,
  labelFor,
  MAX_PENDING,
  recordIn,
} from '../../../lib/storage/dismissal-learning-schema';

beforeEach(() => fakeBrowser.reset());

const KEY = 'afinn:negative|ridiculous';

describe('counting dismissals', () => {
  test('two conversations are not enough; the third teaches the phrase', async () => {
    expect(await recordDismissal(KEY, 'ticket-1', 'frustration', 1000)).toBe(false);
    expect(await recordDismissal(KEY, 'ticket-2', 'frustration', 2000)).toBe(false);
    expect(await loadLearned()).toEqual([]);
    expect(await recordDismissal(KEY, 'ticket-3', 'frustration', 3000)).toBe(true);
    expect(await loadLearned()).toEqual<LearnedPhrase[]>([
      { key: KEY, label: '“ridiculous” (frustration)', signal: 'frustration', learnedAt: 3000 },
    ]);
    expect(await learnedKeys()).toEqual([KEY]);
  });

  test('the same conversation counts once, however often its flag is dismissed', async () => {
    for (let i = 0; i < 5; i++) await recordDismissal(KEY, 'ticket-1', 'frustration');
    await recordDismissal(KEY, 'ticket-2', 'frustration');
    expect(await loadLearned()).toEqual([]);
    const { state } = await readDismissalLearning();
    expect(state.pending).toHaveLength(1);
    expect(state.pending[0]?.conversations).toHaveLength(2);
  });

  test('dismissals sent at once (several keys of one flag) are all counted', async () => {
    await Promise.all(['a', 'b', 'c'].map((c) => recordDismissal(KEY, `ticket-${c}`, 'frustration')));
    expect(await learnedKeys()).toEqual([KEY]);
  });

  test('undo forgets the phrase and its counts', async () => {
    for (const c of ['1', '2', '3']) await recordDismissal(KEY, c, 'frustration');
    await recordDismissal('afinn:negative|awful', '1', 'frustration');
    await forgetLearned(KEY);
    expect(await loadLearned()).toEqual([]);
    // Counted afresh: two more conversations do not bring it back.
    await recordDismissal(KEY, '4', 'frustration');
    await recordDismissal(KEY, '5', 'frustration');
    expect(await loadLearned()).toEqual([]);
    expect((await readDismissalLearning()).state.pending).toHaveLength(2);
  });

  test('watchers hear what was learned and what was undone', async () => {
    const seen: string[][] = [];
    const unwatch = watchLearned((learned) => seen.push(learned.map((l) => l.key)));
    for (const c of ['1', '2', '3']) await recordDismissal(KEY, c, 'frustration');
    await forgetLearned(KEY);
    await new Promise((r) => setTimeout(r, 0));
    unwatch();
    expect(seen.at(-2)).toEqual([KEY]);
    expect(seen.at(-1)).toEqual([]);
  });

  test('until a phrase is learned, it and its conversations are kept as salted hashes only', async () => {
    await recordDismissal(KEY, 'https://acme.zendesk.com/agent/tickets/4711', 'frustration');
    await recordDismissal(KEY, 'https://acme.zendesk.com/agent/tickets/4712', 'frustration');
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toContain('4711');
    expect(stored).not.toContain('acme');
    expect(stored).not.toContain('ridiculous');
    const { state } = await readDismissalLearning();
    expect(state.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(state.pending[0]?.conversations[0]).toMatch(/^[0-9a-f]{16}$/);
  });
});

const dismissal = (key: string, conversation: string, keyHash = 'f'.repeat(16)) => ({
  key,
  keyHash,
  conversation: conversation.repeat(16),
  signal: 'frustration' as const,
});

describe('what may be learned', () => {
  test.each([
    ['frustration:still-not-working', true],
    ['threat_legal:lawyer', true],
    ['afinn:negative|ridiculous', true],
    ['abusive:insult|useless idiot', true],
    ['model:words|pathetic', true],
    ['model:words|not working', true],
    // The model's whole-message span: its "phrase" is the customer's message.
    ['model:message|i want my money back for order 123', false],
    ['model:words|four words in all', false],
    ['afinn:negative|order 4711', false],
    ['afinn:negative|one two three four', false],
    ['afinn:negative|', false],
    ['not a key at all', false],
  ])('%s → %s', (key, learnable) => {
    expect(isLearnable(key)).toBe(learnable);
    let state = EMPTY_LEARNING;
    let learned = false;
    for (const c of ['a', 'b', 'c']) ({ state, learned } = recordIn(state, dismissal(key, c), 3));
    expect(learned).toBe(learnable);
  });

  test('labels name the phrase and the signal', () => {
    expect(labelFor('frustration:still-not-working', 'frustration')).toBe(
      '“still not working” (frustration)',
    );
    expect(labelFor('threat_legal:lawyer', 'threat_legal')).toBe('“lawyer” (legal threat)');
    expect(labelFor('intensity:capitals', 'anger')).toBe('writing in capitals (anger)');
    expect(labelFor('negation:helpful', 'frustration')).toBe('“not helpful” (frustration)');
  });

  test('pending keys are capped, the least recently dismissed dropped first', () => {
    let state = EMPTY_LEARNING;
    for (let i = 0; i < MAX_PENDING + 20; i++)
      state = recordIn(
        state,
        dismissal(`frustration:phrase-${i}`, 'a', i.toString(16).padStart(16, '0')),
        i,
      ).state;
    expect(state.pending).toHaveLength(MAX_PENDING);
    expect(state.pending.some((p) => p.lastAt === 0)).toBe(false);
    expect(state.pending.some((p) => p.lastAt === MAX_PENDING + 19)).toBe(true);
    expect(LEARN_AFTER).toBe(3);
  });
});

describe('a damaged stored value', () => {
  test.each([
    ['not an object', 'garbage'],
    ['a wrong shape', { salt: 'x', pending: 'nope', learned: [] }],
    [
      'an unlearnable key',
      {
        salt: 'a'.repeat(32),
        pending: [],
        learned: [{ key: 'model:message|hi there you', signal: 'anger', learnedAt: 1 }],
      },
    ],
  ])('%s is reset and reported, not thrown', async (_what, value) => {
    await dismissalLearningItem.setValue(value);
    const { state, problems } = await readDismissalLearning();
    expect(state.learned).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/learned dismissals.*reset/);
    expect(await loadLearned()).toEqual([]);
    // Written back repaired: the next read has nothing to report.
    expect((await readDismissalLearning()).problems).toEqual([]);
    // And learning carries on.
    for (const c of ['1', '2', '3']) await recordDismissal(KEY, c, 'frustration');
    expect(await learnedKeys()).toEqual([KEY]);
  });
});
