/**
 * Which missing facts are worth asking for, most useful first, judged from what the customer's problem is about. A
 * problem with no recognisable topic is vague: the engine then asks what happened before asking for details.
 */
import type { ChatMessage } from '../chat';
import type { Fact } from '../playbook/schema';
import { type KnownFacts, MAX_FACT_TEXT } from './facts';

/** What a problem is about; phrases tagged with a topic fit problems about it. */
export const TOPICS = ['order', 'billing', 'account', 'tech'] as const;
export type TopicName = (typeof TOPICS)[number];

interface Topic {
  name: TopicName;
  words: RegExp;
  facts: Fact[];
}

const TOPIC_RULES: Topic[] = [
  {
    name: 'order',
    words:
      /\b(order(?:ed)?|deliver(?:y|ed)?|package|parcel|shipp(?:ed|ing)|arriv(?:e|ed)|tracking|item|return|refund|exchange)\b/i,
    facts: ['orderId', 'dates', 'email'],
  },
  {
    name: 'billing',
    words:
      /\b(charged?|charges|billing|bill|invoice|payment|paid|card|subscription|renewal|plan|price|refund|fee)\b/i,
    facts: ['accountId', 'email', 'dates'],
  },
  {
    name: 'account',
    words: /\b(log ?in|sign(?:ed)? ?in|password|account|locked|verification|2fa|username)\b/i,
    facts: ['email', 'accountId', 'device', 'errorMessage'],
  },
  {
    name: 'tech',
    words:
      /\b(app|website|site|page|crash(?:es|ed|ing)?|error|bug|load(?:ing)?|button|screen|freez(?:e|es|ing)|broken|not working|doesn'?t work|won'?t (?:open|load|work)|glitch)\b/i,
    facts: ['errorMessage', 'device', 'stepsTried', 'dates'],
  },
];

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
  /** No topic recognised yet: ask what happened before asking for details. */
  vague: boolean;
  /** What the problem is about, in the order the rules are listed. */
  topics: TopicName[];
}

/** Which facts to ask for next (see the file comment). */
export function factNeeds(transcript: readonly ChatMessage[], facts: KnownFacts): Needs {
  const text = problemText(transcript);
  const wanted: Fact[] = [];
  const topics: TopicName[] = [];
  for (const topic of TOPIC_RULES) {
    if (!topic.words.test(text)) continue;
    topics.push(topic.name);
    for (const fact of topic.facts) if (!wanted.includes(fact)) wanted.push(fact);
  }
  const vague = wanted.length === 0;
  // Without a topic, the generic questions that help any problem: what exactly fails, on what, and what was tried.
  const candidates: Fact[] = vague ? ['errorMessage', 'device', 'stepsTried'] : wanted;
  return { missing: candidates.filter((f) => !facts[f]), vague, topics };
}
