/**
 * Binds the options editor to lib/playbook (the phrase schema, the default playbook, the import parser) and to
 * storage: the agent's phrases (local) and the team playbook (managed storage, read-only, absent on unmanaged browsers).
 * The only file of the options page that knows lib/playbook's exports.
 */
import type * as v from 'valibot';
import * as playbookModule from '../../lib/playbook';
import { isPhraseEnabled, setPhraseEnabled } from '../../lib/playbook/merge';
import { createPhraseStore } from '../../lib/storage/playbook-store';
import { readTeamPhrases } from '../../lib/storage/team-playbook';
import type { EditablePhrase, PlaybookApi } from './playbook-api';

// lib/playbook is written by another part of the project; read its exports through the shape this page relies on.
const pb = playbookModule as unknown as {
  Phrase: v.GenericSchema<unknown, EditablePhrase>;
  DEFAULT_PLAYBOOK: EditablePhrase[];
  parsePlaybookImport(json: unknown): { ok: true; playbook: unknown } | { ok: false; errors: string[] };
};

type Flagged = EditablePhrase & { disabled?: boolean };
const phraseList = (playbook: unknown): EditablePhrase[] =>
  (Array.isArray(playbook)
    ? playbook
    : ((playbook as { phrases?: EditablePhrase[] })?.phrases ?? [])) as EditablePhrase[];

export function createPlaybookApi(): PlaybookApi {
  const own = createPhraseStore(pb.Phrase);
  return {
    defaults: pb.DEFAULT_PLAYBOOK,
    // The phrase schema's own flag (`disabled`): anything else would be stripped when the phrases are read back.
    isEnabled: (p) => isPhraseEnabled(p as Flagged),
    withEnabled: (p, enabled) => setPhraseEnabled(p as Flagged, enabled),
    compose(fields, base) {
      const next: EditablePhrase = { ...base, ...fields };
      if (next.kind !== 'boundary') delete next.tier;
      return next;
    },
    readOwn: () => own.read(),
    writeOwn: (phrases) => own.write(phrases),
    readTeam: () => readTeamPhrases(pb.Phrase),
    parseImport(json) {
      const result = pb.parsePlaybookImport(json);
      return result.ok
        ? { ok: true, phrases: phraseList(result.playbook) }
        : { ok: false, errors: result.errors };
    },
    serialize: (phrases) => `${JSON.stringify({ version: 1, phrases }, null, 2)}\n`,
  };
}
