/**
 * Local calibration from the agent's dismissals, as plain data: which dismiss keys were dismissed in how many
 * conversations, and which the agent has taught Poise (dismissed in LEARN_AFTER different conversations). Pure, so
 * it is tested without a browser; the storage item is in dismissal-learning.ts.
 *
 * What is kept: until a key is learned, a salted, truncated hash of it and of up to two conversations it was
 * dismissed in, so nothing readable; once learned, the key itself (a rule id, or a shared rule with the lexicon
 * words it matched), its signal and when. A key that could carry the customer's own text is never learned (see
 * `isLearnable`), and a learned one was dismissed in LEARN_AFTER different conversations: common phrasing, not one
 * customer's words. Never the conversation's text or key.
 */
import * as v from 'valibot';
import { SIGNAL_LABELS } from '../analyzer/signals';
import { SIGNAL_NAMES, type SignalName } from '../analyzer/types';

/** Conversations a key must be dismissed in before it is learned. */
export const LEARN_AFTER = 3;
/** Keys counted but not learned yet; the least recently dismissed goes first (storage stays bounded). */
export const MAX_PENDING = 200;
/** Learned keys kept; past this, the oldest is forgotten first. */
export const MAX_LEARNED = 300;
const MAX_KEY = 120;

/** A phrase Poise learned to weigh less, as the options page shows it. */
export interface LearnedPhrase {
  /** The dismiss key (rule id, or rule|lexicon phrase): never the customer's own text beyond the lexicon phrase. */
  key: string;
  /** What the agent sees, e.g. `"ridiculous" (frustration)`. */
  label: string;
  /** The signal name. */
  signal: string;
  /** Epoch ms. */
  learnedAt: number;
}

const keySchema = v.pipe(
  v.string(),
  v.maxLength(MAX_KEY),
  v.check((key) => isLearnable(key), 'not a learnable key'),
);
const hashSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/));
const PendingSchema = v.object({
  /** The key's hash (salted like the conversations'). */
  key: hashSchema,
  conversations: v.pipe(v.array(hashSchema), v.maxLength(LEARN_AFTER - 1)),
  lastAt: v.number(),
});
const LearnedSchema = v.object({ key: keySchema, signal: v.picklist(SIGNAL_NAMES), learnedAt: v.number() });
const StateSchema = v.object({
  /** Empty until the first dismissal is counted. */
  salt: v.pipe(v.string(), v.regex(/^(?:[0-9a-f]{32})?$/)),
  pending: v.pipe(v.array(PendingSchema), v.maxLength(MAX_PENDING)),
  learned: v.pipe(v.array(LearnedSchema), v.maxLength(MAX_LEARNED)),
});

export type PendingKey = v.InferOutput<typeof PendingSchema>;
export type LearnedKey = v.InferOutput<typeof LearnedSchema>;
/** The stored value, version 1. */
export type DismissalLearningV1 = v.InferOutput<typeof StateSchema>;
export type DismissalLearning = DismissalLearningV1;

/** Nothing learned; the salt is filled in on the first write. */
export const EMPTY_LEARNING: DismissalLearning = { salt: '', pending: [], learned: [] };

export interface ValidatedLearning {
  state: DismissalLearning;
  /** What was wrong with the stored value (it was reset, or entries dropped). Empty when all was well. */
  problems: string[];
}

/** Validate a stored value: a damaged one is reset and reported, never thrown. */
export function validateLearning(raw: unknown): ValidatedLearning {
  if (raw === null || raw === undefined) return { state: structuredClone(EMPTY_LEARNING), problems: [] };
  const parsed = v.safeParse(StateSchema, raw);
  if (parsed.success) return { state: parsed.output, problems: [] };
  const issue = parsed.issues[0];
  const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return {
    state: structuredClone(EMPTY_LEARNING),
    problems: [
      `learned dismissals: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}; what Poise learned was reset`,
    ],
  };
}

