import { expect, test } from 'vitest';
import { contentTabId, isOwnPage, isOwnSender } from '../../../lib/messaging/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

test.each([
  ['our side panel', { id: ID, url: `chrome-extension://${ID}/sidepanel.html` }, true, true, null],
  [
    'our content script',
    { id: ID, url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: 7 } },
    true,
    false,
    7,
  ],
  [
    'another extension',
    { id: 'zzzz', url: 'chrome-extension://zzzz/page.html', tab: { id: 7 } },
    false,
    false,
    null,
  ],
  ['a web page (no id)', { url: 'https://evil.example/', tab: { id: 7 } }, false, false, null],
  [
    'a page pretending to be our page',
    { id: 'zzzz', url: `chrome-extension://${ID}/sidepanel.html` },
    false,
    false,
    null,
  ],
  ['nothing', undefined, false, false, null],
])('%s', (_name, sender, own, page, tab) => {
  expect(isOwnSender(sender, ID)).toBe(own);
  expect(isOwnPage(sender, ID)).toBe(page);
  expect(contentTabId(sender, ID)).toBe(tab);
});

// Firefox: the add-on id is not the pages' host; runtime.getURL('/') is a per-install uuid.
test.each([
  ['our Firefox sidebar', 'moz-extension://6f1c0b2e-0000-4000-8000-000000000001/sidepanel.html', true],
  ['another add-on page', 'moz-extension://0a0a0a0a-0000-4000-8000-000000000002/sidepanel.html', false],
  ['a web page', 'https://evil.example/moz-extension://6f1c0b2e-0000-4000-8000-000000000001/', false],
])('Firefox: %s', (_name, url, page) => {
  const root = 'moz-extension://6f1c0b2e-0000-4000-8000-000000000001/';
  expect(isOwnPage({ id: 'poise@poise.example', url }, 'poise@poise.example', root)).toBe(page);
});
