import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, settingsItem, updateSettings } from '../../../lib/storage/settings';
import { DEFAULT_SETTINGS, isSiteEnabled, validateSettings } from '../../../lib/storage/settings-schema';

beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  test('a fresh install reads the defaults and records the version without migrating', async () => {
    const { settings, problems } = await readSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({});
    await settingsItem.setValue(DEFAULT_SETTINGS);
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
  });

  test('an upgrade from version 1 migrates the block list, sensitivity and name', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        enabled: true,
        disabledOrigins: ['https://acme.zendesk.com'],
        sensitivity: 0.9,
        agentName: 'Sam',
      },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    const { settings, problems } = await readSettings();
    expect(problems).toEqual([]);
    expect(settings.sites).toEqual({ 'https://acme.zendesk.com': false });
    expect(settings.sensitivity).toBe('high');
    expect(settings.agentName).toBe('Sam');
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
  });

  test('a corrupt value falls back field by field and says which fields', async () => {
    await fakeBrowser.storage.sync.set({
      settings: {
        sites: 'yes',
        sensitivity: 'extreme',
        agentName: 'Robin',
        kindsShown: ['boundary', 'nonsense'],
      },
      settings$: { v: 2 },
    });
    const { settings, problems } = await readSettings();
    expect(settings.agentName).toBe('Robin');
    expect(settings.sites).toEqual({});
    expect(settings.sensitivity).toBe('default');
    expect(settings.kindsShown).toEqual(DEFAULT_SETTINGS.kindsShown);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['sites', 'sensitivity', 'kindsShown']);
  });

  test('updateSettings saves a change and keeps the old value when the write fails', async () => {
    const ok = await updateSettings((s) => ({ ...s, agentName: 'Alex' }));
    expect(ok.ok).toBe(true);
    expect((await readSettings()).settings.agentName).toBe('Alex');
    const original = fakeBrowser.storage.sync.set;
    fakeBrowser.storage.sync.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    const failed = await updateSettings((s) => ({ ...s, agentName: 'Jo' }));
    fakeBrowser.storage.sync.set = original;
    expect(failed).toMatchObject({ ok: false });
    expect(failed.ok ? '' : failed.error).toContain('previous ones are kept');
    expect((await readSettings()).settings.agentName).toBe('Alex');
  });
});

describe('validateSettings', () => {
  test.each([[null], [undefined], [42], ['settings'], [[1, 2]]])('never throws on %j', (raw) => {
    expect(validateSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
  });

  test('built-in sites default on, other origins default off', () => {
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'https://acme.zendesk.com', true)).toBe(true);
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'https://help.example.org', false)).toBe(false);
    const off = { ...DEFAULT_SETTINGS, sites: { 'https://acme.zendesk.com': false } };
    expect(isSiteEnabled(off, 'https://acme.zendesk.com', true)).toBe(false);
  });
});
