/**
 * The one versioned settings item (conventions C8). `sync:` so the agent's choices follow them between browsers.
 * Reads go through `readSettings`, which validates field by field and reports what it repaired.
 */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  migrateV1toV2,
  type Settings,
  type SettingsV1,
  type ValidatedSettings,
  validateSettings,
} from './settings-schema';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (old: SettingsV1) => migrateV1toV2(old),
  },
});

/** Read the settings; never throws. A corrupt or foreign value falls back per field, with `problems` saying what. */
export async function readSettings(): Promise<ValidatedSettings> {
  try {
    return validateSettings(await settingsItem.getValue());
  } catch (error) {
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      problems: [`settings could not be read: ${String(error)}`],
    };
  }
}

export type WriteResult = { ok: true; settings: Settings } | { ok: false; error: string };

/** Reading and changing the settings, as the popup and options page are given it (tests pass their own). */
export interface SettingsAccess {
  read(): Promise<ValidatedSettings>;
  update(change: (s: Settings) => Settings): Promise<WriteResult>;
}

/** Apply a change and save it. On a failed write (quota, sync limits) the previous settings stay and the error is returned. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<WriteResult> {
  const { settings } = await readSettings();
  const next = validateSettings(change(structuredClone(settings))).settings;
  try {
    await settingsItem.setValue(next);
    return { ok: true, settings: next };
  } catch (error) {
    return {
      ok: false,
      error: `Your settings could not be saved (${String(error)}); the previous ones are kept.`,
    };
  }
}
