/**
 * The support-domain vocabulary laid over AFINN. Words whose AFINN value misleads in a support chat ("like" in
 * "I'd like to cancel", "help" in "I need help", "terribly" in "terribly sorry"), and phrases whose AFINN weight is
 * cancelled ("no problem", "cancel my order", "payment issue"). Phrase weights for frustration and anger come from their own lexicons.
 * Arrays are sorted and unique (tests/lib/analyzer/lexicon.test.ts).
 */

/** [word, AFINN value in a support chat]. */
export const SUPPORT_WORDS: readonly (readonly [string, number])[] = [
  ['awfully', 0],
  ['broken', -2],
  ['charged', -1],
  ['charges', 0],
  ['clueless', -2],
  ['crashed', -2],
  ['crashes', -2],
  ['crashing', -2],
  ['demand', 0],
  ['dreadfully', 0],
  ['fee', 0],
  ['fees', 0],
  ['glitch', -1],
  ['hard', 0],
  ['help', 0],
  ['helpful', 1],
  ['incompetent', -3],
  ['joke', -1],
  ['kill', -1],
  ['like', 0],
  ['no', 0],
  ['penalty', 0],
  ['please', 0],
  ['scam', -3],
  ['sorry', 0],
  ['sue', 0],
  ['terribly', 0],
  ['unacceptable', -3],
  ['unfortunately', -1],
  ['useless', -3],
];

/** Words that flip the AFINN value of the next word (added to the `sentiment` package's own list). */
export const NEGATORS = [
  "aren't",
  'arent',
  'barely',
  "can't",
  'cannot',
  'cant',
  "couldn't",
  'couldnt',
  "didn't",
  'didnt',
  "doesn't",
  'doesnt',
  "don't",
  'dont',
  'hardly',
  "hasn't",
  "haven't",
  "isn't",
  'isnt',
  'never',
  'non',
  'not',
  "shouldn't",
  "wasn't",
  'wasnt',
  "won't",
  'wont',
  "wouldn't",
  'wouldnt',
] as const;

/** Phrases whose AFINN weight is cancelled: polite formulas and calm requests that merely name a problem. */
export const NEUTRAL_PHRASES = [
  'a|an|some|have|has|having|had|got|with problem|problems|error|errors|trouble|troubles|issue|issues',
  'cancel*|return* my|the|an|a|this|that? _? order|orders|purchase|purchases|item|items|booking|reservation',
  'cancellation fee|fees|policy|charge|charges',
  'damage|damaged',
  'error message|code',
  'hard reset|drive|copy',
  'kill the|this? app|process',
  'no problem|problems|worries|issue|issues|rush',
  'no thanks|thank',
  'not a problem',
  'payment|billing|delivery|shipping|login|signup|registration|account problem|problems|issue|issues|error|errors',
  'problem|problems|issue|issues|trouble|error|errors with ~ payment|payments|order|card|invoice|account|delivery',
  'sorry to|for bother*|disturb*|ask*|interrupt*',
  'too bad',
] as const;

/** Polite formulas the abuse model reads as hostile ("I hate to bother you"): no model-only abuse in their message. */
export const POLITE_FORMULAS = [
  'hate to bother|trouble|disturb|ask|say|chase|be',
  'sorry to bother|trouble|disturb|chase',
  'sorry|apologies for the|my double|late|long|multiple|many|repeated|slow message|messages|reply|response|delay|typo|typos',
] as const;
