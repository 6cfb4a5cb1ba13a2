/** Render the options page with in-memory settings, playbook and learning. */
import { act, fireEvent, render } from '@testing-library/react';
import { App } from '../../../entrypoints/options/App';
import type { LearningApi } from '../../../entrypoints/options/store';
import type { LearnedPhrase } from '../../../lib/storage/dismissal-learning';
import type { WriteResult } from '../../../lib/storage/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/settings-schema';
import { fakePlaybook } from './fake-playbook';

export function memorySettings() {
  let stored: Settings = { ...structuredClone(DEFAULT_SETTINGS), sites: { 'https://old.example': false } };
  return {
    read: async () => ({ settings: stored, problems: [] }),
    update: async (change: (s: Settings) => Settings): Promise<WriteResult> => {
      stored = change(structuredClone(stored));
      return { ok: true, settings: stored };
    },
    stored: () => stored,
  };
}

/** Learned phrases in memory; `learn` plays the side panel adding one while the page is open. */
export function memoryLearning(initial: LearnedPhrase[] = []) {
  let list = [...initial];
  const watchers = new Set<(l: LearnedPhrase[]) => void>();
  const api: LearningApi & { learn(l: LearnedPhrase): void; list(): LearnedPhrase[] } = {
    load: async () => list,
    watch(onChange) {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
    async forget(key) {
      list = list.filter((l) => l.key !== key);
    },
    learn(l) {
      list = [l, ...list];
      for (const w of watchers) w(list);
    },
    list: () => list,
  };
  return api;
}

export async function renderOptions(
  playbook = fakePlaybook(),
  learning: ReturnType<typeof memoryLearning> = memoryLearning(),
) {
  const settings = memorySettings();
  const view = render(<App settings={settings} playbook={playbook} learning={learning} />);
  await act(async () => {});
  return { settings, playbook, learning, view };
}

export const click = (el: Element) =>
  act(async () => {
    fireEvent.click(el);
  });
