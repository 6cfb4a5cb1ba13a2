/**
 * What the case summary reads from the words themselves: the customer's problem statements (one per problem, so a
 * double charge raised later in the chat sits beside the late parcel raised first) and the agent's promises (a
 * sentence committing to an action or a time, never a greeting or an introduction).
 */
import { whenIn } from '../suggest/moves';

/** Words that state something is wrong, and the kind of problem they name. First match wins per sentence. */
const PROBLEM_TOPICS: [topic: string, words: RegExp][] = [
  [
    'billing',
    /\b(charged|charge[sd]? (?:twice|double)|double[- ]charged?|two charges|overcharged|billed|billing|invoice|refund|payment|paid (?:twice|double)|card|money)\b/i,
  ],
  [
    'delivery',
    /\b(order|parcel|package|delivery|deliver(?:ed)?|arrive[ds]?|tracking|shipped|shipping|courier|in transit|late)\b/i,
  ],
  ['account', /\b(log ?in|sign ?in|password|locked(?: out)?|account|two-factor|2fa|verification code)\b/i],
  [
    'technical',
    /\b(error|crash(?:es|ed)?|bug|broken|not working|doesn'?t work|won'?t (?:load|open|work)|closes|freez(?:es|ing)|invalid)\b/i,
  ],
];
/** A sentence says something is wrong (any topic), not only how the customer feels about it. */
const WRONG =
  /\b(not|n't|never|no longer|still|twice|wrong|broken|missing|late|invalid|error|supposed to|instead of|charged|damaged|lost|stuck|keeps?|failed|can'?t|cannot|old address)\b/i;
/** Feelings, insults, threats and hand-off demands: the state, not the problem (the summary has them elsewhere). */
const NOT_A_PROBLEM =
  /\b(ridiculous|idiot|useless|pathetic|sick and tired|manager|supervisor|complaint|review|cancel my account|are you (?:even )?(?:there|reading)|hello\?|(?:not )?talking to you|done with you|you people)/i;

const MAX_PROBLEMS = 4;
const MIN_WORDS = 5;

/** Sentences of a message: a sentence ends at . ! ? before a space, or at a line break ("64.90" stays whole). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

/** The customer's problem statements, one per topic, in the order raised. */
export function problemStatements(customerTexts: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of customerTexts) {
    for (const s of sentencesOf(text)) {
      // "It's still not working." repeats a problem without stating it: a statement names what is wrong.
      if (NOT_A_PROBLEM.test(s) || !WRONG.test(s) || s.split(/\s+/).length < MIN_WORDS) continue;
      const topic = PROBLEM_TOPICS.find(([, words]) => words.test(s))?.[0] ?? 'other';
      if (seen.has(topic)) continue;
      seen.add(topic);
      out.push(s);
      if (out.length === MAX_PROBLEMS) return out;
    }
  }
  return out;
}

const GREETING =
  /^(hi|hello|hey|good (?:morning|afternoon|evening)|welcome|thanks? (?:you )?for (?:getting in touch|contacting|reaching out|your (?:message|patience|order)|waiting))\b/i;
/** "I'm Alex and I'll look into this": an introduction, not a commitment. */
const INTRODUCTION = /\b(?:i'm|i am|my name is|this is) [A-Z][a-z]+\b/;
const COMMITS =
  /\b(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to| shall)\s+(?:\w+\s+){0,2}?(?:refund|send|resend|ship|credit|call|email|e-mail|replace|escalate|update|follow up|fix|cancel|process|issue|arrange|reset|transfer|check back|get back|contact|reply|waive|reimburse|deliver|post|chase|make sure|confirm|book|pay|return|remove|unlock|restore|switch|change)\b|\byou(?:'ll| will) (?:receive|get|hear|see)\b|\b(?:will|'ll) (?:be|go|arrive|reach|ship)\b/i;
const SOON = /\b(shortly|soon|asap)\b/i;

/** An agent sentence committing to an action or a time ("I'll refund…", "we will send… by Friday"). */
export function isCommitment(sentence: string): boolean {
  if (GREETING.test(sentence.trim()) || INTRODUCTION.test(sentence)) return false;
  return COMMITS.test(sentence);
}

/** When the promise is due, as the agent said it. */
export function dueIn(sentence: string): string | undefined {
  return whenIn(sentence) ?? sentence.match(SOON)?.[0];
}
