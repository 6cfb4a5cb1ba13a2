/**
 * The calmer version of the agent's own draft: every span a rule flagged is replaced by a calmer phrase, and
 * everything else (order numbers, names, dates, amounts, what was promised) stays exactly as the agent wrote it.
 * Each replacement is small and carries the rule's reason, so the panel can show it as a diff to accept or edit.
 */
import type { DraftRuleId } from './rules';

export interface Span {
  rule: DraftRuleId;
  start: number;
  end: number;
  why: string;
}

/** One replacement: what the draft said, what the rewrite says instead, and why. */
export interface CoachChange {
  rule: DraftRuleId;
  from: string;
  to: string;
  why: string;
}

interface Edit extends CoachChange {
  start: number;
  end: number;
}

const ALTERNATIVE = ' That said, let me check what I can do for you.';
const DAY_OR_MONTH =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Calmer wording for one flagged phrase, by rule and by what the phrase says. */
function calmer(rule: DraftRuleId, phrase: string, acronyms: ReadonlySet<string>): string {
  const p = phrase.toLowerCase().replace(/’/g, "'");
  switch (rule) {
    case 'calm-down':
      return /upset|angry|rude|emotional|worked up/.test(p)
        ? "I understand why you're upset"
        : 'I understand how frustrating this is';
    case 'blame':
      if (/^you should/.test(p)) return 'it would have helped to have';
      if (/^(as|like) |already/.test(p)) return 'to recap';
      if (/not my (problem|job)/.test(p)) return 'let me find the right person to help with this';
      if (/your (own )?fault/.test(p)) return "let's get this sorted";
      if (/^you (didn't|did not|failed to|forgot to|never) read/.test(p)) return "it's easy to miss";
      if (/^you (didn't|did not|failed to|forgot to|never) follow/.test(p))
        return "it's easy to skip a step in";
      if (/^you (didn't|did not|failed to|forgot to|never) check/.test(p)) return "it's worth checking";
      if (/^you (didn't|did not|failed to|forgot to|never) listen/.test(p))
        return 'I may not have been clear';
      if (/^if you had (read|checked)/.test(p)) return 'if I had pointed you to';
      if (/^if you had followed/.test(p)) return 'if I had walked you through';
      if (/^if you had listened/.test(p)) return 'if I had been clearer';
      if (/^you need to read/.test(p)) return 'could you take a look at';
      if (/^you need to listen/.test(p)) return 'let me explain it again';
      if (/^you must have/.test(p)) return 'it looks like you may have';
      return 'to recap';
    case 'not-our-fault': {
      const about = /^the ([a-z]+)/.exec(p)?.[1];
      if (/responsible|to blame/.test(p)) return "I'm sorry about";
      // "Order #48213 is not our fault": the subject stays, the denial becomes regret.
      if (/^(is|was) not/.test(p)) return `${p.startsWith('was') ? 'was' : 'is'} something I'm sorry about`;
      return about ? `I'm sorry about the ${phrase.slice(4, 4 + about.length)}` : "I'm sorry this happened";
    }
    case 'policy-wall':
      // A rule stated with a way forward is not a wall: the statement stays, the way forward is added after it.
      if (/nothing (i|we) can do|can'?t do anything|cannot do anything/.test(p))
        return "I can't change that myself, but let me see what I can do";
      return phrase;
    case 'sarcasm':
      if (/^clearly you/.test(p)) return 'you';
      if (/^as you/.test(p)) return 'as you may know';
      if (/^surely you/.test(p)) return 'I hope you';
      if (/^good luck/.test(p)) return 'let me know if I can help with that';
      if (/^(if you say so|whatever you say)/.test(p)) return 'understood';
      return ''; // "obviously", "with all due respect", "no offence": the sentence reads fine without them
    case 'shouting':
      // Ids and codes (anything with a digit), acronyms and "I" keep their case; days and months their capital.
      return phrase.replace(/[A-Za-z0-9][\w-]*/g, (w) => {
        if (w === 'I' || acronyms.has(w) || /\d/.test(w)) return w;
        return DAY_OR_MONTH.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w.toLowerCase();
      });
  }
}

/** Where the sentence holding `index` ends: after its closing punctuation, or the end of the text. */
function sentenceEnd(text: string, index: number): { at: number; closed: boolean } {
  const m = /[.!?]+(?=\s|$)|\n/.exec(text.slice(index));
  if (!m) return { at: text.length, closed: false };
  return m[0] === '\n'
    ? { at: index + m.index, closed: false }
    : { at: index + m.index + m[0].length, closed: true };
}

const atSentenceStart = (text: string, index: number) => /(^|[.!?]\s+|\n\s*)$/.test(text.slice(0, index));
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The edits for the flagged spans (already free of overlaps), in draft order. */
function editsFor(draft: string, spans: readonly Span[], acronyms: ReadonlySet<string>): Edit[] {
  const edits: Edit[] = [];
  let alternativeAdded = false;
  for (const s of spans) {
    let { start, end } = s;
    // Shouting that ends inside an id ("ORDER ORD-5521"): the whole id is read, so it keeps its case.
    if (s.rule === 'shouting') end += /^[\w-]*/.exec(draft.slice(end))?.[0].length ?? 0;
    const from = draft.slice(start, end);
    let to = calmer(s.rule, from, acronyms);
    if (s.rule === 'policy-wall' && to === from) {
      // Once per draft, after the sentence that states the rule.
      if (alternativeAdded) continue;
      alternativeAdded = true;
      const { at, closed } = sentenceEnd(draft, end);
      edits.push({ ...s, start: at, end: at, from: '', to: closed ? ALTERNATIVE : `.${ALTERNATIVE}` });
      continue;
    }
    if (s.rule === 'calm-down') {
      // "Please calm down and let me check" → "I understand how frustrating this is; let me check".
      // Bounded and read over the last words only: the nested `(…\s+)+$` backtracked over the whole draft.
      const lead = /(?:\b(?:please|you need to|just|try to|you have to)\s{1,3}){1,3}$/i.exec(
        draft.slice(Math.max(0, start - 60), start),
      );
      if (lead) start -= lead[0].length;
      const and = /^,?\s+and\s+/i.exec(draft.slice(end));
      if (and) {
        end += and[0].length;
        to += '; ';
      }
    }
    if (s.rule === 'blame' && /already told you$/i.test(from)) {
      const that = /^\s+that\b/i.exec(draft.slice(end));
      if (that) end += that[0].length;
      if (!/^\s*,/.test(draft.slice(end))) to += ',';
    }
    if (to === '') {
      // A phrase removed: its comma and space go with it.
      const trail = /^,?\s*/.exec(draft.slice(end));
      end += trail?.[0].length ?? 0;
    }
    if (atSentenceStart(draft, start)) {
      to = to ? capitalise(to) : '';
    }
    edits.push({ rule: s.rule, why: s.why, start, end, from: draft.slice(start, end), to });
  }
  return edits;
}

/** The draft with each flagged span replaced; `changes` lists each replacement with its reason. */
export function rewriteDraft(
  draft: string,
  spans: readonly Span[],
  acronyms: ReadonlySet<string>,
): { text: string; changes: CoachChange[] } {
  const edits = editsFor(draft, spans, acronyms);
  let text = draft;
  for (const e of [...edits].reverse()) {
    const after = text.slice(e.end);
    // A phrase removed at the start of a sentence: the next word starts it now.
    const next = e.to === '' && atSentenceStart(draft, e.start) ? capitalise(after) : after;
    text = text.slice(0, e.start) + e.to + next;
  }
  return { text, changes: edits.map(({ rule, from, to, why }) => ({ rule, from, to, why })) };
}
