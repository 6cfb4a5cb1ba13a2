import { describe, expect, test } from 'vitest';
import { pageHtml } from '../../../tools/demo/html';
import { EDITOR_KINDS, pageFor } from '../../../tools/demo/server';
import { loadDemoData } from '../../../tools/demo/transcripts';

describe('routes', () => {
  test.each([
    ['/agent/tickets/1042', 'zendesk'],
    ['/agent/tickets/99/', 'zendesk'],
    ['/a/inbox/demo/inbox/shared/all/conversation/7001', 'intercom'],
    ['/a/inbox/abc123/inbox/conversation/5', 'intercom'],
    ...EDITOR_KINDS.flatMap((k) => [
      [`/agent/editors/${k}`, `editor-${k}`],
      [`/editors/${k}`, `editor-${k}`],
    ]),
  ])('%s → %s', (path, entry) => {
    expect(pageFor(path)?.entry).toBe(entry);
  });

  test.each(['/agent/tickets/abc', '/agent/editors/quill', '/a/inbox', '/assets/zendesk.js', '/'])(
    '%s is no page',
    (path) => {
      expect(pageFor(path)).toBeNull();
    },
  );
});

describe('transcripts', () => {
  const data = loadDemoData();

  test('escalation: bot greeting, agent lines, a note, customer follow-ups, then insults, cancel and manager', () => {
    const t = data.transcripts.escalation;
    expect(t).toBeDefined();
    const all = [...(t?.history ?? []), ...(t?.script ?? [])];
    expect(all[0]?.from).toBe('bot');
    expect(all.filter((l) => l.from === 'agent').length).toBeGreaterThanOrEqual(3);
    expect(all.some((l) => l.from === 'note')).toBe(true);
    expect(all.some((l, i) => l.from === 'customer' && all[i + 1]?.from === 'customer')).toBe(true);
    const script = (t?.script ?? []).map((l) => l.text.toLowerCase()).join('\n');
    for (const word of ['still not working', 'useless', 'idiot', 'cancel', 'complaint', 'manager']) {
      expect(script).toContain(word);
    }
    expect(script.indexOf('useless')).toBeLessThan(script.indexOf('cancel'));
  });

  test('the background inbox has enough conversations for both pages', () => {
    expect(data.inbox.length).toBeGreaterThanOrEqual(3);
  });
});

test('embedded JSON cannot close its <script> element', () => {
  const data = loadDemoData();
  const hostile = {
    ...data,
    inbox: [{ subject: '</script><script>alert(1)</script>', customer: { name: 'x' }, history: [] }],
  };
  const html = pageHtml({ entry: 'zendesk', title: 'T' }, hostile);
  expect(html.match(/<\/script>/g)?.length).toBe(2); // the module script tag and the data tag, nothing else
  const json = /<script type="application\/json" id="demo-data">(.*)<\/script>/s.exec(html)?.[1] ?? '';
  expect(JSON.parse(json).inbox[0].subject).toBe('</script><script>alert(1)</script>');
});
