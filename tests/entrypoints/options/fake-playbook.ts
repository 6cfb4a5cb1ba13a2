/** A small in-memory PlaybookApi for options tests: phrases with an `enabled` flag. */
import type { EditablePhrase, PlaybookApi } from '../../../entrypoints/options/playbook-api';

export type TestPhrase = EditablePhrase & { enabled?: boolean; tags?: string[] };

export function fakePlaybook(options: { team?: TestPhrase[]; failWrite?: boolean } = {}) {
  let stored: TestPhrase[] = [];
  const api: PlaybookApi & { stored(): TestPhrase[] } = {
    defaults: [
      { id: 'd-ack', kind: 'acknowledge', text: 'I hear you, that sounds frustrating.', tags: ['core'] },
      {
        id: 'd-bound',
        kind: 'boundary',
        tier: 1,
        text: 'I want to help, and I ask that we keep this respectful.',
      },
    ] as TestPhrase[],
    isEnabled: (p) => (p as TestPhrase).enabled !== false,
    withEnabled: (p, enabled) => ({ ...p, enabled }),
    compose: (fields, base) => ({ ...base, ...fields }),
    readOwn: async () => ({ phrases: stored, problems: [] }),
    async writeOwn(phrases) {
      if (options.failWrite)
        return { ok: false, error: 'Your phrases could not be saved (quota); the previous ones are kept.' };
      stored = phrases as TestPhrase[];
      return { ok: true, phrases };
    },
    readTeam: async () => ({ phrases: options.team ?? [], problems: [] }),
    parseImport(json) {
      let data: unknown;
      try {
        data = JSON.parse(json);
      } catch {
        return { ok: false, errors: ['not JSON'] };
      }
      if (!Array.isArray(data)) return { ok: false, errors: ['expected a list of phrases'] };
      const bad = data.findIndex((p) => typeof p?.id !== 'string' || typeof p?.text !== 'string');
      if (bad >= 0) return { ok: false, errors: [`phrase ${bad + 1}: id and text are required`] };
      return { ok: true, phrases: data };
    },
    serialize: (phrases) => JSON.stringify(phrases),
    stored: () => stored,
  };
  return api;
}
