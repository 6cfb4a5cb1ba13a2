// @vitest-environment happy-dom
// The panel read in one glance: the newest flag under the level, three cards in view, a list that stays put after
// Insert, the reason said once per group in an agent's words, and what a screen reader hears matches the screen.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App';
import { createFakeClient, type FakeClient } from '../../../lib/messaging/fake-client';
import type { PanelState } from '../../../lib/messaging/panel-state';
import { flagOf, readyState, signal, suggestion } from './fixtures';

afterEach(cleanup);

async function renderPanel(state: PanelState): Promise<FakeClient> {
  const client = createFakeClient(state);
  render(<App client={client} tabId={state.tabId} clipboard={async () => {}} />);
  await act(async () => {});
  return client;
}

const press = async (key: string) => {
  await act(async () => {
    fireEvent.keyDown(document.body, { key });
  });
};

const cardIds = () => screen.queryAllByTestId('suggestion').map((c) => c.dataset.phraseId);

const abuseWhy = 'abusive language: tier 1, a calm reminder of mutual respect';
/** Critical: three boundary cards sharing one reason, two hand-offs, an acknowledgement, two flags. */
function critical(over: Partial<PanelState> = {}): PanelState {
  const older = 'This is the third time and it is STILL not working';
  const newest = 'You are useless. Get me your manager.';
  return readyState({
    risk: {
      score: 100,
      level: 'critical',
      trend: 'rising',
      history: [
        { key: 'm1', score: 40 },
        { key: 'm2', score: 100 },
      ],
    },
    flags: [flagOf('m2', newest, [signal(newest, 'useless')]), flagOf('m1', older, [signal(older, 'STILL')])],
    suggestions: [
      suggestion('b1', 'boundary', { tier: 1, why: abuseWhy }),
      suggestion('r1', 'refer', { why: 'the customer asked for a manager' }),
      suggestion('b2', 'boundary', { tier: 1, why: abuseWhy }),
      suggestion('a1', 'acknowledge'),
      suggestion('b3', 'boundary', { tier: 1, why: abuseWhy }),
      suggestion('r2', 'refer', { why: 'the customer asked for a manager' }),
    ],
    coach: { notes: [{ rule: 'calm-down', start: 0, end: 9, text: 'calm down', why: 'orders inflame' }] },
    ...over,
  });
}

