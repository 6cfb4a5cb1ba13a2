// Insertion into the REAL editor libraries, asserted in each editor's own model: CKEditor 5 getData(),
// the ProseMirror view's document, Draft.js ContentState, Slate's value and a React-controlled textarea's state.
// Each from an empty editor and from one holding a draft, in both modes; multi-line text keeps its line breaks.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InsertResult } from '../../lib/messaging/protocol';
import {
  type DemoWindow,
  editorText,
  openHelpdesk,
  type Poise,
  sendFromExtensionPage,
  startPoise,
  stopPoise,
} from './support';

let poise: Poise;
let extPage: Page;
beforeAll(async () => {
  poise = await startPoise();
  extPage = await poise.browser.context.newPage();
  await extPage.goto(`chrome-extension://${poise.browser.extensionId}/popup.html`);
});
afterAll(() => stopPoise(poise));

const REPLY = 'I can see why this is frustrating.\nLet me look into it right now.';
const DRAFT = 'Hello Maria,';

const pages: [string, () => string][] = [
  ['CKEditor 5 (Zendesk-like page)', () => `${poise.server.urls.zendesk}?autoplay=0`],
  ['ProseMirror (Intercom-like page)', () => `${poise.server.urls.intercom}?autoplay=0`],
  ['CKEditor 5', () => `${poise.server.urls.editors}/ckeditor5`],
  ['ProseMirror', () => `${poise.server.urls.editors}/prosemirror`],
  ['Draft.js', () => `${poise.server.urls.editors}/draftjs`],
  ['Slate', () => `${poise.server.urls.editors}/slate`],
  ['React textarea', () => `${poise.server.urls.editors}/textarea`],
];

describe.each(pages)('%s', (_name, url) => {
  let page: Page;
  let tabId: number;
  beforeAll(async () => {
    ({ page, tabId } = await openHelpdesk(poise, url()));
  });
  afterAll(() => page.close());

  const insert = (mode: 'caret' | 'replace') =>
    sendFromExtensionPage<InsertResult>(extPage, 'insertIntoTab', { tabId, text: REPLY, mode });
  const setDraft = (text: string) =>
    page.evaluate((t) => (window as unknown as DemoWindow).__demo.setDraft(t), text);
  const lines = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);

  test.each(['caret', 'replace'] as const)('into an empty editor, %s', async (mode) => {
    await setDraft('');
    const result = await insert(mode);
    expect(result).toMatchObject({ ok: true });
    expect(lines(await editorText(page))).toEqual(lines(REPLY));
  });

  test('at the caret keeps the draft', async () => {
    await setDraft(DRAFT);
    expect(await insert('caret')).toMatchObject({ ok: true });
    const text = await editorText(page);
    expect(text).toContain(DRAFT);
    for (const line of lines(REPLY)) expect(text).toContain(line);
  });

  test('replace swaps the draft for the reply', async () => {
    await setDraft(DRAFT);
    expect(await insert('replace')).toMatchObject({ ok: true });
    const text = await editorText(page);
    expect(text).not.toContain(DRAFT);
    expect(lines(text)).toEqual(lines(REPLY));
  });
});
