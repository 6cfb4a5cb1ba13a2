// @vitest-environment happy-dom
/**
 * Property-based fuzz of the site adapters (SECURITY.md: "Adapters never throw on a page they do not recognise and
 * report what they could not find"). Committed fixture pages (mostly the adapter's own, sometimes another site's)
 * are damaged by a random list of DOM mutations (nodes removed, duplicated, emptied, swapped, wrapped or moved;
 * hook attributes changed or removed; text replaced by hostile strings), then read by every reader of the adapter
 * and by the page report, as the content-script runner calls them. Checked on every read: nothing throws; every
 * result keeps its type; message keys are unique; message text is the page's own characters; health agrees with
 * the readers and names only hooks that are on the page; the report says what is missing; reading changes nothing
 * and is repeatable. Then: a removed log or reply box is reported missing, and a page already read (warm caches)
 * reads like an uncached copy after its text is damaged. The seed is fixed so CI is reproducible; a failure
 * prints the seed, the path and the shrunk mutation list to replay.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ChatMessage, EditorKind, Role } from '../../../lib/chat';
import { buildReport } from '../../../lib/content/report';
import { createGeneric, generic, selectors as genericSelectors } from '../../../lib/sites/generic';
import { registry } from '../../../lib/sites/index';
import { intercom, selectors as intercomSelectors } from '../../../lib/sites/intercom';
import type { Composer, HealthMap, SiteAdapter } from '../../../lib/sites/types';
import { zendesk, selectors as zendeskSelectors } from '../../../lib/sites/zendesk';
import { mutate, mutation, textMutation } from './dom-mutations';
import { FIXTURES, fixtureHtml } from './fixture';

const ROLES: readonly Role[] = ['customer', 'agent', 'bot', 'system', 'internal', 'unknown'];
const EDITOR_KINDS: readonly EditorKind[] = [
  'ckeditor5',
  'prosemirror',
  'draftjs',
  'slate',
  'lexical',
  'textarea',
  'contenteditable',
];
const HEALTH_PARTS = ['composer', 'conversation', 'log', 'messages'];
const HEALTH_NOTES = ['closedShadowRoot', 'earlierMessages'];

/** Strings a customer (or a page script) can put into a message, a display name or an attribute. */
interface Subject {
  name: string;
  /** Its own fixture folder (foreign pages are read too, less often). */
  site: string;
  adapter: SiteAdapter;
  urls: URL[];
  /** Every selector of the adapter, to check that health names only hooks that are on the page. */
  selectors: ReadonlySet<string>;
  /** The elements without which there is no log. */
  logParts: string;
  /**
   * Has per-element read caches (zendesk items, intercom groups) that must notice damage to a page already read.
   * Generic has none; it keeps the log element it found while that element is connected, by design.
   */
  warm: boolean;
}

const flatSelectors = (sels: Record<string, readonly string[]>) => new Set(Object.values(sels).flat());
const custom = { message: '.line', author: '.who', composer: '.editor-wrap' };
const subjects: Subject[] = [
  {
    name: 'zendesk',
    site: 'zendesk',
    adapter: zendesk,
    urls: [
      new URL('https://acme.zendesk.com/agent/tickets/123'),
      new URL('https://acme.zendesk.com/agent/dashboard'),
    ],
    selectors: flatSelectors(zendeskSelectors),
    logParts: zendeskSelectors.log.join(', '),
    warm: true,
  },
  {
    name: 'intercom',
    site: 'intercom',
    adapter: intercom,
    urls: [
      new URL('https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/7001'),
      new URL('https://app.intercom.com/a/inbox/abc123/inbox/shared/all'),
    ],
    selectors: flatSelectors(intercomSelectors),
    logParts: intercomSelectors.stream.join(', '),
    warm: true,
  },
  {
    name: 'generic',
    site: 'generic',
    adapter: generic,
    urls: [new URL('https://help.example.org/inbox/chat/42')],
    selectors: flatSelectors(genericSelectors),
    logParts: genericSelectors.log.join(', '),
    warm: false,
  },
  {
    name: 'generic (agent-given selectors)',
    site: 'generic',
    adapter: createGeneric(custom),
    urls: [new URL('https://chat.example.com/t/abc')],
    selectors: new Set([...flatSelectors(genericSelectors), custom.message, custom.composer]),
    logParts: [...genericSelectors.log, custom.message].join(', '),
    warm: false,
  },
];

const fixtures = readdirSync(FIXTURES).flatMap((site) =>
  readdirSync(join(FIXTURES, site))
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ site, file, html: fixtureHtml(site, file) })),
);

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Everything the runner reads from a page, in the order it reads it (lib/content/runner.ts scan()). */
interface Reading {
  matches: boolean;
  detected: boolean;
  key: string | null;
  root: Element | null;
  messages: ChatMessage[];
  name: string | undefined;
  composer: Composer | null;
  health: HealthMap;
  report: ReturnType<typeof buildReport>;
}

