/**
 * Evidence gathered for one message: per signal, the weighted spans that point at it. Turned into signals with a
 * strength in escalation.ts.
 */
import type { SignalName, Span } from './types';

export interface Hit {
  span: Span;
  weight: number;
}

/** Rules that match many different words: one of them is dismissed for those words only, not everywhere. */
const SHARED_RULE = /^(?:model|afinn|abusive):/;

/**
 * What the agent dismisses when a flag is "not a problem": the phrase rule itself ("phrase:still-not-working"), or
 * for a shared rule (the model's words, AFINN, the insult list) that rule on these words, so dismissing "sick" in one
 * message leaves "useless" in the next one alone.
 */
export function dismissKey(span: Pick<Span, 'rule' | 'text'>): string {
  return SHARED_RULE.test(span.rule)
    ? `${span.rule}|${span.text.toLowerCase().replace(/\s+/g, ' ')}`
    : span.rule;
}

/** A rule's weight after the agent dismissed it in this conversation. */
export const DISMISSED_FACTOR = 0.15;
/**
 * A rule's weight in a later conversation, once the agent has dismissed it in several (learned from dismissals). A
 * little milder than a dismissal, which judges this customer's words where a learned one guesses at a new
 * customer's; light enough that a strong phrase, even matched by two rules (2 × 1.2 × 0.2 = 0.48 < the 0.51 a flag
 * needs), no longer flags on its own at the default sensitivity. At 0.4, "I will call my lawyer" stayed critical and
 * the agent would see nothing learned. It still adds to other cues in the message, and flags at high sensitivity.
 */
export const LEARNED_FACTOR = 0.2;

/** Evidence per signal, plus helpers to add a hit. */
export class Evidence {
  readonly hits = new Map<SignalName, Hit[]>();

  constructor(
    private readonly dismissed: ReadonlySet<string>,
    private readonly learned: ReadonlySet<string> = new Set(),
  ) {}

  add(signal: SignalName, span: Span, weight: number): void {
    // A dismissed rule keeps a trace of weight, so the same words in a later, angrier message still count a little.
    const key = dismissKey(span);
    const w = this.dismissed.has(key)
      ? weight * DISMISSED_FACTOR
      : this.learned.has(key)
        ? weight * LEARNED_FACTOR
        : weight;
    const list = this.hits.get(signal) ?? [];
    // One rule counts once per message: "still... still... still" is one cue (repetition is scored across turns);
    // its further spans are kept, with no weight, so the panel can highlight them all.
    const same = list.find((h) => h.span.rule === span.rule && h.weight > 0);
    if (same) {
      same.weight = Math.max(same.weight, w);
      if (!list.some((h) => h.span.start === span.start && h.span.end === span.end))
        list.push({ span, weight: 0 });
      return;
    }
    list.push({ span, weight: w });
    this.hits.set(signal, list);
  }

  /**
   * Drop the hits of `signals` that `covered` says are another signal's words ("you're an idiot" is abusive
   * language, not also frustration). A dropped hit's weight passes to a remaining hit of its rule, so the rule still
   * counts once for the words it had elsewhere in the message.
   */
  drop(signals: readonly SignalName[], covered: (span: Span) => boolean): void {
    for (const signal of signals) {
      const list = this.hits.get(signal);
      if (!list) continue;
      const kept = list.filter((h) => !covered(h.span));
      for (const gone of list) {
        if (gone.weight === 0 || kept.includes(gone)) continue;
        const heir = kept.find((h) => h.span.rule === gone.span.rule);
        if (heir) heir.weight = Math.max(heir.weight, gone.weight);
      }
      this.hits.set(signal, kept);
    }
  }

  /** A copy whose hits can be added to without touching this one. */
  clone(): Evidence {
    const copy = new Evidence(this.dismissed, this.learned);
    for (const [signal, hits] of this.hits)
      copy.hits.set(
        signal,
        hits.map((h) => ({ ...h })),
      );
    return copy;
  }

  total(signal: SignalName): number {
    let sum = 0;
    for (const h of this.hits.get(signal) ?? []) sum += h.weight;
    return sum;
  }
}
