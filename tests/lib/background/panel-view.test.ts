// What the panel is told about a tab: the language verdict is the customers' majority, not one message.
import { describe, expect, test } from 'vitest';
import { buildPanelState, type PanelInputs } from '../../../lib/background/panel-view';
import { applyDelta, applyReport, newTabSession } from '../../../lib/background/tab-session';
import { DEFAULT_PLAYBOOK } from '../../../lib/playbook';

const inputs: PanelInputs = {
  enabled: true,
  agentName: 'Alex',
  kindsShown: [],
  offers: [],
  playbook: DEFAULT_PLAYBOOK,
};
const health = { conversation: true, messages: true, composer: true };

function panelFor(customerTexts: string[]) {
  let s = applyReport(newTabSession(2), { siteId: 'zendesk', conversationKey: 'c', health });
  const upserts = customerTexts.map((text, i) => ({ key: `m${i}`, role: 'customer' as const, text }));
  s = applyDelta(s, { conversationKey: 'c', upserts, reset: true }, 'default');
  return buildPanelState(s, 2, { ...inputs, kindsShown: ['acknowledge', 'apologize'] });
}

const GERMAN = 'Ich warte seit drei Tagen auf meine Bestellung und niemand antwortet mir.';
const GERMAN_AGAIN = 'Das ist jetzt das dritte Mal, dass ich schreibe. Bitte helfen Sie mir endlich.';

test('a conversation mostly not in English says so', () => {
  expect(panelFor([GERMAN, GERMAN_AGAIN, 'ok']).language).toBe('unknown');
});

test('one foreign line in an English conversation does not change the verdict', () => {
  const english = ['My order is three days late.', 'Nobody has answered me yet, this is the third time.'];
  expect(panelFor([...english, GERMAN]).language).toBe('en');
});

test('Poise switched off on the site: the panel says off and shows nothing of the chat', () => {
  const s = applyReport(newTabSession(2), { siteId: 'zendesk', conversationKey: 'c', health });
  const state = buildPanelState(s, 2, { ...inputs, enabled: false });
  expect(state.status).toBe('off');
  expect(state.flags).toEqual([]);
  expect(state.suggestions).toEqual([]);
});

describe('reading: whether any customer message of the conversation was read (issue 11)', () => {
  const reported = () => applyReport(newTabSession(2), { siteId: 'zendesk', conversationKey: 'c', health });
  const withMessages = (roles: ('customer' | 'agent' | 'bot')[]) =>
    applyDelta(
      reported(),
      {
        conversationKey: 'c',
        upserts: roles.map((role, i) => ({ key: `m${i}`, role, text: `Hello there, message ${i}.` })),
        reset: true,
      },
      'default',
    );

  test('a page report alone, or only the agent and the bot: not reading', () => {
    expect(buildPanelState(reported(), 2, inputs).reading).toBe(false);
    expect(buildPanelState(withMessages(['bot', 'agent']), 2, inputs).reading).toBe(false);
  });

  test('one customer message read: reading', () => {
    expect(buildPanelState(withMessages(['bot', 'customer']), 2, inputs).reading).toBe(true);
  });

  test('no tab session, or Poise off: not reading', () => {
    expect(buildPanelState(undefined, 2, inputs).reading).toBe(false);
    expect(buildPanelState(withMessages(['customer']), 2, { ...inputs, enabled: false }).reading).toBe(false);
  });
});
