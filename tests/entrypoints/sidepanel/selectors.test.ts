import { expect, test } from 'vitest';
import { sidepanelSelectors as sel } from '../../../entrypoints/sidepanel/selectors';
import { emptyPanelState } from '../../../lib/messaging/panel-state';
import { NO_CARDS, stableCards } from '../../../lib/ui/stable-list';
import { readyState, suggestion } from './fixtures';

const ready = { panel: readyState(), fills: {} };

test('basics on plain state objects', () => {
  expect(sel.status({ panel: null })).toBe('loading');
  expect(sel.status(ready)).toBe('ready');
  expect(sel.level(ready)).toBe('watch');
  expect(sel.score({ panel: readyState({ risk: { ...readyState().risk, score: 41.6 } }) })).toBe(42);
  expect(sel.trend(ready)).toBe('rising');
  expect(sel.messageCount(ready)).toBe(2);
});

test('honest states', () => {
  expect(sel.notices({ panel: { ...emptyPanelState(1), status: 'off' } })).toEqual([
    { id: 'off', text: 'Poise is off on this site.' },
  ]);
  expect(sel.notices({ panel: emptyPanelState(1) }).map((n) => n.id)).toEqual(['no-content']);
  const broken = readyState({
    health: { conversation: false, messages: false, composer: false },
    language: 'unknown',
  });
  expect(sel.notices({ panel: broken }).map((n) => n.text)).toEqual([
    'No conversation found on this page.',
    'Reply box not found: use Copy.',
    'This conversation is not in English: Poise does not judge it.',
  ]);
  expect(sel.missingParts({ panel: broken })).toEqual(['conversation', 'messages', 'reply box']);
  expect(sel.composerFound({ panel: broken })).toBe(false);
  expect(sel.notices(ready)).toEqual([]);
  expect(sel.missingParts(ready)).toEqual([]);
});

test('suggestions are grouped and numbered; key n finds the nth shown, "more" ones only while shown', () => {
  const list = stableCards(
    NO_CARDS,
    readyState({ suggestions: [...readyState().suggestions, suggestion('e', 'empathize')] }),
  );
  const cards = { list, moreShown: false };
  expect(sel.layout(cards).inView.map((g) => g.kind)).toEqual(['acknowledge', 'clarify']);
  expect(sel.byNumber(cards, 2)?.suggestion.phraseId).toBe('ack-2');
  expect(sel.byNumber(cards, 3)?.suggestion.phraseId).toBe('clar-1');
  expect(sel.byNumber(cards, 4)).toBeUndefined();
  expect(sel.byNumber({ ...cards, moreShown: true }, 4)?.suggestion.phraseId).toBe('e');
  expect(stableCards(NO_CARDS, { ...readyState(), status: 'off' }).cards).toEqual([]);
});

test('Insert is enabled only when ready, the reply box exists and placeholders are filled', () => {
  const [ack, clarify] = readyState().suggestions;
  if (!ack || !clarify) throw new Error('fixture');
  expect(sel.canInsert(ready, ack)).toBe(true);
  expect(sel.canInsert(ready, clarify)).toBe(false);
  expect(sel.unfilled(ready, clarify)).toEqual(['order.number']);
  expect(sel.canInsert({ ...ready, fills: { 'clar-1': { 'order.number': 'A-1' } } }, clarify)).toBe(true);
  const noComposer = readyState({ health: { conversation: true, messages: true, composer: false } });
  expect(sel.canInsert({ panel: noComposer, fills: {} }, ack)).toBe(false);
});

test('reading, and why not: from the health report, most basic missing part first', () => {
  expect(sel.reading(ready)).toBe(true);
  expect(sel.reading({ panel: { ...readyState(), status: 'off' } })).toBe(false);
  const waiting = (health: ReturnType<typeof readyState>['health']) => ({
    panel: readyState({ reading: false, health }),
  });
  const all = { conversation: true, messages: true, composer: true };
  expect(sel.reading(waiting(all))).toBe(false);
  expect(sel.notReadingReason(waiting(null))).toBe('The page has not said what it shows yet.');
  expect(sel.notReadingReason(waiting({ conversation: false, messages: false, composer: false }))).toBe(
    'No conversation found on this page.',
  );
  expect(sel.notReadingReason(waiting({ ...all, messages: false }))).toBe(
    'The conversation’s messages were not found on this page.',
  );
  const closed =
    'The page’s chat seems to be inside a closed shadow root (<x-app>): no extension can read it.';
  expect(
    sel.notReadingReason(
      waiting({
        conversation: true,
        messages: false,
        composer: false,
        matched: { closedShadowRoot: closed },
      }),
    ),
  ).toBe(closed);
  expect(sel.notReadingReason(waiting({ ...all, composer: false }))).toBe(
    'No customer message in this conversation yet.',
  );
});

test('a session Poise could not store is said first, not hidden behind a reading panel', () => {
  const full = readyState({ warning: 'Poise cannot save this chat: the browser’s session storage is full.' });
  expect(sel.notices({ panel: full })[0]).toEqual({ id: 'warning', text: full.warning });
  expect(sel.notices({ panel: readyState() }).map((n) => n.id)).not.toContain('warning');
});