function readAll(adapter: SiteAdapter, doc: Document, url: URL): Reading {
  const matches = adapter.matches(url);
  const detected = adapter.detect(doc);
  const key = adapter.conversationKey(doc, url);
  const root = adapter.logRoot(doc);
  const messages = root ? adapter.readMessages(root) : [];
  const name = adapter.customerName(doc);
  const composer = adapter.composer(doc);
  const health = adapter.health(doc, url);
  const report = buildReport({ adapter, conversationKey: key, root: key ? root : null, composer, doc, url });
  return { matches, detected, key, root, messages, name, composer, health, report };
}

/** Only non-space, non-zero-width characters: what textOf() may keep of the page's text, in order. */
const squeeze = (s: string) => s.replace(/[\s\u200B-\u200D\uFEFF]+/g, '');

/** `needle` is `hay` with some characters left out (textOf skips times, senders, icons). */
function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < needle.length; i++) {
    j = hay.indexOf(needle.charAt(i), j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

/** The same node in a copy of the document, by child-index path. */
function counterpart(node: Node, copy: Document): Node | null {
  const path: number[] = [];
  for (let n: Node = node; n.parentNode; n = n.parentNode) {
    path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
  }
  let out: Node | null = copy;
  for (const i of path) out = out?.childNodes[i] ?? null;
  return out;
}

function checkReading(s: Subject, doc: Document, r: Reading): void {
  expect(typeof r.matches).toBe('boolean');
  expect(typeof r.detected).toBe('boolean');

  // Conversation key: a non-empty string named after the adapter, or null.
  if (r.key !== null) {
    expect(typeof r.key).toBe('string');
    expect(r.key.startsWith(`${s.adapter.id}:`)).toBe(true);
  }

  // The log is an element of this document.
  if (r.root !== null) {
    expect(r.root.nodeType).toBe(1);
    expect(r.root.ownerDocument).toBe(doc);
    expect(doc.contains(r.root)).toBe(true);
  }

  // Messages keep their shape, their keys are unique, and every text is the page's own characters.
  expect(Array.isArray(r.messages)).toBe(true);
  const pageText = r.root ? squeeze(r.root.textContent ?? '') : '';
  for (const m of r.messages) {
    expect(Object.keys(m).every((k) => ['key', 'role', 'text', 'author', 'at'].includes(k))).toBe(true);
    expect(typeof m.key).toBe('string');
    expect(m.key.length).toBeGreaterThan(0);
    expect(typeof m.text).toBe('string');
    expect(ROLES).toContain(m.role);
    if ('author' in m) expect(typeof m.author === 'string' && m.author.length > 0).toBe(true);
    if ('at' in m) expect(typeof m.at === 'string' && m.at.length > 0).toBe(true);
    expect(isSubsequence(squeeze(m.text), pageText)).toBe(true);
  }
  const keys = r.messages.map((m) => m.key);
  expect(new Set(keys).size).toBe(keys.length);

  if (r.name !== undefined) {
    expect(typeof r.name).toBe('string');
    expect(r.name.length).toBeGreaterThan(0);
  }

  if (r.composer !== null) {
    expect(r.composer.el.ownerDocument).toBe(doc);
    expect(doc.contains(r.composer.el)).toBe(true);
    expect(EDITOR_KINDS).toContain(r.composer.kind);
  }

  // Health: the four parts, each a string or null, agreeing with what the readers found, and at most the notes for
  // the agent (types.ts HealthMap); a selector it names is on the page (it never reports a hook that is gone).
  const parts = Object.keys(r.health);
  expect(HEALTH_PARTS.every((k) => parts.includes(k))).toBe(true);
  for (const k of parts) if (!HEALTH_PARTS.includes(k)) expect(HEALTH_NOTES).toContain(k);
  for (const v of Object.values(r.health)) expect(v === null || typeof v === 'string').toBe(true);
  expect(r.health.conversation === null).toBe(r.key === null);
  expect(r.health.log === null).toBe(r.root === null);
  if (r.health.log === null) expect(r.health.messages).toBeNull();
  expect(r.health.composer === null).toBe(r.composer === null);
  for (const part of HEALTH_PARTS) {
    const sel = r.health[part];
    if (sel && s.selectors.has(sel)) expect(doc.querySelector(sel), `${part}: ${sel}`).not.toBeNull();
  }

  // The report says what is missing and invents nothing.
  expect(r.report.siteId).toBe(s.adapter.id);
  expect(r.report.conversationKey).toBe(r.key);
  expect(r.report.health.conversation).toBe(r.key !== null);
  expect(r.report.health.messages).toBe(r.key !== null && r.root !== null);
  expect(r.report.health.composer).toBe(r.composer !== null);
  expect(r.report.health.matched).toEqual({ ...r.health, confidence: s.adapter.confidence });
  expect(r.report.editorKind).toBe(r.composer?.kind);
  if (r.key === null) expect(r.report.customerName).toBeUndefined();
  else expect(r.report.customerName).toBe(r.name);
  expect(() => JSON.stringify(r.report)).not.toThrow();
}

/** A fixed seed, so CI is reproducible; FUZZ_SEED and FUZZ_RUNS explore further locally. */
const RUNS = { seed: Number(process.env.FUZZ_SEED ?? 42), numRuns: Number(process.env.FUZZ_RUNS ?? 150) };
const TIMEOUT = 30_000 * Math.max(1, RUNS.numRuns / 150);

/** Mostly the adapter's own pages, sometimes another site's (a page it does not recognise). */
const pageFor = (s: Subject) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...fixtures.filter((f) => f.site === s.site)) },
    { weight: 1, arbitrary: fc.constantFrom(...fixtures.filter((f) => f.site !== s.site)) },
  );

