// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createGeneric, generic, roleFromHints, structuralLog } from '../../../lib/sites/generic';
import { loadFixture } from './fixture';

const url = new URL('https://help.example.org/inbox/chat/42');

describe('generic: ARIA log', () => {
  const doc = loadFixture('generic', 'role-log.html');
  test('finds role="log" (not the empty aria-live toast), reads roles from hints, low confidence', () => {
    expect(generic.confidence).toBe('low');
    const root = generic.logRoot(doc);
    expect(root?.getAttribute('role')).toBe('log');
    expect(generic.conversationKey(doc, url)).toBe('generic:https://help.example.org/inbox/chat/42');
    const messages = root ? generic.readMessages(root) : [];
    expect(messages.map((m) => [m.role, m.author, m.text])).toEqual([
      ['customer', 'Lee Park', 'The app logs me out every five minutes.'],
      ['agent', 'Ana (Support)', 'Which version are you on?'],
      ['internal', 'Ana', 'Known bug #4411.'],
      ['bot', undefined, 'Automated: this chat is being recorded.'],
      ['customer', 'Lee Park', '4.2.1 <latest>'],
    ]);
    expect(messages[0]?.at).toBe('2025-06-01T10:00:00Z');
    expect(generic.customerName(doc)).toBe('Lee Park');
  });
  test('composer: the textbox', () => {
    expect(generic.composer(doc)).toMatchObject({ kind: 'contenteditable' });
    expect(generic.health(doc, url)).toMatchObject({ log: '[role="log"]', composer: 'contenteditable' });
  });
});

describe('generic: structure', () => {
  test('the largest scrollable element with repeating children, never the nav', () => {
    const doc = loadFixture('generic', 'structure.html');
    const root = structuralLog(doc);
    expect(root?.className).toBe('thread');
    expect(generic.health(doc, url)).toMatchObject({ log: 'structure' });
    const messages = root ? generic.readMessages(root) : [];
    expect(messages.map((m) => [m.role, m.author, m.text])).toEqual([
      ['customer', 'Noor', 'Hello, anyone there?'],
      ['agent', 'Max', 'Hi Noor, how can I help?'],
      ['customer', 'Noor', 'My card was declined.'],
      ['agent', 'Max', 'Let me look.'],
    ]);
    expect(generic.composer(doc)).toMatchObject({ kind: 'textarea' });
  });
});

describe('generic: agent-given selectors', () => {
  test('detection fails without them', () => {
    const doc = loadFixture('generic', 'custom.html');
    const plain = createGeneric();
    expect(plain.detect(doc)).toBe(false);
    expect(plain.conversationKey(doc, url)).toBeNull();
  });
  test('message, author and composer selectors read the page', () => {
    const doc = loadFixture('generic', 'custom.html');
    const custom = createGeneric({ message: '.line', author: '.who', composer: '.editor-wrap' });
    const root = custom.logRoot(doc);
    expect(root?.tagName).toBe('SECTION');
    const messages = root ? custom.readMessages(root) : [];
    expect(messages.map((m) => [m.role, m.author, m.text])).toEqual([
      ['customer', 'Ravi', 'Where is my refund?'],
      ['agent', 'Bea', 'Checking now.'],
    ]);
    expect(custom.composer(doc)?.el.className).toBe('editor');
    expect(custom.health(doc, url)).toMatchObject({ log: 'custom:.line', messages: 'custom:.line' });
  });
  test('invalid selectors from the options page do not throw', () => {
    const doc = loadFixture('generic', 'role-log.html');
    const broken = createGeneric({ message: '<<', author: '[[', composer: '##' });
    expect(() => broken.logRoot(doc)).not.toThrow();
    expect(broken.logRoot(doc)?.getAttribute('role')).toBe('log');
    const root = broken.logRoot(doc);
    expect(root && broken.readMessages(root)).toEqual([]);
    expect(broken.composer(doc)).not.toBeNull();
  });
});

describe('generic: regressions found by fuzz.test.ts', () => {
  test('a repeated data-id (here the author id) keeps every message under its own key', () => {
    const doc = new DOMParser().parseFromString(
      `<div role="log">
        <div class="msg" data-author-type="customer" data-id="user-7">Hello?</div>
        <div class="msg" data-author-type="customer" data-id="user-7">Anyone there?</div>
        <div class="msg" data-author-type="customer" data-id="user-7.1">Third</div>
      </div>`,
      'text/html',
    );
    const root = generic.logRoot(doc);
    const messages = root ? generic.readMessages(root) : [];
    expect(messages.map((m) => [m.key, m.text])).toEqual([
      ['gn:user-7', 'Hello?'],
      ['gn:user-7.1', 'Anyone there?'],
      ['gn:user-7.1.1', 'Third'],
    ]);
  });

  test('health names the agent-given composer selector only when it found the reply box', () => {
    const doc = loadFixture('generic', 'role-log.html');
    const unmatched = createGeneric({ composer: '.no-such-editor' });
    expect(unmatched.composer(doc)?.kind).toBe('contenteditable');
    expect(unmatched.health(doc, url).composer).toBe('contenteditable');
    expect(createGeneric({ composer: '##' }).health(doc, url).composer).toBe('contenteditable');
    const matched = createGeneric({ composer: 'form[aria-label="Reply"]' });
    expect(matched.composer(doc)?.el.getAttribute('role')).toBe('textbox');
    expect(matched.health(doc, url).composer).toBe('form[aria-label="Reply"]');
  });
});

describe('roleFromHints', () => {
  const el = (html: string) => {
    const d = document.createElement('div');
    d.innerHTML = html;
    return d.firstElementChild as Element;
  };
  test.each([
    ['<div data-author-type="user" class="ed-msg--customer"></div>', 'customer'],
    ['<div data-author-type="agent"></div>', 'agent'],
    ['<div data-author-type="note"></div>', 'internal'],
    ['<div aria-label="Internal note from Ana"></div>', 'internal'],
    ['<div class="msg msg--bot"></div>', 'bot'],
    ['<div class="msg"></div>', 'unknown'],
  ])('%s → %s', (html, role) => {
    expect(roleFromHints(el(html))).toBe(role);
  });
});
