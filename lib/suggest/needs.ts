/**
 * Which missing facts are worth asking for, most useful first, judged from what the customer's problem is about
 * (problem-type.ts). A fact counts as known when the chat gave it or the helpdesk page shows it. A problem with no
 * recognisable type is vague: the engine then asks what happened before asking for details.
 */
import type { ChatMessage } from '../chat';
import type { Fact } from '../playbook/schema';
import { type KnownFacts, MAX_FACT_TEXT } from './facts';
import { type ProblemType, problemTypes } from './problem-type';

/** Facts worth asking for per problem type, most useful first. */
const TYPE_FACTS: Record<ProblemType, Fact[]> = {
  delivery: ['orderId', 'dates'],
  billing: ['dates', 'accountId'],
  account: ['email', 'accountId', 'errorMessage'],
  technical: ['errorMessage', 'device', 'stepsTried', 'dates'],
};

/**
 * Facts that only say who the customer is. Once one of them is known (an order number in the subject, the email the
 * helpdesk shows), asking for another reads as not having looked.
 */
const IDENTIFIERS: readonly Fact[] = ['orderId', 'accountId', 'email'];

// "No message at all", "it doesn't say anything": asking for the error again would show the answer was not read.
const NO_ERROR_SHOWN =
  /\b(?:no (?:error|message|error message|code)|(?:doesn'?t|does not|didn'?t|did not) (?:say|show) anything|nothing on (?:the )?screen|without (?:any )?(?:error|message))\b/i;

/** Customer messages that describe the problem: every customer message so far, each as far as facts are read. */
function problemText(transcript: readonly ChatMessage[]): string {
  return transcript
    .filter((m) => m.role === 'customer')
    .map((m) => m.text.slice(0, MAX_FACT_TEXT))
    .join('\n');
}

export interface Needs {
  /** Facts still missing that fit the problem, most useful first. */
  missing: Fact[];
  /** No problem type recognised yet: ask what happened before asking for details. */
  vague: boolean;
  /** What the problem is about, in the order of PROBLEM_TYPES. */
  types: ProblemType[];
}

/** Which facts to ask for next (see the file comment). */
export function factNeeds(transcript: readonly ChatMessage[], facts: KnownFacts): Needs {
  const text = problemText(transcript);
  const types = problemTypes(text);
  const wanted: Fact[] = [];
  for (const type of types)
    for (const fact of TYPE_FACTS[type]) if (!wanted.includes(fact)) wanted.push(fact);
  // An order problem needs its order number even when the email is known; anything else needs one identifier.
  const identified = IDENTIFIERS.some((f) => facts[f]);
  const noError = NO_ERROR_SHOWN.test(text);
  const missing = wanted.filter(
    (f) =>
      !facts[f] &&
      !(f === 'errorMessage' && noError) &&
      !(identified && IDENTIFIERS.includes(f) && !(f === 'orderId' && types.includes('delivery'))),
  );
  return { missing, vague: types.length === 0, types };
}
