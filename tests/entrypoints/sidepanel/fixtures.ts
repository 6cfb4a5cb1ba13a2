/** Panel states for side panel tests. */
import { dismissKey } from '../../../lib/analyzer';
import type { Signal } from '../../../lib/analyzer/types';
import { emptyPanelState, type Flag, type PanelState } from '../../../lib/messaging/panel-state';
import type { Suggestion } from '../../../lib/suggest/types';

/** A flagged message as the background builds it: its dismiss keys come from its spans. */
export const flagOf = (messageKey: string, text: string, signals: Signal[]): Flag => ({
  messageKey,
  text,
  signals,
  dismissKeys: [...new Set(signals.flatMap((s) => s.spans.map(dismissKey)))],
});

export const signal = (text: string, phrase: string, rule = `phrase:${phrase}`): Signal => {
  const start = text.indexOf(phrase);
  return {
    name: 'frustration',
    strength: 0.7,
    spans: [{ start, end: start + phrase.length, text: phrase, rule }],
    why: `repeated failure: “${phrase}”`,
  };
};

export const suggestion = (
  phraseId: string,
  kind: Suggestion['kind'],
  extra: Partial<Suggestion> = {},
): Suggestion => ({
  phraseId,
  kind,
  text: `Text of ${phraseId}.`,
  template: extra.text ?? `Text of ${phraseId}.`,
  fromCustomer: [],
  missing: [],
  why: `why ${phraseId}`,
  ...extra,
});

/** A ready state for tab 7 with one flag and three suggestions (one needing an order number). */
export function readyState(over: Partial<PanelState> = {}): PanelState {
  const text = 'This is the third time and it is STILL not working';
  return {
    ...emptyPanelState(7),
    status: 'ready',
    siteId: 'zendesk',
    health: { conversation: true, messages: true, composer: true },
    conversationKey: 'zendesk:1',
    reading: true,
    risk: {
      score: 42,
      level: 'watch',
      trend: 'rising',
      history: [
        { key: 'm1', score: 10 },
        { key: 'm2', score: 42 },
      ],
    },
    flags: [flagOf('m2', text, [signal(text, 'STILL not working')])],
    suggestions: [
      suggestion('ack-1', 'acknowledge'),
      suggestion('clar-1', 'clarify', {
        text: 'Could you confirm order {{order.number}}?',
        missing: ['order.number'],
      }),
      suggestion('ack-2', 'acknowledge'),
    ],
    messageCount: 2,
    ...over,
  };
}
