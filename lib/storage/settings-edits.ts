/**
 * The edits an agent makes to their settings, one function each, used by the popup and the options page alike so the
 * two cannot drift apart. Pure: each takes the settings and returns the changed copy; the caller saves it through
 * `updateSettings`, which validates the result again.
 */
import type { SuggestionKind } from '../chat';
import { OFFER_KINDS, type OfferKind } from '../chat';
import type { CustomSelectors, Settings } from './settings-schema';

/** The longest agent name kept: it is filled into replies, so a pasted paragraph must not be. */
const MAX_AGENT_NAME = 80;

export const withSensitivity = (settings: Settings, sensitivity: Settings['sensitivity']): Settings => ({
  ...settings,
  sensitivity,
});

export const withInsertMode = (settings: Settings, insertMode: Settings['insertMode']): Settings => ({
  ...settings,
  insertMode,
});

/** Show or hide one kind of suggestion; a kind shown again goes last, as the agent re-added it. */
export function withKindShown(settings: Settings, kind: SuggestionKind, shown: boolean): Settings {
  const others = settings.kindsShown.filter((k) => k !== kind);
  return { ...settings, kindsShown: shown ? [...others, kind] : others };
}

export const withAgentName = (settings: Settings, name: string): Settings => ({
  ...settings,
  agentName: name.trim().slice(0, MAX_AGENT_NAME),
});

/** Forget a site the agent enabled or switched off: it goes back to its default. */
export function withoutSite(settings: Settings, origin: string): Settings {
  const sites = { ...settings.sites };
  delete sites[origin];
  return { ...settings, sites };
}

/** The settings with `origin`'s selectors replaced: trimmed, at most 500 characters each, empty ones dropped. */
export function withCustomSelectors(
  settings: Settings,
  origin: string,
  selectors: CustomSelectors,
): Settings {
  const clean: CustomSelectors = {};
  for (const key of ['message', 'author', 'composer'] as const) {
    const value = selectors[key]?.trim();
    if (value) clean[key] = value.slice(0, 500);
  }
  const customSelectors = { ...settings.customSelectors };
  if (Object.keys(clean).length > 0) customSelectors[origin] = clean;
  else delete customSelectors[origin];
  return { ...settings, customSelectors };
}

/** Allow or withdraw one kind of offer; the list keeps OFFER_KINDS' order, so it reads the same wherever it is shown. */
export function withOffer(settings: Settings, offer: OfferKind, allowed: boolean): Settings {
  const next = new Set(settings.offers);
  if (allowed) next.add(offer);
  else next.delete(offer);
  return { ...settings, offers: OFFER_KINDS.filter((k) => next.has(k)) };
}