/**
 * happy-dom frees a parsed Document only once the event loop turns; a synchronous run of hundreds of pages would
 * hold them all (gigabytes with the 100 KB strings), so every run ends by yielding once.
 */
const release = () => new Promise<void>((resolve) => setImmediate(resolve));

const pwned = () => (window as { __pwned?: unknown }).__pwned;

/** Read the damaged page, check every reading, and that reading is pure and repeatable. */
function readChecked(s: Subject, doc: Document, url: URL): Reading {
  const before = doc.documentElement.outerHTML;
  const r = readAll(s.adapter, doc, url);
  checkReading(s, doc, r);
  // Readers are pure: the page is unchanged, nothing ran, a second read says the same.
  expect(doc.documentElement.outerHTML).toBe(before);
  expect(pwned()).toBeUndefined();
  const again = readAll(s.adapter, doc, url);
  expect(again.root).toBe(r.root);
  expect(again.composer?.el).toBe(r.composer?.el);
  const plain = (x: Reading) => ({ ...x, root: null, composer: x.composer?.kind });
  expect(plain(again)).toEqual(plain(r));
  return r;
}

describe.each(subjects.map((s) => [s.name, s] as const))('%s under random DOM damage', (_name, s) => {
  test(
    'every reader survives, keeps its types and invents nothing',
    async () => {
      await fc.assert(
        fc
          .asyncProperty(
            pageFor(s),
            fc.constantFrom(...s.urls),
            fc.array(mutation, { minLength: 1, maxLength: 10 }),
            async (page, url, mutations) => {
              const doc = parse(page.html);
              for (const m of mutations) mutate(doc, m);
              readChecked(s, doc, url);
            },
          )
          .afterEach(release),
        RUNS,
      );
    },
    TIMEOUT,
  );

  test(
    'a required part removed is reported missing, never invented',
    async () => {
      await fc.assert(
        fc
          .asyncProperty(
            pageFor(s),
            fc.constantFrom(...s.urls),
            fc.array(mutation, { maxLength: 4 }),
            fc.constantFrom('log', 'composer', 'both'),
            async (page, url, mutations, strip) => {
              const doc = parse(page.html);
              for (const m of mutations) mutate(doc, m);
              if (strip !== 'composer') for (const el of doc.querySelectorAll(s.logParts)) el.remove();
              if (strip !== 'log') {
                for (const el of doc.querySelectorAll('[contenteditable], textarea, input')) el.remove();
              }
              const r = readChecked(s, doc, url);
              if (strip !== 'log') {
                expect(r.composer).toBeNull();
                expect(r.health.composer).toBeNull();
                expect(r.report.health.composer).toBe(false);
                expect(r.report.editorKind).toBeUndefined();
              }
              if (strip !== 'composer' && s.adapter.id !== 'generic') {
                expect(r.root).toBeNull();
                expect(r.messages).toEqual([]);
                expect(r.health.log).toBeNull();
                expect(r.health.messages).toBeNull();
                expect(r.report.health.messages).toBe(false);
              }
              if (strip !== 'composer' && s.adapter.id === 'generic') {
                // Generic falls back to structure; it never names an ARIA or agent-given hook that is gone.
                expect(r.health.log === null || r.health.log === 'structure').toBe(true);
              }
            },
          )
          .afterEach(release),
        RUNS,
      );
    },
    TIMEOUT,
  );

  if (!s.warm) return;
  test(
    'read caches notice damage to a page already read',
    async () => {
      await fc.assert(
        fc
          .asyncProperty(
            fc.constantFrom(...fixtures.filter((f) => f.site === s.site)),
            fc.constantFrom(...s.urls),
            fc.array(textMutation, { minLength: 1, maxLength: 6 }),
            async (page, url, mutations) => {
              const doc = parse(page.html);
              // Read the undamaged page first, as the runner does before the page changes.
              readAll(s.adapter, doc, url);
              let cacheContract = true;
              for (const m of mutations) cacheContract = mutate(doc, m) && cacheContract;
              const r = readChecked(s, doc, url);
              // The warm read equals a read of an uncached copy of the damaged page (for the damage the caches
              // promise to notice, see mutate).
              if (cacheContract && r.root) {
                const copy = doc.cloneNode(true) as Document;
                const fresh = counterpart(r.root, copy) as Element | null;
                expect(fresh?.outerHTML).toBe(r.root.outerHTML);
                if (fresh) expect(s.adapter.readMessages(fresh)).toEqual(r.messages);
              }
            },
          )
          .afterEach(release),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

test('the registry is covered', () => {
  for (const adapter of registry) expect(subjects.map((s) => s.adapter)).toContain(adapter);
});
