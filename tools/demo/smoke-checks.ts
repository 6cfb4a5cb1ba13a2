/** The checks `smoke.ts` runs on each demo page (page-side code runs through page.evaluate, in the MAIN world). */
import type { Page } from 'playwright-core';
import type { DemoHook } from './pages/shared/types';
import { type Check, demo, editorRoundTrip, eq, yes } from './smoke-helpers';

export type { Check } from './smoke-helpers';

export async function checkZendesk(page: Page): Promise<Check[]> {
  const d = demo(page);
  const c: Check[] = [];
  const active = '[data-test-id$="-standard-layout"][data-is-active="true"]';
  c.push(
    eq(
      'one selected tab, ticket 1042',
      await page
        .locator('[data-test-id="header-tab"][data-entity-is-selected="true"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id'))),
      ['1042'],
    ),
  );
  const layouts = await page
    .locator('[data-test-id$="-standard-layout"]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-is-active'), (e as HTMLElement).checkVisibility()]),
    );
  c.push(
    yes(
      'several mounted tickets, only the active one visible',
      layouts.length >= 3 &&
        layouts.filter(([a, v]) => a === 'true' && v).length === 1 &&
        layouts.filter(([, v]) => v).length === 1,
      JSON.stringify(layouts),
    ),
  );
  const skeleton = await page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const q = (s: string) => root?.querySelectorAll(s).length ?? 0;
    const items = [...(root?.querySelectorAll('article[data-test-id="omni-log-comment-item"]') ?? [])];
    return {
      polaris: q('.conversation-polaris[data-ticket-id="1042"] [data-test-id="omni-log-container"]'),
      types: [
        ...new Set(
          items.map((a) => a.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type')),
        ),
      ].sort(),
      labelled: items.every((a) => a.getAttribute('aria-label')?.match(/^(Message|Internal note) from /)),
      followUps: items.filter((a) => !a.querySelector('[data-test-id="omni-log-item-sender"]')).length,
      notes: q('[data-test-id="omni-log-internal-note-tag"]'),
      badges: q('svg[data-test-id="omni-log-avatar-badge-AgentBadge"]'),
      read: q('svg[data-test-id="convo-log-item-read-indicator"]'),
      times: q('time[data-test-id="timestamp-relative"][datetime]'),
      editor: q(
        '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"][role="textbox"].ck-editor__editable',
      ),
      send: q('[data-test-id="omnichannel-omnicomposer-send-button"]'),
    };
  }, active);
  c.push(
    yes(
      'log skeleton (polaris, container, types, labels, notes, badges, read, times)',
      skeleton.polaris === 1 &&
        skeleton.types.join() === 'agent,bot,end-user' &&
        !!skeleton.labelled &&
        skeleton.followUps >= 1 &&
        skeleton.notes >= 1 &&
        skeleton.badges >= 1 &&
        skeleton.read >= 1 &&
        skeleton.times >= 5,
      JSON.stringify(skeleton),
    ),
  );
  c.push(
    yes(
      'CKEditor 5 editable and Send button in the active ticket',
      skeleton.editor === 1 && skeleton.send === 1,
    ),
  );

  const lastText = () =>
    page.locator(`${active} [data-test-id="omni-log-message-content"]`).last().textContent().then(String);
  const lastHasSender = () =>
    page.locator(`${active} article`).last().locator('[data-test-id="omni-log-item-sender"]').count();
  await d.postCustomer('Smoke: the parcel is still missing.');
  c.push(
    eq('postCustomer appends to the active ticket', await lastText(), 'Smoke: the parcel is still missing.'),
  );
  await d.postCustomer('Smoke: a follow-up.');
  c.push(eq('a follow-up has no sender header', await lastHasSender(), 0));
  const endUsers = () => page.locator(`${active} [type="end-user"]`).count();
  const before = await endUsers();
  await d.step();
  c.push(eq('script.step() posts one customer turn', (await endUsers()) - before, 1));

  c.push(
    ...(await editorRoundTrip(
      page,
      `${active} [data-test-id="omnicomposer-plain-text-ckeditor"]`,
      `${active} [data-test-id="omnichannel-omnicomposer-send-button"]`,
      lastText,
    )),
  );
  c.push(
    yes(
      'editorHtml() is CKEditor getData()',
      (await page.evaluate(() => (window as unknown as { __demo: DemoHook }).__demo.editorHtml?.())) === '',
    ),
  );

  await page.locator('[data-test-id="header-tab"][data-entity-id="1038"]').click();
  c.push(
    eq(
      'tab click: SPA navigation to ticket 1038',
      [
        new URL(page.url()).pathname,
        await d.active(),
        await page.locator(active).getAttribute('data-test-id'),
      ],
      ['/agent/tickets/1038', '1038', 'ticket-1038-standard-layout'],
    ),
  );
  c.push(
    yes('the other ticket shows its own history', !(await lastText()).includes('Smoke'), await lastText()),
  );
  await page.goBack();
  await page.waitForFunction(
    () => (window as unknown as { __demo: DemoHook }).__demo.activeConversation() === '1042',
  );
  c.push(eq('history back returns to 1042', new URL(page.url()).pathname, '/agent/tickets/1042'));
  return c;
}

