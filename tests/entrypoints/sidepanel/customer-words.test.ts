// Insert waits for the agent to check words the customer chose, on every path.
import { expect, test } from 'vitest';
import { sidepanelSelectors as sel } from '../../../entrypoints/sidepanel/selectors';
import { createSidepanelStore } from '../../../entrypoints/sidepanel/store';
import { createFakeClient } from '../../../lib/messaging/fake-client';
import { readyState, suggestion } from './fixtures';

const flush = () => new Promise((r) => setTimeout(r, 0));
const solve = suggestion('sol-1', 'solve', {
  text: 'Thanks for the error "Payment declined" on order {{order.id}}.',
  fromCustomer: [{ name: 'error.message', value: 'Payment declined' }],
  missing: ['order.id'],
});

test('a suggestion with words from the customer is inserted only once the agent checked them', async () => {
  const client = createFakeClient(readyState({ suggestions: [solve] }));
  const store = createSidepanelStore({ client, tabId: 7 });
  await flush();
  const s = store.getState();
  s.setFill('sol-1', 'order.id', ' A-17 [x](http://evil.example) ');
  expect(sel.canInsert(store.getState(), solve)).toBe(false);
  expect(await store.getState().insertSuggestion(solve)).toBe(false);
  expect(store.getState().error?.reason).toMatch(/from the customer/);
  expect(client.calls.insert).toEqual([]);

  s.confirmCustomerWords('sol-1', true);
  expect(sel.canInsert(store.getState(), solve)).toBe(true);
  expect(await store.getState().insertSuggestion(solve)).toBe(true);
  // What the agent typed goes through the same filler: one line, no link.
  expect(client.calls.insert.map((c) => c.text)).toEqual([
    'Thanks for the error "Payment declined" on order A-17 x.',
  ]);
});
