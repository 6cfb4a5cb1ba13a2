/** A small in-memory PlaybookApi for options tests, on the real phrase type and enable/disable rules. */
import type { PlaybookApi } from '../../../entrypoints/options/playbook-api';
import { isPhraseEnabled, type Phrase, STAGES, setPhraseEnabled } from '../../../lib/playbook';

/** A whole phrase from the fields a test cares about. */
export const phrase = (p: Partial<Phrase> & Pick<Phrase, 'id' | 'kind' | 'text'>): Phrase => ({
  signals: 'any',
  stages: [...STAGES],
  tags: [],
  source: 'default',
  ...p,
});

export const DEFAULTS: Phrase[] = [
  phrase({ id: 'd-ack', kind: 'acknowledge', text: 'I hear you, that sounds frustrating.', tags: ['core'] }),
  phrase({
    id: 'd-ack-name',
    kind: 'acknowledge',
    text: 'Thanks for waiting, {{customer.firstName | there}}.',
  }),
  phrase({
    id: 'd-bound',
    kind: 'boundary',
    tier: 1,
    text: 'I want to help, and I ask that we keep this respectful.',
  }),
  phrase({ id: 'd-order', kind: 'clarify', text: 'Could you share the order number?' }),
];

export function fakePlaybook(
  options: { team?: Phrase[]; failWrite?: boolean; refuse?: string[]; teamNeverAnswers?: boolean } = {},
) {
  let stored: Phrase[] = [];
  const api: PlaybookApi & { stored(): Phrase[] } = {
    defaults: DEFAULTS,
    isEnabled: isPhraseEnabled,
    withEnabled: setPhraseEnabled,
    compose: (fields, base) =>
      options.refuse
        ? { ok: false, errors: options.refuse }
        : { ok: true, phrase: { ...(base ?? phrase({ ...fields, source: 'agent' })), ...fields } },
    readOwn: async () => ({ phrases: stored, problems: [] }),
    async writeOwn(phrases) {
      if (options.failWrite)
        return { ok: false, error: 'Your phrases could not be saved (quota); the previous ones are kept.' };
      stored = phrases;
      return { ok: true, phrases };
    },
    readTeam: () =>
      options.teamNeverAnswers
        ? new Promise(() => undefined)
        : Promise.resolve({ phrases: options.team ?? [], problems: [] }),
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
      return { ok: true, phrases: data.map((p) => phrase(p)) };
    },
    exportPlaybook: (phrases) => JSON.stringify(phrases),
    stored: () => stored,
  };
  return api;
}
