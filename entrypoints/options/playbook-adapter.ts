/**
 * Binds the options editor to lib/playbook (the phrase schema, the default playbook, import and export) and to
 * storage: the agent's phrases (local) and the team playbook (managed storage, read-only, absent on unmanaged browsers).
 * The only file of the options page that knows lib/playbook's exports.
 */
import {
  DEFAULT_PLAYBOOK,
  exportPlaybook,
  isPhraseEnabled,
  type Phrase,
  PhraseSchema,
  parsePlaybookImport,
  setPhraseEnabled,
} from '../../lib/playbook';
import { createPhraseStore } from '../../lib/storage/playbook-store';
import { readTeamPhrases } from '../../lib/storage/team-playbook';
import type { PlaybookApi } from './playbook-api';

export function createPlaybookApi(): PlaybookApi<Phrase> {
  const own = createPhraseStore(PhraseSchema);
  return {
    defaults: DEFAULT_PLAYBOOK,
    isEnabled: isPhraseEnabled,
    withEnabled: setPhraseEnabled,
    compose(fields, base) {
      const next = { ...base, ...fields } as Phrase;
      if (next.kind !== 'boundary') delete next.tier;
      return next;
    },
    readOwn: () => own.read(),
    writeOwn: (phrases) => own.write(phrases),
    readTeam: () => readTeamPhrases(PhraseSchema),
    parseImport(json) {
      const result = parsePlaybookImport(json);
      return result.ok ? { ok: true, phrases: result.playbook } : { ok: false, errors: result.errors };
    },
    serialize: exportPlaybook,
  };
}
