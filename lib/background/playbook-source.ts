/**
 * The phrases the suggestion engine ranks: the default playbook with the agent's own edits, additions and disabled
 * phrases (local storage) and the team's read-only phrases (managed storage), merged by lib/playbook/merge.
 * Merged once and kept until either store changes: every customer message asks for it.
 */
import { DEFAULT_PLAYBOOK, mergePlaybook, type Phrase, PhraseSchema } from '../playbook';
import { createPhraseStore } from '../storage/playbook-store';
import { readTeamPhrases } from '../storage/team-playbook';

const agentPhrases = createPhraseStore(PhraseSchema);
let merged: Promise<Phrase[]> | null = null;

/** The enabled phrases of the merged playbook (defaults, the agent's own, the team's). */
export function loadPlaybook(): Promise<Phrase[]> {
  merged ??= Promise.all([agentPhrases.read(), readTeamPhrases(PhraseSchema)]).then(
    ([own, team]) => mergePlaybook(DEFAULT_PLAYBOOK, own.phrases, team.phrases).enabled,
  );
  return merged;
}

/** Forget the merged playbook: the agent saved phrases, or the administrator changed the team playbook. */
export function invalidatePlaybook(): void {
  merged = null;
}
