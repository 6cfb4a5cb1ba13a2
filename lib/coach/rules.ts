/**
 * What in an agent's draft tends to inflame an upset customer (guidance.md): blame, orders to calm down, policy as a
 * wall, denying fault, sarcasm, shouting. Each rule finds exact spans; rewrite.ts replaces each span with a calmer
 * phrase and leaves the rest of the draft as the agent wrote it.
 */

export type DraftRuleId = 'calm-down' | 'blame' | 'not-our-fault' | 'policy-wall' | 'sarcasm' | 'shouting';

export interface DraftRule {
  rule: Exclude<DraftRuleId, 'shouting'>;
  find: RegExp;
  why: string;
  /** When the draft also matches this, the rule stays quiet (policy with an alternative is fine). */
  unless?: RegExp;
}

export const DRAFT_RULES: DraftRule[] = [
  {
    rule: 'calm-down',
    find: /\b(calm down|settle down|chill out|relax|take a deep breath|no need to (?:get|be) (?:so )?(?:upset|angry|rude|worked up|emotional)|don'?t (?:get|be) (?:so )?(?:upset|angry|emotional|worked up))\b/gi,
    why: 'Telling someone to calm down usually does the opposite: acknowledge the feeling instead.',
  },
  {
    rule: 'blame',
    // "You should have received it by now" states an expectation, not blame.
    find: /\b(you should(?: have|'ve| of)(?! (?:received|gotten|got|been|heard|seen))|as i (?:already |have already |had )?(?:said|told you|mentioned|explained|stated)|like i (?:already )?(?:said|told you)|as (?:previously|already) (?:stated|mentioned|explained)|i already told you|(?:that|it)(?:'s| is) not my (?:problem|job)|(?:it|that|this)(?:'s| is) your (?:own )?fault|you (?:didn'?t|did not|failed to|forgot to|never) (?:read|follow|check|listen)|if you had (?:read|followed|listened|checked)|you need to (?:read|listen)(?: properly| carefully)?|you must have)\b/gi,
    why: 'Reads as blame or defensiveness: say what happens next rather than who got it wrong.',
  },
  {
    rule: 'not-our-fault',
    find: /\b((?:it|that|this|the [a-z]+)(?:(?:'s| is| was) not| isn't| wasn't) (?:our|my) (?:fault|problem|responsibility)|(?:is|was) not (?:our|my) (?:fault|problem|responsibility)|not (?:our|my) fault|(?:we are|we're|i am|i'm) not (?:responsible|to blame) for)\b/gi,
    why: 'Saying whose fault it is not sounds defensive: say you are sorry it happened and what you will do.',
  },
  {
    rule: 'policy-wall',
    find: /\b((?:it|that|this)(?:'s| is)(?: just)? (?:our|the|company|store) policy|policy (?:states|says|is clear|does not allow|doesn'?t allow|prohibits)|(?:per|according to|against) (?:our |the |company )?policy|there(?:'s| is) nothing (?:i|we) can do|(?:i|we) (?:can'?t|cannot) do anything)\b/gi,
    unless:
      /\b(?:but|however),? (?:i|we) can\b|\bwhat (?:i|we) can do\b|\binstead\b|\balternatively\b|\b(?:i|we) can offer\b|\bhere(?:'s| is) what\b|\bone option\b/i,
    why: 'A rule with no way forward feels like a wall: add what you can do (for example "but what I can do is…").',
  },
  {
    rule: 'sarcasm',
    find: /\b(obviously|clearly you|with all due respect|no offen[cs]e|as you (?:should|would|must) know|surely you|if you say so|good luck with that|whatever you say)\b/gi,
    why: 'Can read as sarcastic or condescending in text, where tone of voice is lost.',
  },
];

// Common acronyms are not shouting.
export const ACRONYMS = new Set(
  'ID OK FAQ PDF URL SMS VPN API USB iOS PIN PC TV UK US EU USA GDPR CSV HTML HTTP HTTPS IP QR ETA AM PM ASAP DM SSL CC VAT'.split(
    ' ',
  ),
);
/** Three or more capitalised words in a row, at least two of them not acronyms, read as shouting. */
const CAPS_RUN = /\b[A-Z]{2,}(?:[^A-Za-z]{1,4}[A-Z]{2,}\b){2,}/g;

/** Spans of shouting in capitals. */
export function shoutingSpans(text: string): { start: number; end: number; text: string }[] {
  const spans: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(CAPS_RUN)) {
    const words = m[0].match(/[A-Z]{2,}/g) ?? [];
    if (words.filter((w) => !ACRONYMS.has(w)).length < 2) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return spans;
}

export const SHOUTING_WHY =
  'Capitals read as shouting: write in normal case and let the words carry the weight.';