describe('flags first', () => {
  test('order: level, newest flag, suggestions, coach; older flags behind "Earlier flags (n)"', async () => {
    await renderPanel(critical());
    const level = screen.getByTestId('risk-level');
    const flags = screen.getAllByTestId('flag');
    expect(flags.map((f) => f.dataset.messageKey)).toEqual(['m2']);
    const firstCard = screen.getAllByTestId('suggestion')[0] as HTMLElement;
    const coach = screen.getByText('orders inflame');
    const follows = (a: Node, b: Node) =>
      (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect(follows(level, flags[0] as Node)).toBe(true);
    expect(follows(flags[0] as Node, firstCard)).toBe(true);
    expect(follows(firstCard, coach)).toBe(true);
    expect([...(flags[0] as HTMLElement).querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'useless',
    ]);
    const earlier = screen.getByRole('button', { name: 'Earlier flags (1)' });
    expect(earlier.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(earlier);
    expect(screen.getAllByTestId('flag').map((f) => f.dataset.messageKey)).toEqual(['m2', 'm1']);
  });

  test('nothing flagged: no flag section at all', async () => {
    await renderPanel(readyState({ flags: [] }));
    expect(screen.queryByRole('heading', { name: /flag/i })).toBeNull();
    expect(screen.queryByTestId('flag')).toBeNull();
  });
});

describe('three cards in view', () => {
  test('the first three by the engine order, "More suggestions (n)" reveals the rest, each with a key', async () => {
    const client = await renderPanel(critical());
    expect(cardIds()).toEqual(['b1', 'b2', 'r1']);
    await press('4');
    expect(client.calls.insert).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'More suggestions (3)' }));
    expect(cardIds()).toEqual(['b1', 'b2', 'r1', 'a1', 'b3', 'r2']);
    const keys = screen.getAllByTestId('insert-suggestion').map((b) => b.getAttribute('aria-keyshortcuts'));
    expect(keys).toEqual(['1', '2', '3', '4', '5', '6']);
    await press('6');
    expect(client.calls.insert.map((c) => c.phraseId)).toEqual(['r2']);
  });

  test('"more" closes again when the customer writes', async () => {
    const client = await renderPanel(critical());
    fireEvent.click(screen.getByRole('button', { name: 'More suggestions (3)' }));
    expect(cardIds()).toHaveLength(6);
    const history = [...critical().risk.history, { key: 'm3', score: 100 }];
    await act(async () => {
      client.push(critical({ risk: { ...critical().risk, history } }));
    });
    expect(cardIds()).toEqual(['b1', 'b2', 'r1']);
  });

  test('twelve cards: none is listed without a key', async () => {
    const many = Array.from({ length: 12 }, (_, i) => suggestion(`p${i}`, 'acknowledge'));
    await renderPanel(readyState({ suggestions: many }));
    fireEvent.click(screen.getByRole('button', { name: /^More suggestions/ }));
    const keys = screen.getAllByTestId('insert-suggestion').map((b) => b.getAttribute('aria-keyshortcuts'));
    expect(keys).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
});

describe('the reason, once, in an agent’s words', () => {
  test('one "why" per group, never the word "tier"', async () => {
    await renderPanel(critical());
    fireEvent.click(screen.getByRole('button', { name: /^More suggestions/ }));
    const whys = screen.getAllByTestId('group-why').map((p) => p.textContent);
    expect(whys).toEqual([
      'Abusive language: a calm reminder of mutual respect',
      'The customer asked for a manager',
      'Why a1',
    ]);
    expect(document.body.textContent?.toLowerCase()).not.toContain('tier');
    expect(screen.getAllByRole('heading', { name: /Set a boundary/ })[0]?.textContent).toBe(
      'Set a boundary · First reminder',
    );
  });
});

describe('a stable list', () => {
  test('pressing 1 twice inserts one phrase; the card stays first, marked Used, and says how to repeat it', async () => {
    const client = await renderPanel(critical());
    await press('1');
    await press('1');
    expect(client.calls.insert.map((c) => c.phraseId)).toEqual(['b1']);
    expect(cardIds()).toEqual(['b1', 'b2', 'r1']);
    const first = screen.getAllByTestId('suggestion')[0] as HTMLElement;
    expect(first.dataset.used).toBe('true');
    expect(within(first).getByTestId('used-reminder').textContent).toBe(
      'Already inserted: pressing 1 again does not send it twice. To repeat it, use Insert again.',
    );
    // The deliberate click still repeats it.
    await act(async () => {
      fireEvent.click(within(first).getByRole('button', { name: 'Insert again' }));
    });
    expect(client.calls.insert.map((c) => c.phraseId)).toEqual(['b1', 'b1']);
  });

  test('the background re-ranks after the agent’s reply: the cards on screen do not move', async () => {
    const client = await renderPanel(critical());
    await press('2');
    const reranked = critical({
      messageCount: 5,
      suggestions: [
        suggestion('r1', 'refer'),
        suggestion('b2', 'boundary', { used: true }),
        suggestion('x', 'solve'),
      ],
    });
    await act(async () => {
      client.push(reranked);
    });
    expect(cardIds()).toEqual(['b1', 'b2', 'r1']);
    expect(screen.getAllByTestId('suggestion')[1]?.dataset.used).toBe('true');
    await press('3');
    expect(client.calls.insert.map((c) => c.phraseId)).toEqual(['b2', 'r1']);
  });
});

describe('details that mislead', () => {
  test('no tab id in the header', async () => {
    await renderPanel(critical());
    expect(screen.getByRole('banner').textContent).not.toMatch(/Tab \d/);
  });

  test('the screen reader hears the score the screen shows', async () => {
    const client = await renderPanel(readyState());
    await act(async () => {
      client.push(critical({ risk: { ...critical().risk, score: 89.4 } }));
    });
    expect(screen.getByRole('status').textContent).toBe('Risk level Critical, score 89.');
    await act(async () => {
      client.push(critical());
    });
    const shown = screen.getByTitle('Risk score from 0 to 100').firstChild?.textContent;
    expect(shown).toBe('100');
    expect(screen.getByRole('status').textContent).toBe(`Risk level Critical, score ${shown}.`);
  });
});
