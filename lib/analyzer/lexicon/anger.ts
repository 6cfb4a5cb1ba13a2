/**
 * Anger: outrage, accusations, demands, contempt. Shouting (capitals, "!!!") is scored in intensity.ts.
 * Arrays are sorted and unique (tests/lib/analyzer/lexicon.test.ts).
 */

/**
 * Calling the service a fraud. Asked as a yes/no question ("could this text be a scam?") it is a customer checking a
 * suspicious message, not an accusation (phrase-hits.ts). The same words as the "scam|…" rule below.
 */
export const ACCUSATIONS = [
  'crooks',
  'fraud',
  'fraudulent',
  'robbery',
  'scam',
  'scammer',
  'scammers',
  'scamming',
  'scams',
  'thief',
  'thieves',
] as const;

/** A question that asks whether something is so, opened by one of these: "is this a scam?", "could it be fraud?". */
export const YES_NO_OPENERS = ['are', 'can', 'could', 'is', 'may', 'might', 'was', 'would'] as const;

/** Enough on its own. */
export const ANGER_STRONG = [
  'absolutely|totally|completely|utterly ridiculous|unacceptable|useless|disgusting|pathetic|outrageous',
  'appalling|atrocious|diabolical',
  'daylight robbery',
  'disgrace|disgraceful|disgusting|despicable',
  'furious|livid|fuming|outraged|enraged|infuriat*',
  'have|has|got some|the nerve',
  'how dare',
  'how is|can this|that|it even? be? legal|allowed',
  'how is|was|can this|that|it even? be? acceptable|okay|ok|fair|reasonable',
  'is|was|are absolutely? scandalous|outrageous|disgraceful|shameful|appalling',
  'i|we hate this|it|that|your|you|how|when|dealing|having',
  'not you dare',
  'pissed',
  'rip off',
  'ripoff|ripoffs',
  'scam|scams|scammer|scammers|scamming|fraud|fraudulent|thieves|thief|crooks|robbery',
  'shame on you|your|them|this|the|yourselves',
  'sick and tired',
  'stole|stolen|steal|steals|stealing|robbed|robbing ~ money|cash|funds',
  'theft',
  'this|that|it is|was a disgrace|scandal',
  'this|that|it is|was ridiculous|outrageous|absurd|unacceptable|disgraceful|shameful|scandalous',
  'treat*|treating ~ like this|that|dirt|garbage|trash|idiots|fools|criminals',
  'without my|our consent|permission|authorisation|authorization|agreement|approval',
  'you|they are lying',
  'you|they lied|lie|lying',
] as const;

/** Anger when it stands with other negative cues. */
export const ANGER_MEDIUM = [
  'absurd|insane|crazy|unbelievable|ridiculous|outrageous|pathetic|incompetent|clowns|joke|laughable',
  'angry|anger|mad|upset',
  'are you kidding|joking|serious',
  'are you ~ stupid|deaf|blind|listening|reading',
  'hate',
  'immediately|asap',
  'i|we demand',
  'never|not agreed|authorized|authorised|consented|approved|ordered|requested',
  'never|not asked for',
  'never|not signed up',
  'right now',
  'what the hell|heck',
] as const;
