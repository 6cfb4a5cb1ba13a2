// @vitest-environment happy-dom
// An adapter fixture can be made from a page capture. Every Zendesk and Intercom fixture (the 2026 shadow-
// root inbox included) is captured, the capture is read back, and the adapter finds on it what it finds on the
// original: the same health map, conversation, number of messages with the same roles, and the composer. The words
// are gone: every message read from the capture is placeholder "x"s.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCapture } from '../../../lib/capture/parse';
import { capturePage } from '../../../lib/capture/serialize';
import { intercom, testUrls as intercomUrls } from '../../../lib/sites/intercom';
import type { SiteAdapter } from '../../../lib/sites/types';
import { zendesk, testUrls as zendeskUrls } from '../../../lib/sites/zendesk';
import { FIXTURES, loadFixture } from '../sites/fixture';

const SITES: [SiteAdapter, string][] = [
  [zendesk, zendeskUrls[0]],
  [intercom, intercomUrls[0]],
];

/** What an adapter finds on a page, in the terms a fixture test asserts. */
function findings(adapter: SiteAdapter, doc: Document, url: URL) {
  const root = adapter.logRoot(doc);
  const messages = root ? adapter.readMessages(root) : [];
  return {
    detect: adapter.detect(doc),
    conversation: adapter.conversationKey(doc, url) !== null,
    health: adapter.health(doc, url),
    log: root?.localName ?? null,
    roles: messages.map((m) => m.role),
    composer: adapter.composer(doc)?.kind ?? null,
  };
}

for (const [adapter, raw] of SITES) {
  const url = new URL(raw);
  const files = readdirSync(join(FIXTURES, adapter.id)).filter((f) => f.endsWith('.html'));
  describe(`${adapter.id}: a fixture made from a capture reads as the original`, () => {
    test.each(files)('%s', async (file) => {
      const original = loadFixture(adapter.id, file);
      const captured = parseCapture((await capturePage(original)).html, window);
      const before = findings(adapter, original, url);
      expect(findings(adapter, captured, url)).toEqual(before);

      const root = adapter.logRoot(captured);
      for (const m of root ? adapter.readMessages(root) : []) expect(m.text).toMatch(/^[x\s]+$/);
      if (before.roles.length > 0) expect(root).not.toBeNull();
    });
  });
}

test('the fixtures include a page with messages for each site and one whose log is missing', () => {
  const all = SITES.flatMap(([adapter, raw]) =>
    readdirSync(join(FIXTURES, adapter.id))
      .filter((f) => f.endsWith('.html'))
      .map((f) => findings(adapter, loadFixture(adapter.id, f), new URL(raw))),
  );
  expect(all.some((f) => f.roles.includes('customer') && f.roles.includes('agent'))).toBe(true);
  expect(all.some((f) => f.log === null)).toBe(true);
});
