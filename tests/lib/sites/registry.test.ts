// @vitest-environment happy-dom
// Meta-test (conventions C2, C5): every adapter file in lib/sites/ is registered, has fixtures and a test file, and
// lists test URLs that it and no other adapter matches; a list of other URLs matches no site adapter.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generic } from '../../../lib/sites/generic';
import { pickAdapter, registry } from '../../../lib/sites/index';
import type { SiteAdapter } from '../../../lib/sites/types';
import { FIXTURES, fixtureHtml, loadFixture } from './fixture';

const SITES_DIR = join(__dirname, '../../../lib/sites');
/** Files in lib/sites/ that are plumbing, not adapters. Adding a file here needs a reason. */
const HELPERS = [
  'built-in-hosts.ts',
  'bubble-side.ts', // a bubble's side of the stream, measured without forcing layout (Intercom 2026 roles)
  'dom.ts',
  'index.ts',
  'intercom-roles.ts', // intercom.ts's role rules, beside it (the adapter and its selector table stay in intercom.ts)
  'log-items.ts', // the log walks log-reader.ts reads with (split from it)
  'log-reader.ts',
  'note-switch.ts', // the click-and-wait steps zendesk-note.ts and intercom-note.ts share
  'intercom-note.ts', // intercom.ts's internal-note mode, beside it (its selectors stay in intercom.ts's table)
  'zendesk-note.ts', // zendesk.ts's internal-note mode, beside it (its selectors stay in zendesk.ts's table)
  'page-fields.ts', // reading the helpdesk's own fields (requester, subject, typing indicator) for the adapters
  'shadow.ts',
  'text.ts',
  'types.ts',
  'zendesk-items.ts', // zendesk.ts's item reading, beside it (the adapter and its selector table stay in zendesk.ts)
];

const isAdapter = (v: unknown): v is SiteAdapter =>
  typeof v === 'object' && v !== null && 'matches' in v && 'readMessages' in v && 'id' in v;

const files = readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts') && !HELPERS.includes(f));
const modules = await Promise.all(
  files.map(async (f) => [f, (await import(join(SITES_DIR, f))) as Record<string, unknown>] as const),
);
const adapters = modules.map(([file, mod]) => {
  const adapter = Object.values(mod).find(isAdapter);
  return { file, mod, adapter };
});

const DONT_MATCH = [
  'https://acme.zendesk.com/hc/en-us/requests/1',
  'https://www.zendesk.com/agent/tickets/1',
  'https://zendesk.com/agent/tickets/1',
  'https://acme.zendesk.com.evil.example/agent/tickets/1',
  'https://evilzendesk.com/agent/tickets/1',
  'https://app.intercom.com/a/apps/abc123/settings',
  'https://www.intercom.com/a/inbox/abc/inbox/shared/all/conversation/1',
  'https://app.intercom.com.evil.example/a/inbox/abc/inbox/shared/all/conversation/1',
  'http://app.intercom.com/a/inbox/abc/inbox/shared/all/conversation/1',
  'https://example.com/agent/tickets/1',
  'file:///agent/tickets/1',
];

describe('site adapter registry', () => {
  test('every file in lib/sites/ (helpers aside) exports an adapter', () => {
    expect(adapters.length).toBeGreaterThanOrEqual(3);
    for (const { file, adapter } of adapters) expect(adapter, file).toBeDefined();
  });

  test.each(adapters.map((a) => [a.file, a] as const))(
    '%s: registered (or the generic fallback)',
    (_f, a) => {
      if (a.adapter === generic) expect(registry).not.toContain(generic);
      else expect(registry).toContain(a.adapter);
    },
  );

  test.each(adapters.map((a) => [a.file, a] as const))('%s: fixtures and a test file', (_f, a) => {
    const id = a.adapter?.id ?? '';
    expect(a.file).toBe(`${id}.ts`);
    const dir = join(FIXTURES, id);
    expect(existsSync(dir)).toBe(true);
    const fixtures = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(fixtures.length).toBeGreaterThan(0);
    expect(existsSync(join(__dirname, `${id}.test.ts`))).toBe(true);
    for (const f of fixtures) {
      expect(loadFixture(id, f).documentElement.outerHTML).not.toMatch(/<script/i);
    }
  });

  test.each(registry.map((a) => [a.id, a] as const))(
    '%s: its test URLs match it and no other adapter',
    (id) => {
      const mod = adapters.find((a) => a.adapter?.id === id)?.mod;
      const urls = (mod?.testUrls ?? []) as readonly string[];
      expect(urls.length).toBeGreaterThan(0);
      for (const u of urls) {
        const url = new URL(u);
        expect(
          registry.filter((a) => a.matches(url)).map((a) => a.id),
          u,
        ).toEqual([id]);
      }
    },
  );

  test.each(DONT_MATCH)('%s matches no site adapter', (u) => {
    expect(registry.filter((a) => a.matches(new URL(u)))).toEqual([]);
  });

  test('every fixture file names its provenance', () => {
    for (const id of readdirSync(FIXTURES)) {
      for (const f of readdirSync(join(FIXTURES, id))) {
        const head = fixtureHtml(id, f).slice(0, 600);
        expect(head, `${id}/${f}`).toMatch(/<!-- (Built|Captured) [^>]*scripts stripped[^>]*invented/);
        expect(head, `${id}/${f}`).toMatch(/Page: https?:\/\//);
      }
    }
  });
});

describe('pickAdapter', () => {
  const zd = new URL('https://acme.zendesk.com/agent/tickets/123');
  test('the site adapter when its URL and hooks match', () => {
    expect(pickAdapter(zd, loadFixture('zendesk', 'several-tickets.html')).id).toBe('zendesk');
    const ic = new URL('https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7001');
    expect(pickAdapter(ic, loadFixture('intercom', 'conversation.html')).id).toBe('intercom');
  });
  test('the generic adapter on a site URL whose page is a plain chat (demo editor pages)', () => {
    const url = new URL('https://demo.zendesk.com:8443/agent/editors/slate');
    expect(pickAdapter(url, loadFixture('generic', 'role-log.html')).id).toBe('generic');
  });
  test('the site adapter on its URL while its app has not rendered anything', () => {
    expect(pickAdapter(zd, new DOMParser().parseFromString('<p>…</p>', 'text/html')).id).toBe('zendesk');
  });
  test('other sites: generic, with the agent-given selectors', () => {
    const url = new URL('https://chat.example.com/t/abc');
    const doc = loadFixture('generic', 'custom.html');
    const picked = pickAdapter(url, doc, { message: '.line' });
    expect(picked.id).toBe('generic');
    expect(picked.logRoot(doc)?.tagName).toBe('SECTION');
    expect(pickAdapter(url, doc, { message: '.line' })).toBe(picked);
    expect(pickAdapter(url, doc)).toBe(generic);
  });
});
