/**
 * The phrases the suggestion engine ranks: the default playbook with the agent's own edits, additions and disabled
 * phrases (local storage) and the team's read-only phrases (managed storage), merged by lib/playbook/merge.
 * Merged once and kept until either store changes: every customer message asks for it.
 *
 * Managed storage is slow to answer the first time in a browser session (2.5 s measured in Chromium on Linux, where
 * policies load lazily), far over the 250 ms a customer message may take to reach the panel. So the team's phrases
 * never hold up a merge: until they have been read, the playbook is merged without them, and merged again once they
 * arrive.
 */
import { DEFAULT_PLAYBOOK, mergePlaybook, type Phrase, PhraseSchema } from '../playbook';
import { createPhraseStore } from '../storage/playbook-store';
import { readTeamPhrases } from '../storage/team-playbook';

export interface PlaybookSource {
  /** The enabled phrases of the merged playbook (defaults, the agent's own, the team's once read). */
  load(): Promise<Phrase[]>;
  /** Forget the merged playbook: the agent saved phrases, or (`team`) the administrator changed the team's. */
  invalidate(changed?: 'agent' | 'team'): void;
}

/** One source per service worker (tests make their own). */
export function createPlaybookSource(): PlaybookSource {
  const agentPhrases = createPhraseStore(PhraseSchema);
  let merged: Promise<Phrase[]> | null = null;
  /** The team's phrases once read; `null` while the read is still pending (or was never started). */
  let team: Phrase[] | null = null;
  let teamAsked = false;

  function readTeam(): void {
    if (teamAsked) return;
    teamAsked = true;
    void readTeamPhrases(PhraseSchema).then((read) => {
      team = read.phrases;
      merged = null; // the next ask merges them in
    });
  }

  return {
    load() {
      readTeam();
      merged ??= agentPhrases
        .read()
        .then((own) => mergePlaybook(DEFAULT_PLAYBOOK, own.phrases, team ?? []).enabled);
      return merged;
    },
    invalidate(changed = 'agent') {
      merged = null;
      if (changed === 'team') {
        team = null;
        teamAsked = false;
      }
    },
  };
}
