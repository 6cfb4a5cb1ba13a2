/** The phrases the suggestion engine ranks: the default playbook, the agent's own edits and the team's. */
import type { Phrase } from '../playbook';
import { DEFAULT_PLAYBOOK } from '../playbook';

export async function loadPlaybook(): Promise<Phrase[]> {
  return DEFAULT_PLAYBOOK;
}
