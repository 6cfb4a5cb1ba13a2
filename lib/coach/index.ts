/**
 * The draft coach: points out what in the agent's draft tends to inflame, once per rule, and offers the same draft
 * with only those phrases changed (rewrite.ts), as a word-level diff (diff.ts) the agent accepts or edits. Quiet (no
 * notes, no rewrite) when the draft is fine.
 */
import type { RiskLevel } from '../analyzer/types';
import { wordDiff } from './diff';
import { rewriteDraft, type Span } from './rewrite';
import { ACRONYMS, DRAFT_RULES, SHOUTING_WHY, shoutingSpans } from './rules';
import type { CoachNote, CoachResult } from './types';

export type { CoachChange, CoachNote, CoachResult, DiffPart } from './types';

export interface CoachContext {
  level: RiskLevel;
  /** Accepted for callers that pass the playbook; the rewrite keeps the agent's own words, not a playbook line. */
  playbook?: unknown;
}

export const HEATED = 'The customer is already upset, so these land harder now.';

/** Notes on the draft and, when there are any, the draft rewritten without what inflames. */
export function coachDraft(draft: string, ctx: CoachContext): CoachResult {
  // Curly apostrophes read as straight ones; the replacement keeps every index.
  const text = draft.replace(/[‘’]/g, "'");
  const found: Span[] = [];
  for (const r of DRAFT_RULES) {
    if (r.unless?.test(text)) continue;
    for (const m of text.matchAll(r.find)) {
      found.push({ rule: r.rule, start: m.index, end: m.index + m[0].length, why: r.why });
    }
  }
  for (const s of shoutingSpans(text))
    found.push({ rule: 'shouting', start: s.start, end: s.end, why: SHOUTING_WHY });
  const spans = withoutOverlaps(found);
  if (spans.length === 0) return { notes: [] };

  const { text: rewrite, changes } = rewriteDraft(draft, spans, ACRONYMS);
  const result: CoachResult = { notes: notesOf(draft, spans) };
  if (rewrite !== draft) Object.assign(result, { rewrite, diff: wordDiff(draft, rewrite), changes });
  if (ctx.level === 'escalating' || ctx.level === 'critical') result.heated = HEATED;
  return result;
}

// The first rule in draft order keeps a span; a later rule matching inside it adds nothing for the agent.
function withoutOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept;
}

/** One note per rule, in the order the rules first appear in the draft. */
function notesOf(draft: string, spans: readonly Span[]): CoachNote[] {
  const byRule = new Map<string, CoachNote>();
  for (const s of spans) {
    const seen = byRule.get(s.rule);
    if (seen) seen.count = (seen.count ?? 1) + 1;
    else
      byRule.set(s.rule, {
        rule: s.rule,
        start: s.start,
        end: s.end,
        text: draft.slice(s.start, s.end),
        why: s.why,
      });
  }
  return [...byRule.values()];
}
