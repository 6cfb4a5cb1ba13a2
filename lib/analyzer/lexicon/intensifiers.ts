/** Words that turn up the volume of what follows. Sorted and unique (tests/lib/analyzer/lexicon.test.ts). */
export const INTENSIFIERS = [
  'absolutely',
  'completely',
  'entirely',
  'extremely',
  'highly',
  'incredibly',
  'insanely',
  'really',
  'ridiculously',
  'seriously',
  'so',
  'terribly',
  'totally',
  'truly',
  'utterly',
  'very',
] as const;
