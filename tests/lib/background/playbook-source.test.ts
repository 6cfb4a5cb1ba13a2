import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPlaybookSource, type PlaybookSource } from '../../../lib/background/playbook-source';
import { DEFAULT_PLAYBOOK } from '../../../lib/playbook';
import { agentPhrasesItem } from '../../../lib/storage/playbook-store';

let source: PlaybookSource;
beforeEach(() => {
  fakeBrowser.reset();
  source = createPlaybookSource();
});

/** The ids the engine ranks, once the team's phrases were read (managed storage answers when it likes). */
const idsOnceRead = (expected: string) =>
  vi.waitFor(async () => {
    const ids = (await source.load()).map((p) => p.id);
    expect(ids).toContain(expected);
    return ids;
  });

const first = DEFAULT_PLAYBOOK[0];
if (!first) throw new Error('the default playbook is empty');

test('with nothing stored, the suggestion engine ranks the default playbook', async () => {
  expect((await source.load()).map((p) => p.id)).toEqual(DEFAULT_PLAYBOOK.map((p) => p.id));
});

test("the agent's added, edited and disabled phrases reach the suggestion engine", async () => {
  await agentPhrasesItem.setValue({
    phrases: [
      { id: 'my-ack', kind: 'acknowledge', text: 'I can see how much this matters to you.' },
      { ...first, text: 'My own wording of the first phrase.' },
      { ...(DEFAULT_PLAYBOOK[1] ?? first), disabled: true },
    ],
  });
  const phrases = await source.load();
  const ids = phrases.map((p) => p.id);
  expect(ids).toContain('my-ack');
  expect(phrases.find((p) => p.id === first.id)?.text).toBe('My own wording of the first phrase.');
  expect(ids).not.toContain(DEFAULT_PLAYBOOK[1]?.id);
});

test('merged once, then again only after a change is announced', async () => {
  await source.load();
  await new Promise((r) => setTimeout(r, 0)); // the (empty) team read settles and asks for one more merge
  const before = await source.load();
  await agentPhrasesItem.setValue({
    phrases: [{ id: 'later', kind: 'acknowledge', text: 'Thanks for bearing with me.' }],
  });
  expect(await source.load()).toBe(before);
  source.invalidate();
  expect((await source.load()).map((p) => p.id)).toContain('later');
});

test('a damaged stored phrase is left out, the rest still load', async () => {
  await agentPhrasesItem.setValue({
    phrases: [
      { id: 'BAD ID', kind: 'nonsense', text: '' },
      { id: 'fine', kind: 'close', text: 'Take care!' },
    ],
  });
  const ids = (await source.load()).map((p) => p.id);
  expect(ids).toContain('fine');
  expect(ids).not.toContain('BAD ID');
});

test("the team's phrases are ranked too, under their own ids; a bad one is left out", async () => {
  await fakeBrowser.storage.managed.set({
    teamPlaybook: [
      { id: 'team-ack', kind: 'acknowledge', text: 'Thank you for explaining it so clearly.' },
      { id: 'team-bad', kind: 'refer', text: 'I will pass this on.' }, // a hand-off without a timeline
    ],
  });
  const ids = await idsOnceRead('team:team-ack');
  expect(ids).not.toContain('team:team-bad');
});

test('a slow managed storage never holds up the playbook; its phrases join once read', async () => {
  let answer: (value: Record<string, unknown>) => void = () => undefined;
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(
    new Promise<Record<string, unknown>>((resolve) => {
      answer = resolve;
    }) as never,
  );
  const first = await source.load(); // resolves although managed storage has not answered
  expect(first.map((p) => p.id)).toEqual(DEFAULT_PLAYBOOK.map((p) => p.id));
  answer({ teamPlaybook: [{ id: 'late', kind: 'close', text: 'Thanks for your patience today.' }] });
  await idsOnceRead('team:late');
});