/** Rules whose key carries the word they matched (lib/analyzer dismissKey). */
const SHARED_RULE = /^(?:afinn:[a-z_-]+|abusive:[a-z_-]+|model:words|model:abuse)$/;
const RULE_ID = /^[a-z_]+:[a-z0-9_-]+$/;
/** A lexicon word or short phrase: letters, apostrophes and hyphens; no digits (order numbers, amounts, dates). */
const WORDS = /^[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,2}$/;

/**
 * Whether a dismiss key may be learned, that is kept across conversations. A rule id (a lexicon phrase's slug) may;
 * a shared rule with its words may when they have a lexicon entry's shape (up to three words, letters only), and
 * never the model's whole-message span, whose "phrase" is the customer's message itself.
 */
export function isLearnable(key: string): boolean {
  if (key.length > MAX_KEY) return false;
  const bar = key.indexOf('|');
  if (bar < 0) return RULE_ID.test(key);
  const rule = key.slice(0, bar);
  const phrase = key.slice(bar + 1);
  return SHARED_RULE.test(rule) && WORDS.test(phrase) && phrase.length <= 40;
}

const RULE_WORDS: Record<string, string> = {
  'intensity:capitals': 'writing in capitals',
  'intensity:punctuation': 'repeated punctuation',
  'intensity:intensifier': 'intensifiers',
  'frustration:insult': 'an insult about the product',
  'afinn:negative': 'a negative word',
};

/** What the agent reads for a key: the phrase in quotes and the signal, e.g. `"ridiculous" (frustration)`. */
export function labelFor(key: string, signal: string): string {
  const named = SIGNAL_LABELS[signal as SignalName] ?? signal.replace(/_/g, ' ');
  const bar = key.indexOf('|');
  if (bar >= 0) return `“${key.slice(bar + 1)}” (${named})`;
  const known = RULE_WORDS[key];
  if (known) return `${known} (${named})`;
  const id = key.slice(key.indexOf(':') + 1);
  const words = key.startsWith('negation:') ? `not ${id}` : id.replace(/-/g, ' ');
  return `“${words}” (${named})`;
}

export interface Recorded {
  state: DismissalLearning;
  /** The key became learned with this dismissal. */
  learned: boolean;
}

/** A dismissal to count: the key, and the salted hashes of it and of its conversation (dismissal-learning.ts). */
export interface Dismissal {
  key: string;
  keyHash: string;
  conversation: string;
  signal: SignalName;
}

/**
 * Count one dismissal: once per conversation, learned at the LEARN_AFTER-th different one. A key that is not
 * learnable, or already learned, changes nothing.
 */
export function recordIn(state: DismissalLearning, d: Dismissal, now: number): Recorded {
  if (!isLearnable(d.key) || state.learned.some((l) => l.key === d.key)) return { state, learned: false };
  const before = state.pending.find((p) => p.key === d.keyHash);
  if (before?.conversations.includes(d.conversation)) return { state, learned: false };
  const others = state.pending.filter((p) => p.key !== d.keyHash);
  const conversations = [...(before?.conversations ?? []), d.conversation];
  if (conversations.length >= LEARN_AFTER) {
    const learned = [...state.learned, { key: d.key, signal: d.signal, learnedAt: now }].slice(-MAX_LEARNED);
    return { state: { ...state, pending: others, learned }, learned: true };
  }
  const pending = [{ key: d.keyHash, conversations, lastAt: now }, ...others]
    .sort((a, b) => b.lastAt - a.lastAt)
    .slice(0, MAX_PENDING);
  return { state: { ...state, pending }, learned: false };
}

/** Undo: the key (`keyHash` its hash) is neither learned nor counted any more. */
export function forgetIn(state: DismissalLearning, key: string, keyHash: string): DismissalLearning {
  return {
    ...state,
    pending: state.pending.filter((p) => p.key !== keyHash),
    learned: state.learned.filter((l) => l.key !== key),
  };
}

/** The learned keys as the options page shows them, most recently learned first. */
export function learnedPhrases(state: DismissalLearning): LearnedPhrase[] {
  return state.learned
    .map((l) => ({ key: l.key, label: labelFor(l.key, l.signal), signal: l.signal, learnedAt: l.learnedAt }))
    .sort((a, b) => b.learnedAt - a.learnedAt);
}
