/**
 * What the customer's problem is about, read from their own words: a late parcel, a charge, a way into the account,
 * or something broken in the product. A chat can be about more than one ("late and charged twice"). The type decides
 * which facts are worth asking for, so a late parcel never gets a question about the browser.
 */

export const PROBLEM_TYPES = ['delivery', 'billing', 'account', 'technical'] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

/**
 * Playbook tags that mean a problem type. The older tag names are still read, so a team playbook written with them
 * keeps working.
 */
export const TYPE_TAGS: Record<ProblemType, readonly string[]> = {
  delivery: ['delivery', 'order'],
  billing: ['billing'],
  account: ['account'],
  technical: ['technical', 'tech'],
};

// Words only: a tracking "page" or "it's still not working" about a parcel is not a technical fault, so the technical
// words name faults of software, not pages in general.
const WORDS: Record<ProblemType, RegExp> = {
  delivery:
    /\b(orders?|ordered|deliver(?:y|ed|ies)?|parcel|package|shipp(?:ed|ing)|shipment|arriv(?:e|ed|al)|tracking|courier|carrier|dispatch(?:ed)?|postman|lost in the post|not (?:yet )?(?:come|arrived)|late|wrong (?:item|size)|damaged)\b/i,
  billing:
    /\b(charged?|charges|charging|billing|billed|bill|invoice|payment|paid|pay|refund(?:ed)?|statement|subscription fee|renewal|overcharged|double[- ]charged|debit(?:ed)?|price|fee|money back)\b/i,
  account:
    /\b(log ?in|logging in|sign(?:ed|ing)? ?in|password|locked(?: out)?|lock-?out|2fa|two[- ]factor|verification (?:code|email)|reset link|username|can(?:'|no)?t (?:get into|access) (?:my|the) account|hacked|suspended)\b/i,
  technical:
    /\b(crash(?:es|ed|ing)?|bug(?:gy)?|glitch(?:es|y)?|freez(?:e|es|ing)|frozen|error(?! in\b)|won'?t (?:load|open|start)|doesn'?t (?:load|open|start)|not loading|blank (?:screen|page)|spinn(?:er|ing)|the app|app (?:keeps|is|won'?t)|(?:button|link) (?:does nothing|doesn'?t work|is broken)|stuck on (?:the )?loading|timeout|timed out)\b/i,
};

/** The problem types the text is about, in the order of PROBLEM_TYPES; empty when none is recognised. */
export function problemTypes(text: string): ProblemType[] {
  return PROBLEM_TYPES.filter((t) => WORDS[t].test(text));
}

/** The problem types a phrase is tagged for; empty when it fits any problem. */
export function phraseTypes(tags: readonly string[]): ProblemType[] {
  return PROBLEM_TYPES.filter((t) => TYPE_TAGS[t].some((tag) => tags.includes(tag)));
}
