/**
 * The phrase schema (valibot): every playbook phrase, built in, the agent's own, imported or pushed by a team
 * administrator, is checked against it, so a bad phrase is rejected with a readable reason instead of breaking ranking.
 */
import * as v from 'valibot';
import { SIGNAL_NAMES } from '../analyzer/types';
import { OFFER_KINDS, type OfferKind, SUGGESTION_KINDS } from '../chat';
import { mentionsTimeline, placeholderSyntaxErrors } from './template';

/** Where a conversation is (lib/suggest/stage.ts decides). */
export const STAGES = ['opening', 'investigating', 'resolving', 'closing'] as const;
export type Stage = (typeof STAGES)[number];

/** Facts a clarifying question can ask for; lib/suggest/facts.ts finds which ones the customer already gave. */
export const FACTS = [
  'orderId',
  'accountId',
  'email',
  'device',
  'errorMessage',
  'dates',
  'stepsTried',
] as const;
export type Fact = (typeof FACTS)[number];

export const PHRASE_SOURCES = ['default', 'agent', 'team'] as const;
export type PhraseSource = (typeof PHRASE_SOURCES)[number];

const Signals = v.union(
  [
    v.picklist(['any', 'none'] as const),
    v.pipe(v.array(v.picklist(SIGNAL_NAMES)), v.minLength(1, 'list at least one signal, or use "any"')),
  ],
  'expected "any", "none" or a list of signal names',
);

const OfferKindField = v.picklist(OFFER_KINDS, `offer must be one of ${OFFER_KINDS.join(', ')}`);
/** What a phrase offers that costs money or bends policy: one kind, or several when it offers a choice. */
const Offer = v.union(
  [OfferKindField, v.pipe(v.array(OfferKindField), v.minLength(1, 'list at least one offer'))],
  `offer must be one of ${OFFER_KINDS.join(', ')}, or a list of them`,
);

const Text = v.pipe(
  v.string('text must be a string'),
  v.trim(),
  v.minLength(1, 'text is empty'),
  v.maxLength(600, 'text is longer than 600 characters'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const message of placeholderSyntaxErrors(dataset.value)) addIssue({ message });
  }),
);

const PhraseObject = v.object({
  id: v.pipe(
    v.string('id must be a string'),
    v.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'id: lowercase letters, digits, ".", "_" or "-", at most 64'),
  ),
  kind: v.picklist(SUGGESTION_KINDS, `kind must be one of ${SUGGESTION_KINDS.join(', ')}`),
  text: Text,
  // Defaults let a phrase added in the options page with only kind and text fit every moment.
  signals: v.optional(Signals, 'any'),
  stages: v.optional(
    v.pipe(v.array(v.picklist(STAGES, `stage must be one of ${STAGES.join(', ')}`)), v.minLength(1)),
    () => [...STAGES],
  ),
  tier: v.optional(v.picklist([1, 2, 3] as const, 'tier must be 1, 2 or 3')),
  fact: v.optional(v.picklist(FACTS, `fact must be one of ${FACTS.join(', ')}`)),
  // Tagged, not guessed from the wording: lib/suggest offers it only at the solving stage and when the agent's
  // settings allow every kind it names.
  offer: v.optional(Offer),
  // Tags the suggestion engine reads: a problem type (delivery, billing, account, technical) the phrase is about;
  // repeat and listen (a repeated complaint, a customer mid-burst); stock (a set line of empathy, left out once the
  // customer complains of scripted replies) and scripted (plain words for that complaint). Others are the team's own.
  tags: v.optional(v.array(v.pipe(v.string(), v.maxLength(40))), () => []),
  disabled: v.optional(v.boolean()),
  source: v.optional(v.picklist(PHRASE_SOURCES), 'agent'),
});

/** One playbook phrase, with the rules that tie its fields together (guidance.md). */
export const PhraseSchema = v.pipe(
  PhraseObject,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const p = dataset.value;
    if (p.kind === 'boundary' && p.tier === undefined)
      addIssue({ message: 'a boundary phrase needs a tier (1, 2 or 3)', path: pathTo(p, 'tier') });
    if (p.kind !== 'boundary' && p.tier !== undefined)
      addIssue({ message: 'only boundary phrases have a tier', path: pathTo(p, 'tier') });
    if (p.fact !== undefined && p.kind !== 'clarify')
      addIssue({ message: 'only clarify phrases ask for a fact', path: pathTo(p, 'fact') });
    // A hand-off without a timeline leaves the customer waiting with no end in sight (guidance.md, refer).
    if (p.kind === 'refer' && !mentionsTimeline(p.text))
      addIssue({
        message: 'a refer phrase must say when: add {{timeline | ...}} or a time such as "within 2 hours"',
        path: pathTo(p, 'text'),
      });
  }),
);

export type Phrase = v.InferOutput<typeof PhraseSchema>;
/** A phrase as written in a file: defaulted fields may be left out. */
export type PhraseInput = v.InferInput<typeof PhraseSchema>;

/** The offers a phrase makes that cost money or bend policy, as a list; empty for most phrases. */
export function phraseOffers(p: Pick<Phrase, 'offer'>): OfferKind[] {
  if (p.offer === undefined) return [];
  return typeof p.offer === 'string' ? [p.offer] : [...p.offer];
}

// Point an issue raised on the whole phrase at the field it is about, so the reason reads "tier: ...".
function pathTo(input: Record<string, unknown>, key: string): [v.ObjectPathItem] {
  return [{ type: 'object', origin: 'value', input, key, value: input[key] }];
}
