// What the panel is told about a tab: the language verdict is the customers' majority, not one message.
import { describe, expect, test, vi } from 'vitest';
import { buildPanelState, type PanelInputs } from '../../../lib/background/panel-view';
import { applyDelta, applyReport, newTabSession } from '../../../lib/background/tab-session';
import { DEFAULT_PLAYBOOK } from '../../../lib/playbook';
import { suggest } from '../../../lib/suggest';

// The real engine, watched: what the panel passes it is part of the wiring under test.
vi.mock('../../../lib/suggest', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/suggest')>();
  return { ...real, suggest: vi.fn(real.suggest) };
});

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

describe('reading: whether any customer message of the conversation was read', () => {
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

describe('the page facts and the customer writing reach the panel', () => {
  const customers = (...keys: string[]) =>
    keys.map((key) => ({ key, role: 'customer' as const, text: `It ${key}.` }));

  test("the helpdesk's own fields go to the suggestion engine as context.pageFacts", () => {
    const pageFacts = { email: 'maria.keller@example.com', orderId: '48213' };
    let s = applyReport(newTabSession(2), { siteId: 'zendesk', conversationKey: 'c', health, pageFacts });
    s = applyDelta(s, { conversationKey: 'c', upserts: customers('m1'), reset: true }, 'default');
    vi.mocked(suggest).mockClear();
    const state = buildPanelState(s, 2, inputs);
    expect(vi.mocked(suggest).mock.calls.at(-1)?.[0].context.pageFacts).toEqual(pageFacts);
    expect(state.status).toBe('ready');
  });

  test('let them finish: while the page shows typing; after a live burst for seconds only; never for history', () => {
    const opened = applyDelta(
      applyReport(newTabSession(2), { siteId: 'zendesk', conversationKey: 'c', health }, 1000),
      { conversationKey: 'c', upserts: customers('h1', 'h2', 'h3'), reset: true },
      'default',
      1000,
    );
    expect(buildPanelState(opened, 2, { ...inputs, now: 1500 }).letThemFinish).toBe(false);
    const typing = applyReport(
      opened,
      { siteId: 'zendesk', conversationKey: 'c', health, customerTyping: true },
      2000,
    );
    expect(buildPanelState(typing, 2, { ...inputs, now: 2500 }).letThemFinish).toBe(true);
    let burst = opened;
    for (const key of ['b1', 'b2', 'b3'])
      burst = applyDelta(
        burst,
        { conversationKey: 'c', upserts: customers(key), reset: false },
        'default',
        10_000,
      );
    expect(buildPanelState(burst, 2, { ...inputs, now: 12_000 }).letThemFinish).toBe(true);
    expect(buildPanelState(burst, 2, { ...inputs, now: 30_000 }).letThemFinish).toBe(false);
  });
});
