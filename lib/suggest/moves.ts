/**
 * What a sentence does in the chat: an agent offering a solution, handing over, or promising something by a time;
 * a customer saying the problem is solved. Shared by the stage detector and the case summary.
 */

/** Sentences of a message, trimmed; a sentence ends at . ! ? or a line break. */
export function sentences(text: string): string[] {
  return (text.match(/[^.!?\n]+[.!?]*/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 1);
}

const OFFER =
  /\b(i|we) (can|could) (offer|refund|replace|send|ship|credit|reset|issue|give|add|arrange|extend|waive|cancel|upgrade|fix|set up)\b|\bwhat i can do\b|\bhere(?:'s| is) what i can do\b|\b(i|we)(?:'ve| have) (issued|processed|sent|refunded|credited|reset|applied|cancelled|canceled|replaced|shipped|fixed|added)\b|\bwould you (like|prefer)\b|\b(one|another) option\b|\balternatively\b|\bworkaround\b/i;
const REFER =
  /\b(transfer(?:ring)?|escalat(?:e|ed|ing)|hand(?:ing)? (?:this|it|you) (?:over|to)|pass(?:ing)? (?:this|it|your \w+) (?:on|to)|bring(?:ing)? in)\b|\b(supervisor|manager|team lead|specialist|billing team|technical team)\b/i;
const PROMISE =
  /\b(i(?:'ll| will)|we(?:'ll| will)|(?:they|he|she)(?:'ll| will)|you(?:'ll| will) (?:receive|get|hear|see))\b/i;
const WHEN = new RegExp(
  [
    String.raw`\b(?:within|in|under)\s+(?:the\s+next\s+)?(?:\d+|an?|one|two|three|four|five|a\s+few|a\s+couple\s+of)\s+(?:business\s+|working\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b`,
    String.raw`\b(?:by|before|on|until)\s+(?:tomorrow|tonight|today|noon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+end\s+of\s+(?:the\s+)?(?:day|week)|end\s+of\s+(?:the\s+)?(?:day|week)|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\b`,
    String.raw`\b(?:later\s+today|tomorrow(?:\s+morning|\s+afternoon)?|today|tonight|next\s+week|right\s+away|right\s+now|straight\s+away)\b`,
  ].join('|'),
  'i',
);

/** An agent sentence offering something concrete (a solve move). */
export const isOffer = (sentence: string): boolean => OFFER.test(sentence);
/** An agent sentence handing the case to someone else (a refer move). */
export const isReferral = (sentence: string): boolean => REFER.test(sentence);
/** An agent sentence promising something: "I will", "we'll", or a deadline. */
export const isPromise = (sentence: string): boolean => PROMISE.test(sentence) || WHEN.test(sentence);
/** The time a sentence names ("within 24 hours", "by Friday"), if any. */
export const whenIn = (sentence: string): string | undefined => sentence.match(WHEN)?.[0];

const THANKS = /\b(thanks?|thank you|thx|cheers|appreciate it|much appreciated)\b/i;
const SOLVED =
  /\b(works?|working( now)?|worked|fixed|solved|sorted|sorts it|resolved|perfect|great|awesome|all good|that did it|that's all|that is all|all set|got it)\b/i;
const NOT_SOLVED = /\b(not|n't|still|nothing|never|no longer|useless|again)\b/i;

/** A customer message saying the problem is solved ("thanks, that worked"); sarcasm with "still"/"not" does not count. */
export function saysSolved(text: string): boolean {
  if (NOT_SOLVED.test(text)) return false;
  return (
    (THANKS.test(text) && SOLVED.test(text)) ||
    /\b(that did it|all sorted|problem solved|it works now)\b/i.test(text)
  );
}