export async function checkIntercom(page: Page): Promise<Check[]> {
  const d = demo(page);
  const c: Check[] = [];
  c.push(
    eq(
      'header title',
      await page.locator('[data-conversation-title][data-inbox-conversation-header-title]').textContent(),
      'Maria Keller',
    ),
  );
  const skeleton = await page.evaluate(() => {
    const stream = document.querySelector(
      '[data-testid="conversation-stream-scroll-container"][data-conversation-stream]',
    );
    return {
      categories: [
        ...new Set(
          [...(stream?.querySelectorAll('[data-part-group-id]') ?? [])].map((g) =>
            g.getAttribute('data-part-group-category'),
          ),
        ),
      ].sort(),
      parts:
        stream?.querySelectorAll('[data-part-id].group\\/content-part .interblocks-html.inbox-2__break-words')
          .length ?? 0,
      times: stream?.querySelectorAll('[data-part-id] time[datetime]').length ?? 0,
      editor: document.querySelectorAll(
        '[data-conversation-reply-composer] .ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"][role="textbox"]',
      ).length,
    };
  });
  c.push(
    eq('stream skeleton (categories, parts, times, composer)', skeleton, {
      categories: ['1', '3', '4', '5'],
      parts: 5,
      times: 5,
      editor: 1,
    }),
  );
  const lastText = () => page.locator('[data-part-id] .interblocks-html').last().textContent().then(String);
  await d.postCustomer('Smoke: the parcel is still missing.');
  await d.postCustomer('Smoke: a follow-up.');
  c.push(
    eq(
      'postCustomer appends parts to one customer group',
      await page
        .locator('[data-part-group-id]')
        .last()
        .evaluate((g) => [
          g.getAttribute('data-part-group-category'),
          g.querySelectorAll('[data-part-id]').length,
        ]),
      ['1', 2],
    ),
  );
  const customers = () => page.locator('[data-part-group-category="1"] [data-part-id]').count();
  const before = await customers();
  await d.step();
  c.push(eq('script.step() posts one customer turn', (await customers()) - before, 1));
  c.push(
    ...(await editorRoundTrip(
      page,
      '[data-conversation-reply-composer] .ProseMirror',
      '[data-conversation-reply-composer] button.ic-send',
      lastText,
    )),
  );

  await d.setDraft('Draft kept for 7001');
  await page.locator('a[data-conversation-id="7002"]').click();
  c.push(
    eq(
      'list click: SPA navigation to 7002',
      [new URL(page.url()).pathname, await d.active(), await d.text()],
      ['/a/inbox/demo/inbox/shared/all/conversation/7002', '7002', ''],
    ),
  );
  c.push(
    yes(
      'the other conversation shows its own history',
      !(await lastText()).includes('Smoke'),
      await lastText(),
    ),
  );
  await page.goBack();
  await page.waitForFunction(
    () => (window as unknown as { __demo: DemoHook }).__demo.activeConversation() === '7001',
  );
  c.push(eq('back to 7001 restores its draft', await d.text(), 'Draft kept for 7001'));
  return c;
}

export async function checkEditorPage(page: Page, kind: string): Promise<Check[]> {
  const d = demo(page);
  const c: Check[] = [];
  c.push(
    eq(
      '__demo.kind',
      await page.evaluate(() => (window as unknown as { __demo: DemoHook }).__demo.kind),
      kind,
    ),
  );
  c.push(yes('role="log" with the history', (await page.locator('[role="log"] > *').count()) >= 4));
  const lastText = () => page.locator('[role="log"] > *').last().locator('p').textContent().then(String);
  await d.postCustomer('Smoke: the parcel is still missing.');
  c.push(eq('postCustomer appends to the log', await lastText(), 'Smoke: the parcel is still missing.'));
  const editor = '.ed-slot textarea, .ed-slot [contenteditable="true"]';
  c.push(...(await editorRoundTrip(page, editor, 'button.ed-send', lastText)));
  return c;
}
