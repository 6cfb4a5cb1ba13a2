/**
 * What Poise learned from the agent's dismissals, in `local:` storage (this browser only, never synced): a phrase
 * whose flag the agent dismissed in LEARN_AFTER different conversations weighs less in every later one, until the
 * agent undoes it in the options page. The rules and what is kept are in dismissal-learning-schema.ts.
 */
import { storage } from 'wxt/utils/storage';
import type { SignalName } from '../analyzer/types';
import {
  type DismissalLearning,
  EMPTY_LEARNING,
  forgetIn,
  type LearnedPhrase,
  learnedPhrases,
  recordIn,
  type ValidatedLearning,
  validateLearning,
} from './dismissal-learning-schema';

export type { LearnedPhrase } from './dismissal-learning-schema';

export const dismissalLearningItem = storage.defineItem<unknown>('local:dismissalLearning', {
  fallback: EMPTY_LEARNING,
  version: 1,
});

/** Read and validate; a damaged value is reset (and written back) with `problems` saying what was wrong. */
export async function readDismissalLearning(): Promise<ValidatedLearning> {
  let raw: unknown;
  try {
    raw = await dismissalLearningItem.getValue();
  } catch (error) {
    return {
      state: structuredClone(EMPTY_LEARNING),
      problems: [`learned dismissals could not be read: ${String(error)}`],
    };
  }
  const validated = validateLearning(raw);
  if (validated.problems.length > 0)
    await dismissalLearningItem.setValue(validated.state).catch(() => undefined);
  return validated;
}

/** Writes from this context run one after another: the panel may dismiss several keys of one flag at once. */
let queue: Promise<unknown> = Promise.resolve();
function change<T>(run: (state: DismissalLearning) => Promise<{ state: DismissalLearning; result: T }>) {
  const next = queue.then(async () => {
    const { state } = await readDismissalLearning();
    const out = await run(state);
    if (out.state !== state) await dismissalLearningItem.setValue(out.state);
    return out.result;
  });
  queue = next.catch(() => undefined);
  return next;
}

/** The phrases learned so far, most recently learned first. */
export async function loadLearned(): Promise<LearnedPhrase[]> {
  return learnedPhrases((await readDismissalLearning()).state);
}

/** Call `onChange` with the learned phrases whenever they change (in any context); returns the unwatch function. */
export function watchLearned(onChange: (learned: LearnedPhrase[]) => void): () => void {
  return dismissalLearningItem.watch((value) => onChange(learnedPhrases(validateLearning(value).state)));
}

/** Undo: the phrase weighs as before in later analyses, and its dismissals are counted afresh. */
export async function forgetLearned(key: string): Promise<void> {
  await change(async (state) => {
    const next = forgetIn(state, key, await keyHash(state.salt, key));
    const same = next.learned.length === state.learned.length && next.pending.length === state.pending.length;
    return { state: same ? state : next, result: undefined };
  });
}

/** The dismiss keys learned so far, for the analyzer. */
export async function learnedKeys(): Promise<string[]> {
  return (await readDismissalLearning()).state.learned.map((l) => l.key);
}

/**
 * Count the agent's dismissal of `key` in one conversation. Until the key is learned, only salted hashes of it and of
 * the conversation's key are stored. Resolves true when the key became learned with it.
 */
export async function recordDismissal(
  key: string,
  conversationKey: string,
  signal: SignalName,
  now = Date.now(),
): Promise<boolean> {
  return change(async (state) => {
    const salted = state.salt ? state : { ...state, salt: randomHex(16) };
    const dismissal = {
      key,
      signal,
      keyHash: await keyHash(salted.salt, key),
      conversation: await saltedHash(salted.salt, `conversation\n${conversationKey}`),
    };
    const recorded = recordIn(salted, dismissal, now);
    const unchanged = recorded.state === salted && salted === state;
    return { state: unchanged ? state : recorded.state, result: recorded.learned };
  });
}

function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

const keyHash = (salt: string, key: string) => saltedHash(salt, `key\n${key}`);

/**
 * 64 bits of a SHA-256 salted per browser: tells keys and conversations apart without keeping them (a conversation's
 * key may be a URL or a title), and the same one hashes differently in another browser.
 */
async function saltedHash(salt: string, text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\n${text}`));
  return [...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
