/**
 * The draft coach: points out what in the agent's draft tends to inflame, with exact spans, and offers a calmer
 * sentence from the playbook. Quiet (no notes, no rewrite) when the draft is fine.
 */
import type { RiskLevel } from '../analyzer/types';
import type { SuggestionKind } from '../chat';
import { isPhraseEnabled } from '../playbook/merge';
import type { Phrase } from '../playbook/schema';
import { fillTemplate } from '../playbook/template';
import { firstName } from '../suggest/context';
import { hash } from '../suggest/rank';
import type { CoachNote, CoachResult } from '../suggest/types';
import { DRAFT_RULES, SHOUTING_WHY, shoutingSpans } from './rules';

export interface CoachContext {
  level: RiskLevel;
  playbook: readonly Phrase[];
  customerName?: string;
  agentName?: string;
}

/** The kinds a calmer rewrite comes from, per rule: what the method offers in place of the habit. */
const REWRITE_KINDS: Record<string, SuggestionKind[]> = {
  'calm-down': ['empathize', 'acknowledge'],
  blame: ['acknowledge', 'empathize'],
  'policy-wall': ['solve'],
  sarcasm: ['acknowledge', 'empathize'],
  shouting: ['acknowledge'],
};

const HEATED = ' The customer is already upset, so this lands harder now.';

/** Notes on the draft and, when there are any, a calmer sentence from the playbook. */
export function coachDraft(draft: string, ctx: CoachContext): CoachResult {
  const heated = ctx.level === 'escalating' || ctx.level === 'critical';
  const found: CoachNote[] = [];
  for (const r of DRAFT_RULES) {
    if (r.unless?.test(draft)) continue;
    for (const m of draft.matchAll(r.find)) {
      const why = heated ? r.why + HEATED : r.why;
      found.push({ rule: r.rule, start: m.index, end: m.index + m[0].length, text: m[0], why });
    }
  }
  for (const s of shoutingSpans(draft))
    found.push({ rule: 'shouting', ...s, why: heated ? SHOUTING_WHY + HEATED : SHOUTING_WHY });
  const notes = withoutOverlaps(found);
  if (notes.length === 0) return { notes };
  const rewrite = calmerSentence(notes[0]?.rule ?? '', ctx);
  return rewrite ? { notes, rewrite } : { notes };
}

// The first rule in draft order keeps a span; a later rule matching inside it adds nothing for the agent.
function withoutOverlaps(notes: CoachNote[]): CoachNote[] {
  const sorted = [...notes].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CoachNote[] = [];
  for (const n of sorted) if (!kept.some((k) => n.start < k.end && k.start < n.end)) kept.push(n);
  return kept;
}

// A stable choice per rule, so the rewrite does not change with every keystroke.
function calmerSentence(rule: string, ctx: CoachContext): string | undefined {
  const values = {
    'customer.firstName': firstName(ctx.customerName),
    'agent.name': ctx.agentName,
    'agent.firstName': firstName(ctx.agentName),
  };
  for (const kind of REWRITE_KINDS[rule] ?? ['acknowledge']) {
    const options = ctx.playbook
      .filter(
        (p) => p.kind === kind && isPhraseEnabled(p) && p.signals !== 'none' && !p.tags.includes('repeat'),
      )
      .filter((p) => kind !== 'solve' || /\bwhat I can do\b|\bI can\b/i.test(p.text))
      .map((p) => ({ p, filled: fillTemplate(p.text, values) }))
      .filter((o) => o.filled.missing.length === 0)
      .sort(
        (a, b) =>
          fitsLevel(b.p, ctx.level) - fitsLevel(a.p, ctx.level) ||
          hash(`${rule}|${a.p.id}`) - hash(`${rule}|${b.p.id}`),
      );
    const best = options[0];
    if (best) return best.filled.text;
  }
  return undefined;
}

// While the customer is upset, phrases written for frustration or anger fit best; when calm, general ones do.
function fitsLevel(p: Phrase, level: RiskLevel): number {
  const forUpset = Array.isArray(p.signals) && p.signals.some((s) => s === 'frustration' || s === 'anger');
  if (level === 'calm') return p.signals === 'any' ? 1 : 0;
  return forUpset ? 2 : p.signals === 'any' ? 1 : 0;
}
