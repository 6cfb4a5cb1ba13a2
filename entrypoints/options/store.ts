/**
 * The options page store (conventions C9): all settings, the playbook editor over the agent's own phrases, the list
 * view (kind, search, chips), and what Poise learned from the agent's dismissals. Default and team phrases are
 * read-only sources; editing a default phrase saves an override with the same id.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PhraseFields } from '../../components/PhraseForm';
import type { Phrase } from '../../lib/playbook';
import type { LearnedPhrase } from '../../lib/storage/dismissal-learning';
import type { SettingsAccess } from '../../lib/storage/settings';
import type { Settings } from '../../lib/storage/settings-schema';
import { DEFAULT_VIEW, type PhraseView } from './phrase-rows';
import type { PlaybookApi } from './playbook-api';

/** What Poise learned from dismissals (lib/storage/dismissal-learning), injected so tests need no browser. */
export interface LearningApi {
  load(): Promise<LearnedPhrase[]>;
  watch(onChange: (learned: LearnedPhrase[]) => void): () => void;
  forget(key: string): Promise<void>;
}

export interface OptionsDeps {
  settings: SettingsAccess;
  playbook: PlaybookApi;
  learning?: LearningApi;
}

export interface OptionsState {
  settings: Settings | null;
  problems: string[];
  own: Phrase[];
  team: Phrase[];
  view: PhraseView;
  /** The id being edited, `new` for a new phrase, or null. */
  editing: string | null;
  /** Why the phrase being edited cannot be saved, shown in its form. */
  formErrors: string[];
  /** Shown after an import or a failed save: a success line or the reasons it failed. */
  message: { ok: boolean; lines: string[] } | null;
  learned: LearnedPhrase[];
  load(): Promise<void>;
  /** Follow the learned list as the side panel adds to it; returns the unwatch function. */
  watch(): () => void;
  change(edit: (s: Settings) => Settings): Promise<void>;
  setView(view: Partial<PhraseView>): void;
  setEditing(id: string | null): void;
  savePhrase(fields: PhraseFields, base?: Phrase): Promise<boolean>;
  setEnabled(phrase: Phrase, enabled: boolean): Promise<void>;
  /** Drop the agent's version: an edited default returns to the default, an own phrase is deleted. */
  removeOwn(id: string): Promise<void>;
  importJson(json: string): Promise<void>;
  exportJson(): string;
  forgetLearned(key: string): Promise<void>;
}

export type OptionsStore = StoreApi<OptionsState>;

export function createOptionsStore(deps: OptionsDeps): OptionsStore {
  const { playbook, learning } = deps;
  return createStore<OptionsState>()((set, get) => {
    /** Write the agent's phrases; on failure keep the previous list and say why. */
    const saveOwn = async (next: Phrase[]) => {
      const result = await playbook.writeOwn(next);
      if (result.ok) set({ own: result.phrases });
      else set({ message: { ok: false, lines: [result.error] } });
      return result.ok;
    };
    const upsert = (list: Phrase[], phrase: Phrase) =>
      list.some((p) => p.id === phrase.id)
        ? list.map((p) => (p.id === phrase.id ? phrase : p))
        : [...list, phrase];

    return {
      settings: null,
      problems: [],
      own: [],
      team: [],
      view: DEFAULT_VIEW,
      editing: null,
      formErrors: [],
      message: null,
      learned: [],

      async load() {
        // Each source is shown as soon as it answers: managed storage (the team playbook) can take seconds to
        // answer, or never answer, on a browser without policies, and must not hold back the settings.
        const problems = (more: string[]) => {
          if (more.length > 0) set({ problems: [...get().problems, ...more] });
        };
        await Promise.all([
          deps.settings.read().then((r) => {
            set({ settings: r.settings });
            problems(r.problems);
          }),
          playbook.readOwn().then((r) => {
            set({ own: r.phrases });
            problems(r.problems);
          }),
          playbook.readTeam().then((r) => {
            set({ team: r.phrases });
            problems(r.problems);
          }),
          learning?.load().then(
            (learned) => set({ learned }),
            () => undefined,
          ),
        ]);
      },

      watch: () => learning?.watch((learned) => set({ learned })) ?? (() => undefined),

      async change(edit) {
        const result = await deps.settings.update(edit);
        if (result.ok) set({ settings: result.settings });
        else set({ message: { ok: false, lines: [result.error] } });
      },

      setView: (view) => set({ view: { ...get().view, ...view } }),
      setEditing: (editing) => set({ editing, formErrors: [], message: null }),

      async savePhrase(fields, base) {
        const composed = playbook.compose(fields, base);
        if (!composed.ok) {
          set({ formErrors: composed.errors });
          return false;
        }
        const ok = await saveOwn(upsert(get().own, composed.phrase));
        if (!ok) return false;
        const { view } = get();
        // A new phrase of another kind would vanish from the list it was added in: show its kind.
        const kind = view.kind === 'all' ? 'all' : composed.phrase.kind;
        set({ editing: null, formErrors: [], view: { ...view, kind } });
        return true;
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

      exportJson: () => playbook.exportPlaybook(get().own),

      async forgetLearned(key) {
        if (!learning) return;
        await learning.forget(key);
        // The watch reports it too; this keeps the page right where storage events are slow or absent.
        set({ learned: get().learned.filter((l) => l.key !== key) });
      },
    };
  });
}
