/**
 * The agent's settings: their shape, defaults and a field-by-field validator.
 * Kept apart from the storage item so it is pure and testable without a browser.
 */
import * as v from 'valibot';
import { OFFER_KINDS, type OfferKind, SUGGESTION_KINDS, type SuggestionKind } from '../chat';

/** Selectors the agent gives for a helpdesk the generic adapter cannot read on its own. */
export interface CustomSelectors {
  message?: string;
  author?: string;
  composer?: string;
}

/** Settings as stored since version 2. */
export interface SettingsV2 {
  /** Per-origin on/off switch, e.g. `{"https://acme.zendesk.com": false}`. Absent means on for built-in sites. */
  sites: Record<string, boolean>;
  sensitivity: 'low' | 'default' | 'high';
  /** Which suggestion kinds the side panel shows. */
  kindsShown: SuggestionKind[];
  /** Used for `{{agent.name}}` in suggestions. */
  agentName: string;
  /** Default Insert behaviour: at the caret (keeps the draft) or replacing the draft. */
  insertMode: 'caret' | 'replace';
  /** Agent-given selectors per origin, for the generic adapter. */
  customSelectors: Record<string, CustomSelectors>;
  /** "Offers I may make": none by default (added within version 2: a missing field takes the default). */
  offers: OfferKind[];
}
export type Settings = SettingsV2;

/** Version 1 (0.0.x previews): one global switch, a block list and a numeric sensitivity. */
export interface SettingsV1 {
  enabled: boolean;
  disabledOrigins: string[];
  /** 0 (least eager) to 1 (most eager). */
  sensitivity: number;
  agentName: string;
}

export const DEFAULT_SETTINGS: Settings = {
  sites: {},
  sensitivity: 'default',
  kindsShown: [...SUGGESTION_KINDS],
  agentName: '',
  insertMode: 'caret',
  customSelectors: {},
  offers: [],
};

const selectorString = v.pipe(v.string(), v.maxLength(500));
const FIELD_SCHEMAS = {
  sites: v.record(v.pipe(v.string(), v.maxLength(300)), v.boolean()),
  sensitivity: v.picklist(['low', 'default', 'high']),
  kindsShown: v.pipe(v.array(v.picklist(SUGGESTION_KINDS)), v.maxLength(SUGGESTION_KINDS.length * 2)),
  agentName: v.pipe(v.string(), v.maxLength(80)),
  insertMode: v.picklist(['caret', 'replace']),
  customSelectors: v.record(
    v.string(),
    v.object({
      message: v.optional(selectorString),
      author: v.optional(selectorString),
      composer: v.optional(selectorString),
    }),
  ),
  offers: v.pipe(v.array(v.picklist(OFFER_KINDS)), v.maxLength(OFFER_KINDS.length * 2)),
} satisfies { [K in keyof Settings]: v.GenericSchema };

export interface ValidatedSettings {
  settings: Settings;
  /** One line per field that was missing or invalid and fell back to its default. Empty when all was well. */
  problems: string[];
}

/** Validate a stored value field by field: a bad field falls back to its default and is reported, never thrown. */
export function validateSettings(raw: unknown): ValidatedSettings {
  if (raw === null || raw === undefined) return { settings: structuredClone(DEFAULT_SETTINGS), problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      problems: ['settings: not an object, all reset to defaults'],
    };
  }
  const record = raw as Record<string, unknown>;
  const settings = structuredClone(DEFAULT_SETTINGS) as Record<keyof Settings, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(FIELD_SCHEMAS) as (keyof Settings)[]) {
    if (!(key in record)) continue;
    const result = v.safeParse(FIELD_SCHEMAS[key], record[key]);
    if (result.success) settings[key] = result.output;
    else problems.push(`${key}: ${result.issues[0]?.message ?? 'invalid'}; using the default`);
  }
  const valid = settings as Settings;
  valid.kindsShown = [...new Set(valid.kindsShown)];
  valid.offers = [...new Set(valid.offers)];
  return { settings: valid, problems };
}

/** Migrate version 1 settings to version 2. */
export function migrateV1toV2(old: Partial<SettingsV1> | null | undefined): SettingsV2 {
  const sites: Record<string, boolean> = {};
  for (const origin of Array.isArray(old?.disabledOrigins) ? old.disabledOrigins : []) {
    if (typeof origin === 'string') sites[origin] = false;
  }
  const n = typeof old?.sensitivity === 'number' ? old.sensitivity : 0.5;
  return {
    ...structuredClone(DEFAULT_SETTINGS),
    sites,
    sensitivity: n < 0.34 ? 'low' : n > 0.66 ? 'high' : 'default',
    agentName: typeof old?.agentName === 'string' ? old.agentName.slice(0, 80) : '',
  };
}

/** Is Poise on for this origin? Built-in helpdesks default to on; other origins need the agent to switch them on. */
export function isSiteEnabled(settings: Settings, origin: string, builtIn: boolean): boolean {
  const choice = settings.sites[origin];
  return choice ?? builtIn;
}
