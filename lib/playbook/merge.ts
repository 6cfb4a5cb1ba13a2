/**
 * The playbook the agent works with: the built-in phrases, overlaid by the agent's own (added, edited or disabled, by
 * id: an edited default keeps its id), plus a read-only team playbook from managed storage shown beside them.
 */
import type { Phrase } from './schema';

export interface MergedPlaybook {
  /** Defaults with the agent's edits applied, then the agent's additions; disabled ones included (the editor lists them). */
  own: Phrase[];
  /** The team's phrases, read-only, with ids prefixed `team:` so they never collide with the agent's. */
  team: Phrase[];
  /** What the suggestion engine ranks: every phrase of `own` and `team` that is not disabled. */
  enabled: Phrase[];
}

/** Merge default, agent and team phrases (see the file comment). Pure; inputs are not modified. */
export function mergePlaybook(
  defaults: readonly Phrase[],
  agent: readonly Phrase[],
  team: readonly Phrase[] = [],
): MergedPlaybook {
  const byId = new Map(agent.map((p) => [p.id, p]));
  const own: Phrase[] = defaults.map((d) => {
    const edit = byId.get(d.id);
    return edit ? { ...edit, source: 'agent' } : d;
  });
  const defaultIds = new Set(defaults.map((d) => d.id));
  for (const p of agent) if (!defaultIds.has(p.id)) own.push({ ...p, source: 'agent' });
  const teamPhrases: Phrase[] = team.map((p) => ({ ...p, id: `team:${p.id}`, source: 'team' }));
  return { own, team: teamPhrases, enabled: [...own, ...teamPhrases].filter(isPhraseEnabled) };
}

/** Whether the suggestion engine may offer this phrase. */
export function isPhraseEnabled(phrase: Pick<Phrase, 'disabled'>): boolean {
  return phrase.disabled !== true;
}

/** The same phrase, enabled or disabled (the flag is left out when enabled, keeping stored phrases small). */
export function setPhraseEnabled<P extends Pick<Phrase, 'disabled'>>(phrase: P, enabled: boolean): P {
  const { disabled: _ignored, ...rest } = phrase;
  return (enabled ? rest : { ...rest, disabled: true }) as P;
}
