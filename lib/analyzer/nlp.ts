/**
 * The only file that imports `compromise` (conventions C6). It uses the `two` build (tagger, no sentence API): a full
 * parse costs about 1 ms per message on a loaded machine, which alone would eat half the 2 ms budget, so callers pass
 * only short windows around the words that need it (negators, a question's opening words, words in capitals).
 */
import nlp from 'compromise/two';

const NEGATION_MATCH = '#Negative #Adverb{0,2} (be|been|#Copula)? #Adverb{0,2} (#Adjective|#Verb|#Noun)';

/** Words that a negator governs in a short window ("not very happy" → happy, "never been helpful" → helpful). */
export function negatedWords(windowText: string): Set<string> {
  const out = new Set<string>();
  const doc = nlp(windowText);
  for (const m of doc.match(NEGATION_MATCH).json() as { terms: { normal: string; tags: string[] }[] }[]) {
    const last = m.terms[m.terms.length - 1];
    if (last && !last.tags.includes('Negative')) out.add(last.normal);
  }
  return out;
}

const QUESTION_OPENERS = new Set(['Modal', 'Copula', 'Auxiliary']);
const DO_HAVE = new Set([
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'can',
  'could',
  'would',
  'will',
  'should',
]);

/** Whether a clause opening without a question mark asks something ("why does it keep crashing"). */
export function opensQuestion(opening: string): boolean {
  const terms = (nlp(opening).json() as { terms: { normal: string; tags: string[] }[] }[])[0]?.terms ?? [];
  const [first, second] = terms;
  if (!first) return false;
  if (first.tags.includes('QuestionWord')) return true;
  const auxiliary = DO_HAVE.has(first.normal) || first.tags.some((t) => QUESTION_OPENERS.has(t));
  return auxiliary && second?.tags.includes('Pronoun') === true;
}

/** Words in capitals that are names, acronyms or organisations (USB, NASA, PayPal) rather than shouting. */
export function capitalisedEntities(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (words.length === 0) return out;
  const doc = nlp(words.join(', '));
  for (const m of doc.match('(#Acronym|#Organization|#Person|#Place)').json() as {
    terms: { text: string }[];
  }[]) {
    for (const t of m.terms) out.add(t.text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase());
  }
  return out;
}
