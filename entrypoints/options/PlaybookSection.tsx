/** The playbook editor: search, add, edit, disable, import from a file, export to a download. */
import { useId, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { PhraseForm } from '../../components/PhraseForm';
import { PhraseRow } from '../../components/PhraseRow';
import type { PlaybookApi } from './playbook-api';
import { type OptionsStore, optionsSelectors } from './store';

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
  const query = useStore(store, (s) => s.query);
  const editing = useStore(store, (s) => s.editing);
  const message = useStore(store, (s) => s.message);
  const actions = store.getState();
  const rows = useMemo(() => optionsSelectors.rows({ own, query }, api), [own, query, api]);
  const teamRows = useMemo(() => optionsSelectors.team({ team, query }), [team, query]);
  const fileInput = useRef<HTMLInputElement>(null);
  const editedRow = rows.find((r) => r.phrase.id === editing);

  return (
    <section className="section" aria-labelledby="playbook-heading">
      <h2 id="playbook-heading">Playbook</h2>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={`${id}-search`}>Search phrases</label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            onChange={(e) => actions.setQuery(e.currentTarget.value)}
          />
        </div>
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
      {editing && (
        <PhraseForm
          key={editing}
          isNew={editing === 'new'}
          initial={editedRow?.phrase ?? { id: newId(), kind: 'acknowledge', text: '' }}
          onSave={(fields) => void actions.savePhrase(fields, editedRow?.phrase)}
          onCancel={() => actions.setEditing(null)}
        />
      )}
      <div className="playbook-columns">
        <div>
          <h3>Your playbook ({rows.length})</h3>
          <ul className="phrase-list">
            {rows.map((r) => (
              <PhraseRow
                key={r.phrase.id}
                phrase={r.phrase}
                source={r.source}
                enabled={r.enabled}
                onToggle={(on) => void actions.setEnabled(r.phrase, on)}
                onEdit={() => actions.setEditing(r.phrase.id)}
                onRemove={() => void actions.removeOwn(r.phrase.id)}
              />
            ))}
          </ul>
        </div>
        <div>
          <h3>Team playbook ({teamRows.length})</h3>
          {team.length === 0 ? (
            <p className="muted small">No team playbook is set for this browser.</p>
          ) : (
            <ul className="phrase-list">
              {teamRows.map((p) => (
                <PhraseRow key={p.id} phrase={p} source="team" enabled={api.isEnabled(p)} />
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
