/**
 * The private post-chat review (guidance.md, "learn"): the risk timeline and which of the agent's replies the
 * risk fell after. Pure: the side panel records replies as it inserts them and saves the result locally.
 *
 * A review lives in local storage for 30 days, so it names each reply by its playbook phrase (id and template,
 * placeholders unfilled), never by the text that was sent: a filled reply can carry the customer's name, order or
 * error, and the customer's words are kept only in session storage.
 */
import type { RiskLevel } from '../analyzer/types';
import { RISK_LEVELS } from '../analyzer/types';
import { placeholderLabel } from '../playbook/template';

/** Which reply: a playbook phrase, or the agent's own words (whose text is not kept). */
export interface ReplyPhrase {
  phraseId: string;
  /** The phrase's template, placeholders unfilled; empty for the agent's own words. */
  template: string;
}

/** The reply the coach's rewrite of the agent's own draft stands for: no phrase, no text kept. */
export const OWN_WORDS: ReplyPhrase = { phraseId: 'own-words', template: '' };

/** A reply the agent inserted, and how many customer turns (risk points) existed when it was inserted. */
export interface ReviewReply extends ReplyPhrase {
  at: number;
}

export interface ReplyOutcome extends ReplyPhrase {
  before: number;
  after: number;
  fell: boolean;
}

/** A template as the review shows it: each placeholder as a bracketed label, e.g. "Hi [customer first name]". */
export function templatePreview(template: string): string {
  return template.replace(
    /\{\{\s{0,8}([\w.]{1,60})[^}]{0,200}\}\}/g,
    (_m, name: string) => `[${placeholderLabel(name)}]`,
  );
}

export interface ChatReview {
  scores: number[];
  peak: RiskLevel;
  outcomes: ReplyOutcome[];
}

/** Pair every reply with the risk just before it and at the next customer message; skip replies with no answer yet. */
export function replyOutcomes(scores: readonly number[], replies: readonly ReviewReply[]): ReplyOutcome[] {
  const outcomes: ReplyOutcome[] = [];
  for (const reply of replies) {
    const before = scores[reply.at - 1];
    const after = scores[reply.at];
    if (before === undefined || after === undefined) continue;
    outcomes.push({
      phraseId: reply.phraseId,
      template: reply.template,
      before,
      after,
      fell: after < before,
    });
  }
  return outcomes;
}

/** The higher of two levels. */
export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return RISK_LEVELS.indexOf(a) >= RISK_LEVELS.indexOf(b) ? a : b;
}

/** Build a review from the scores, the peak level seen and the replies inserted. */
export function buildReview(
  scores: readonly number[],
  peak: RiskLevel,
  replies: readonly ReviewReply[],
): ChatReview {
  return { scores: [...scores], peak, outcomes: replyOutcomes(scores, replies) };
}

/** A short, non-reversible id for a conversation key, so saved reviews do not keep ticket ids (FNV-1a, 32 bit). */
export function reviewId(conversationKey: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < conversationKey.length; i++) {
    h ^= conversationKey.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `r${h.toString(36)}`;
}
