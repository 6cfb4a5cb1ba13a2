/** Whole transcripts through the real analyzer and the engine: what an agent would see at each checkpoint. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeConversation } from '../../../lib/analyzer';
import type { ChatMessage } from '../../../lib/chat';
import { DEFAULT_PLAYBOOK, mentionsTimeline } from '../../../lib/playbook';
import { isNearCopy, suggest } from '../../../lib/suggest';

interface Check {
  after: string;
  firstKinds?: string[];
  noKinds?: string[];
  tiers?: number[];
  clarifyWhy?: string;
  refersWithTimeline?: boolean;
  texts?: string[];
  noClarify?: string[];
}
interface Fixture {
  description: string;
  turns: ChatMessage[];
  checks: Check[];
}

const dir = new URL('../../fixtures/transcripts/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => /^suggest-.*\.json$/.test(f))
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Fixture] as const);

test('there are scenario fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(6));

describe.each(fixtures)('%s', (_file, fixture) => {
  test.each(fixture.checks.map((c) => [c.after, c] as const))('after message %s', (after, check) => {
    const transcript = fixture.turns.slice(0, fixture.turns.findIndex((t) => t.key === after) + 1);
    const risk = analyzeConversation(transcript);
    const s = suggest({
      risk,
      transcript,
      playbook: DEFAULT_PLAYBOOK,
      context: { customerName: 'Dana' },
      seed: 'k',
    });
    const kinds = [...new Set(s.map((x) => x.kind))];
    if (check.firstKinds) expect(kinds.slice(0, check.firstKinds.length)).toEqual(check.firstKinds);
    for (const k of check.noKinds ?? []) expect(kinds).not.toContain(k);
    if (check.tiers)
      expect([...new Set(s.filter((x) => x.kind === 'boundary').map((x) => x.tier))]).toEqual(check.tiers);
    if (check.clarifyWhy) expect(s.find((x) => x.kind === 'clarify')?.why).toContain(check.clarifyWhy);
    if (check.refersWithTimeline) {
      const refer = s.filter((x) => x.kind === 'refer');
      expect(refer.length).toBeGreaterThan(0);
      for (const r of refer) expect(mentionsTimeline(r.text), r.text).toBe(true);
    }
    for (const text of check.texts ?? [])
      expect(
        s.some((x) => x.text.includes(text)),
        text,
      ).toBe(true);
    for (const fact of check.noClarify ?? [])
      expect(s.filter((x) => x.kind === 'clarify').map((x) => x.why)).not.toContain(`still missing: ${fact}`);
    // Across every scenario: nothing already sent comes back, and no placeholder is left unfilled silently.
    const sent = transcript.filter((m) => m.role === 'agent').map((m) => m.text);
    for (const x of s) {
      expect(
        sent.some((a) => isNearCopy(x.text, a)),
        x.text,
      ).toBe(false);
      expect(x.text.includes('{{')).toBe(x.missing.length > 0);
    }
  });
});
