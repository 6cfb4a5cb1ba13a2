// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../../../entrypoints/sidepanel/App';
import { createFakeClient, type FakeClient } from '../../../lib/messaging/fake-client';
import { emptyPanelState, type PanelState } from '../../../lib/messaging/panel-state';
import { flagOf, readyState, signal } from './fixtures';

afterEach(cleanup);

async function renderPanel(state: PanelState = readyState()): Promise<FakeClient> {
  const client = createFakeClient(state);
  render(<App client={client} tabId={state.tabId} clipboard={async () => {}} />);
  await act(async () => {});
  return client;
}

const press = async (key: string, target: Element = document.body) => {
  await act(async () => {
    fireEvent.keyDown(target, { key });
  });
};

describe('side panel', () => {
  test('status, tab and risk test hooks', async () => {
    await renderPanel();
    const status = screen.getByTestId('panel-status');
    expect(status.dataset.status).toBe('ready');
    expect(status.dataset.messageCount).toBe('2');
    expect(screen.getByTestId('connected-tab').dataset.tabId).toBe('7');
    const level = screen.getByTestId('risk-level');
    expect(level.dataset.level).toBe('watch');
    expect(level.textContent).toBe('Watch'); // the word, not only a colour
    expect(level.querySelector('svg path')).not.toBeNull(); // and a shape
  });

  test('flags highlight the trigger words and dismiss their rule', async () => {
    const client = await renderPanel();
    const flag = screen.getByTestId('flag');
    expect([...flag.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['STILL not working']);
    expect(flag.textContent).toContain('repeated failure');
    await act(async () => {
      fireEvent.click(within(flag).getByRole('button', { name: /^Wrong flag/ }));
    });
    expect(client.calls.dismiss).toEqual(['phrase:STILL not working']);
  });

  test('chat text stays text: markup in a message is shown, never built', async () => {
    const img = '<img src=x onerror="window.__pwned=1"> this is still not working';
    const script = '<script>window.__pwned=1</script> I will sue you';
    await renderPanel(
      readyState({
        flags: [
          flagOf('a', img, [signal(img, 'still not working')]),
          flagOf('b', script, [signal(script, 'sue')]),
        ],
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Earlier flags (1)' }));
    const flags = screen.getAllByTestId('flag');
    expect(flags[0]?.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(flags[1]?.textContent).toContain('<script>window.__pwned=1</script>');
    expect(document.querySelectorAll('[data-testid="flag"] img, [data-testid="flag"] script')).toHaveLength(
      0,
    );
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('suggestion cards by kind; keys 1-9 insert the visible ones, not while typing', async () => {
    const client = await renderPanel();
    const cards = screen.getAllByTestId('suggestion');
    expect(cards.map((c) => c.dataset.kind)).toEqual(['acknowledge', 'acknowledge', 'clarify']);
    await press('2');
    expect(client.calls.insert.map((c) => c.phraseId)).toEqual(['ack-2']);
    const input = screen.getByLabelText('order number');
    await press('1', input);
    expect(client.calls.insert).toHaveLength(1);
    await press('9');
    expect(client.calls.insert).toHaveLength(1);
  });

  test('a missing placeholder must be filled before Insert', async () => {
    const client = await renderPanel();
    const card = screen.getAllByTestId('suggestion')[2] as HTMLElement;
    const insert = within(card).getByTestId('insert-suggestion') as HTMLButtonElement;
    expect(insert.disabled).toBe(true);
    await press('3');
    expect(client.calls.insert).toEqual([]);
    fireEvent.change(within(card).getByLabelText('order number'), { target: { value: 'A-17' } });
    expect(within(card).getByTestId('suggestion-text').textContent).toBe('Could you confirm order A-17?');
    expect(insert.disabled).toBe(false);
    await act(async () => {
      fireEvent.click(insert);
    });
    expect(client.calls.insert[0]).toMatchObject({ text: 'Could you confirm order A-17?', mode: 'caret' });
  });

  test('the replace switch changes the insert mode', async () => {
    const client = await renderPanel();
    fireEvent.click(screen.getByLabelText('Replace draft'));
    await press('1');
    expect(client.calls.insert[0]?.mode).toBe('replace');
  });

  test('a failed insert shows why and puts Copy first', async () => {
    const client = await renderPanel();
    client.insertResult = { ok: false, reason: 'The reply box did not accept the text.' };
    const card = screen.getAllByTestId('suggestion')[0] as HTMLElement;
    await act(async () => {
      fireEvent.click(within(card).getByTestId('insert-suggestion'));
    });
    expect(within(card).getByRole('alert').textContent).toBe('The reply box did not accept the text.');
    expect(within(card).getByTestId('copy-suggestion').className).toBe('button-primary');
  });

  test('coach rewrite replaces the draft in one click (Accept)', async () => {
    const client = await renderPanel(
      readyState({
        coach: {
          notes: [
            { rule: 'calm-down', start: 0, end: 9, text: 'calm down', why: 'orders to calm down inflame' },
          ],
          rewrite: 'I understand this is frustrating.',
        },
      }),
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    });
    expect(client.calls.insert).toEqual([
      { tabId: 7, text: 'I understand this is frustrating.', mode: 'replace', phraseId: undefined },
    ]);
  });

  test('case summary: shown, then inserted as an internal note where the page has one', async () => {
    const client = await renderPanel(readyState({ canWriteNote: true }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Write a case summary' }));
    });
    expect(screen.getByText('Summary')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Insert as internal note' }));
    });
    expect(client.calls.insert).toEqual([{ tabId: 7, text: 'Summary', mode: 'caret', target: 'note' }]);
  });

  test('case summary: Copy only where the page has no internal note', async () => {
    const client = await renderPanel(readyState({ canWriteNote: false }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Write a case summary' }));
    });
    const section = within(screen.getByRole('region', { name: 'Case summary' }));
    expect(section.queryByRole('button', { name: 'Insert as internal note' })).toBeNull();
    expect(section.getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect(client.calls.insert).toEqual([]);
  });

  test('case summary: a refused note says why', async () => {
    const client = await renderPanel(readyState({ canWriteNote: true }));
    client.insertResult = { ok: false, reason: 'Poise could not switch the reply box to an internal note.' };
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Write a case summary' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Insert as internal note' }));
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'Poise could not switch the reply box to an internal note.',
    );
  });
});

describe('honest states', () => {
  test.each([
    [{ ...emptyPanelState(7), status: 'off' as const }, 'off', 'Poise is off on this site.'],
    [emptyPanelState(7), 'no-content', 'Open a helpdesk tab to use Poise.'],
  ])('%#: status %s', async (state, status, text) => {
    await renderPanel(state);
    expect(screen.getByTestId('panel-status').dataset.status).toBe(status);
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.queryByTestId('risk-level')).toBeNull();
  });

  test('no reply box: Insert is gone, Copy leads, health names the part', async () => {
    await renderPanel(readyState({ health: { conversation: true, messages: true, composer: false } }));
    expect(screen.getByText('Reply box not found: use Copy.')).toBeTruthy();
    expect(screen.queryAllByTestId('insert-suggestion')).toHaveLength(0);
    expect(screen.getAllByTestId('copy-suggestion')[0]?.className).toBe('button-primary');
    expect(screen.getByTestId('health').textContent).toContain('reply box');
  });

  test('no conversation, not English, let them finish', async () => {
    await renderPanel(
      readyState({
        health: { conversation: false, messages: false, composer: true },
        language: 'unknown',
        letThemFinish: true,
      }),
    );
    expect(screen.getByText('No conversation found on this page.')).toBeTruthy();
    expect(screen.getByText(/not in English/)).toBeTruthy();
    expect(screen.getByTestId('let-them-finish')).toBeTruthy();
  });

  test('a level change is announced in a live region', async () => {
    const client = await renderPanel();
    await act(async () => {
      client.push(readyState({ risk: { ...readyState().risk, level: 'critical', score: 88 } }));
    });
    expect(screen.getByRole('status').textContent).toBe('Risk level Critical, score 88.');
    expect(screen.getByTestId('risk-level').dataset.level).toBe('critical');
  });
});
