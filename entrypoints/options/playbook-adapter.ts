/**
 * Binds the options editor to lib/playbook (the phrase schema, the default playbook, import and export) and to
 * storage: the agent's phrases (local) and the team playbook (managed storage, read-only, absent on unmanaged browsers).
 * The only file of the options page that knows lib/playbook's functions.
 */
import * as v from 'valibot';
import {
  DEFAULT_PLAYBOOK,
  exportPlaybook,
  isPhraseEnabled,
  PhraseSchema,
  parsePlaybookImport,
  setPhraseEnabled,
} from '../../lib/playbook';
import { createPhraseStore } from '../../lib/storage/playbook-store';
import { readTeamPhrases } from '../../lib/storage/team-playbook';
import type { PlaybookApi } from './playbook-api';

export function createPlaybookApi(): PlaybookApi {
  const own = createPhraseStore(PhraseSchema);
  return {
    defaults: DEFAULT_PLAYBOOK,
    isEnabled: isPhraseEnabled,
    withEnabled: setPhraseEnabled,
    compose(fields, base) {
      const { tier, ...rest } = { ...base, ...fields };
      // A tier belongs to boundary phrases only: a phrase moved to another kind drops it.
      const candidate = rest.kind === 'boundary' ? { ...rest, tier: tier ?? 1 } : rest;
      const parsed = v.safeParse(PhraseSchema, candidate);
      if (parsed.success) return { ok: true, phrase: parsed.output };
      return {
        ok: false,
        errors: parsed.issues.map((i) => {
          const key = i.path?.map((p) => String(p.key)).join('.');
          return key ? `${key}: ${i.message}` : i.message;
        }),
      };
    },
    readOwn: () => own.read(),
    writeOwn: (phrases) => own.write(phrases),
    readTeam: () => readTeamPhrases(PhraseSchema),
    parseImport(json) {
      const result = parsePlaybookImport(json);
      return result.ok ? { ok: true, phrases: result.playbook } : { ok: false, errors: result.errors };
    },
    exportPlaybook,
  };
}
