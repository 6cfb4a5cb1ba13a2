/**
 * The playbook editor in two panes: the kinds with their counts on the left, the selected kind's phrases on the
 * right with search and filter chips. A phrase is edited where it stands in the list; import from a file, export
 * to a download.
 */
import { useId, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { OFFER_WORDS } from '../../components/OffersField';
import { PhraseForm } from '../../components/PhraseForm';
import { PhraseRow } from '../../components/PhraseRow';
import { SUGGESTION_KINDS } from '../../lib/chat';
import { type Phrase, phraseOffers } from '../../lib/playbook';
import { KIND_WORDS } from '../../lib/ui/suggestion-groups';
import { FilterChips, KindsNav } from './PhraseFilters';
import { allRows, kindCounts, visibleRows } from './phrase-rows';
import type { PlaybookApi } from './playbook-api';
import type { OptionsStore } from './store';

/** Offer `text` as a file download through a Blob URL: nothing goes over the network. */
export function downloadText(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const newId = () => `own-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

export function PlaybookSection({ store, api }: { store: OptionsStore; api: PlaybookApi }) {
  const id = useId();
  const own = useStore(store, (s) => s.own);
  const team = useStore(store, (s) => s.team);
  const view = useStore(store, (s) => s.view);
  const editing = useStore(store, (s) => s.editing);
  const formErrors = useStore(store, (s) => s.formErrors);
  const message = useStore(store, (s) => s.message);
  const allowed = useStore(store, (s) => s.settings?.offers);
  const offersOf = (p: Phrase) =>
    phraseOffers(p).map((o) => ({
      word: OFFER_WORDS[o].toLowerCase(),
      allowed: allowed?.includes(o) ?? false,
    }));
  const actions = store.getState();
  const rows = useMemo(() => allRows(own, team, api), [own, team, api]);
  const counts = useMemo(() => kindCounts(rows, view), [rows, view]);
  const shown = useMemo(() => visibleRows(rows, view), [rows, view]);
  const fileInput = useRef<HTMLInputElement>(null);
  const title = view.kind === 'all' ? 'All kinds' : KIND_WORDS[view.kind];

  const form = (base: Phrase | undefined) => (
    <PhraseForm
      key={editing ?? 'none'}
      isNew={!base}
      errors={formErrors}
      initial={base ?? { id: newId(), kind: view.kind === 'all' ? SUGGESTION_KINDS[0] : view.kind, text: '' }}
      onSave={(fields) => void actions.savePhrase(fields, base)}
      onCancel={() => actions.setEditing(null)}
    />
  );

  return (
    <section className="section" id="playbook" aria-labelledby="playbook-heading">
      <h2 id="playbook-heading">Playbook</h2>
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={() => actions.setEditing('new')}>
          Add a phrase
        </button>
        <label className="button-like" htmlFor={`${id}-import`}>
          Import from a file…
        </label>
        <input
          id={`${id}-import`}
          ref={fileInput}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file) await actions.importJson(await file.text());
            if (fileInput.current) fileInput.current.value = '';
          }}
        />
        <button
          type="button"
          className="button-secondary"
          onClick={() => downloadText(actions.exportJson(), 'poise-playbook.json')}
        >
          Export my phrases
        </button>
      </div>
      {message && (
        <div className={message.ok ? 'notice' : 'problems'} role={message.ok ? 'status' : 'alert'}>
          {message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {editing === 'new' && form(undefined)}
      <div className="playbook-panes">
        <KindsNav selected={view.kind} counts={counts} onSelect={(kind) => actions.setView({ kind })} />
        <div className="playbook-list">
          <div className="list-controls">
            <div className="field search-field">
              <label htmlFor={`${id}-search`}>Search phrases</label>
              <input
                id={`${id}-search`}
                type="search"
                value={view.query}
                onChange={(e) => actions.setView({ query: e.currentTarget.value })}
              />
            </div>
            <FilterChips view={view} onChange={actions.setView} />
          </div>
          <h3 id={`${id}-list`}>
            {title} <span className="muted">({shown.length})</span>
          </h3>
          <p className="visually-hidden" role="status">
            {shown.length} phrase{shown.length === 1 ? '' : 's'} shown
          </p>
          {shown.length === 0 ? (
            <p className="muted">
              {view.source === 'team' && team.length === 0
                ? 'No team playbook is set for this browser.'
                : 'No phrase matches. Try another kind, fewer words or other chips.'}
            </p>
          ) : (
            <ul className="phrase-list" aria-labelledby={`${id}-list`} data-testid="phrase-list">
              {shown.map((r) =>
                r.phrase.id === editing && r.source !== 'team' ? (
                  <li key={r.phrase.id} className="phrase phrase-editing" data-testid="phrase-editing">
                    {form(r.phrase)}
                  </li>
                ) : (
                  <PhraseRow
                    key={`${r.source}:${r.phrase.id}`}
                    phrase={r.phrase}
                    source={r.source}
                    enabled={r.enabled}
                    showKind={view.kind === 'all'}
                    offers={offersOf(r.phrase)}
                    onToggle={(on) => void actions.setEnabled(r.phrase, on)}
                    onEdit={() => actions.setEditing(r.phrase.id)}
                    onRemove={() => void actions.removeOwn(r.phrase.id)}
                  />
                ),
              )}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
