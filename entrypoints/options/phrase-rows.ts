/**
 * The playbook list as the options page shows it, as pure functions of the store's state: every phrase (built in
 * with the agent's edits applied, the agent's own, the team's) tagged with where it comes from, then narrowed by the
 * selected kind, the search and the filter chips. The kinds list counts what the search and chips leave.
 */
import { SUGGESTION_KINDS, type SuggestionKind } from '../../lib/chat';
import type { Phrase } from '../../lib/playbook';
import type { PlaybookApi } from './playbook-api';

export type Source = 'default' | 'edited' | 'own' | 'team';
export interface PhraseRowData {
  phrase: Phrase;
  source: Source;
  enabled: boolean;
}

/** Built-in counts edited built-in phrases too; mine is what the agent added or edited. */
export const SOURCE_FILTERS = ['all', 'built-in', 'team', 'mine'] as const;
export type SourceFilter = (typeof SOURCE_FILTERS)[number];
export const STATE_FILTERS = ['all', 'on', 'off'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

export interface PhraseView {
  query: string;
  kind: SuggestionKind | 'all';
  source: SourceFilter;
  state: StateFilter;
}

export const DEFAULT_VIEW: PhraseView = { query: '', kind: SUGGESTION_KINDS[0], source: 'all', state: 'all' };

/** Default phrases (with the agent's edits applied), then the agent's own, then the team's. */
export function allRows(
  own: readonly Phrase[],
  team: readonly Phrase[],
  api: Pick<PlaybookApi, 'defaults' | 'isEnabled'>,
): PhraseRowData[] {
  const mine = new Map(own.map((p) => [p.id, p]));
  const rows: PhraseRowData[] = [];
  for (const d of api.defaults) {
    const edited = mine.get(d.id);
    const phrase = edited ?? d;
    rows.push({ phrase, source: edited ? 'edited' : 'default', enabled: api.isEnabled(phrase) });
  }
  const defaultIds = new Set(api.defaults.map((d) => d.id));
  for (const p of own)
    if (!defaultIds.has(p.id)) rows.push({ phrase: p, source: 'own', enabled: api.isEnabled(p) });
  for (const p of team) rows.push({ phrase: p, source: 'team', enabled: api.isEnabled(p) });
  return rows;
}

const SOURCE_TEST: Record<SourceFilter, (s: Source) => boolean> = {
  all: () => true,
  'built-in': (s) => s === 'default' || s === 'edited',
  team: (s) => s === 'team',
  mine: (s) => s === 'own' || s === 'edited',
};

/** Whether a row passes the search and the chips (not the kind). */
export function passes(row: PhraseRowData, view: Omit<PhraseView, 'kind'>): boolean {
  if (!SOURCE_TEST[view.source](row.source)) return false;
  if (view.state !== 'all' && row.enabled !== (view.state === 'on')) return false;
  return matchesQuery(row.phrase, view.query);
}

/** Case-insensitive match of every word of `query` against a phrase's text or id. */
export function matchesQuery(phrase: Pick<Phrase, 'text' | 'id'>, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = `${phrase.text} ${phrase.id}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

export function visibleRows(rows: readonly PhraseRowData[], view: PhraseView): PhraseRowData[] {
  return rows.filter((r) => (view.kind === 'all' || r.phrase.kind === view.kind) && passes(r, view));
}

/** How many rows each kind holds under the current search and chips, and all of them together. */
export function kindCounts(
  rows: readonly PhraseRowData[],
  view: PhraseView,
): Record<SuggestionKind | 'all', number> {
  const counts = Object.fromEntries([...SUGGESTION_KINDS, 'all'].map((k) => [k, 0])) as Record<
    SuggestionKind | 'all',
    number
  >;
  for (const r of rows)
    if (passes(r, view)) {
      counts[r.phrase.kind] += 1;
      counts.all += 1;
    }
  return counts;
}
