/**
 * The options page store (conventions C9): all settings, and the playbook editor over the agent's own phrases.
 * Default and team phrases are read-only sources; editing a default phrase saves an override with the same id.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SettingsAccess } from '../../lib/storage/settings';
import type { Settings } from '../../lib/storage/settings-schema';
import type { EditablePhrase, PlaybookApi } from './playbook-api';

export type Source = 'default' | 'edited' | 'own';
export interface PhraseRowData {
  phrase: EditablePhrase;
  source: Source;
  enabled: boolean;
}

export interface OptionsDeps {
  settings: SettingsAccess;
  playbook: PlaybookApi;
}

export interface OptionsState {
  settings: Settings | null;
  problems: string[];
  own: EditablePhrase[];
  team: EditablePhrase[];
  query: string;
  /** The id being edited, `new` for a new phrase, or null. */
  editing: string | null;
  /** Shown after an import or a failed save: a success line or the reasons it failed. */
  message: { ok: boolean; lines: string[] } | null;
  load(): Promise<void>;
  change(edit: (s: Settings) => Settings): Promise<void>;
  setQuery(query: string): void;
  setEditing(id: string | null): void;
  savePhrase(fields: EditablePhrase, base?: EditablePhrase): Promise<boolean>;
  setEnabled(phrase: EditablePhrase, enabled: boolean): Promise<void>;
  /** Drop the agent's version: an edited default returns to the default, an own phrase is deleted. */
  removeOwn(id: string): Promise<void>;
  importJson(json: string): Promise<void>;
  exportJson(): string;
}

export type OptionsStore = StoreApi<OptionsState>;

export function createOptionsStore(deps: OptionsDeps): OptionsStore {
  const { playbook } = deps;
  return createStore<OptionsState>()((set, get) => {
    /** Write the agent's phrases; on failure keep the previous list and say why. */
    const saveOwn = async (next: EditablePhrase[]) => {
      const result = await playbook.writeOwn(next);
      if (result.ok) set({ own: result.phrases });
      else set({ message: { ok: false, lines: [result.error] } });
      return result.ok;
    };
    const upsert = (list: EditablePhrase[], phrase: EditablePhrase) =>
      list.some((p) => p.id === phrase.id)
        ? list.map((p) => (p.id === phrase.id ? phrase : p))
        : [...list, phrase];

    return {
      settings: null,
      problems: [],
      own: [],
      team: [],
      query: '',
      editing: null,
      message: null,

      async load() {
        const [settings, own, team] = await Promise.all([
          deps.settings.read(),
          playbook.readOwn(),
          playbook.readTeam(),
        ]);
        set({
          settings: settings.settings,
          problems: [...settings.problems, ...own.problems, ...team.problems],
          own: own.phrases,
          team: team.phrases,
        });
      },

      async change(edit) {
        const result = await deps.settings.update(edit);
        if (result.ok) set({ settings: result.settings });
        else set({ message: { ok: false, lines: [result.error] } });
      },

      setQuery: (query) => set({ query }),
      setEditing: (editing) => set({ editing, message: null }),

      async savePhrase(fields, base) {
        const ok = await saveOwn(upsert(get().own, playbook.compose(fields, base)));
        if (ok) set({ editing: null });
        return ok;
      },

      async setEnabled(phrase, enabled) {
        await saveOwn(upsert(get().own, playbook.withEnabled(phrase, enabled)));
      },

      async removeOwn(id) {
        await saveOwn(get().own.filter((p) => p.id !== id));
      },

      async importJson(json) {
        const parsed = playbook.parseImport(json);
        if (!parsed.ok) {
          set({
            message: {
              ok: false,
              lines: ['Nothing was imported; your phrases are unchanged.', ...parsed.errors],
            },
          });
          return;
        }
        let next = get().own;
        for (const phrase of parsed.phrases) next = upsert(next, phrase);
        if (await saveOwn(next))
          set({
            message: {
              ok: true,
              lines: [`Imported ${parsed.phrases.length} phrase${parsed.phrases.length === 1 ? '' : 's'}.`],
            },
          });
      },

      exportJson: () => playbook.serialize(get().own),
    };
  });
}

/** Pure selectors for the editor. */
export const optionsSelectors = {
  /** Default phrases (with the agent's edits applied) followed by the agent's own, filtered by the query. */
  rows(
    s: Pick<OptionsState, 'own' | 'query'>,
    api: Pick<PlaybookApi, 'defaults' | 'isEnabled'>,
  ): PhraseRowData[] {
    const own = new Map(s.own.map((p) => [p.id, p]));
    const rows: PhraseRowData[] = [];
    for (const d of api.defaults) {
      const edited = own.get(d.id);
      const phrase = edited ?? d;
      rows.push({ phrase, source: edited ? 'edited' : 'default', enabled: api.isEnabled(phrase) });
    }
    const defaultIds = new Set(api.defaults.map((d) => d.id));
    for (const p of s.own)
      if (!defaultIds.has(p.id)) rows.push({ phrase: p, source: 'own', enabled: api.isEnabled(p) });
    return filterPhrases(rows, s.query, (r) => r.phrase);
  },
  team: (s: Pick<OptionsState, 'team' | 'query'>) => filterPhrases(s.team, s.query, (p) => p),
};

/** Case-insensitive match of every word of `query` against a phrase's text, kind or id. */
export function filterPhrases<T>(items: readonly T[], query: string, get: (t: T) => EditablePhrase): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const p = get(item);
    const hay = `${p.text} ${p.kind} ${p.id}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
