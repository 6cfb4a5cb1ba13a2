import { useMemo } from 'react';
import { InsertModeField } from '../../../components/InsertModeField';
import { SuggestionCard } from '../../../components/SuggestionCard';
import { KIND_WORDS } from '../../../lib/ui/suggestion-groups';
import { useSidepanel, useSidepanelStore } from '../context';
import { sidepanelSelectors as sel } from '../selectors';

const NO_VALUES: Record<string, string> = {};

/** Suggestion cards grouped by kind, with the insert-mode switch. Keys 1-9 insert (see use-number-keys). */
export function SuggestionsSection() {
  const panel = useSidepanel((s) => s.panel);
  const fills = useSidepanel((s) => s.fills);
  const confirmed = useSidepanel((s) => s.confirmed);
  const error = useSidepanel((s) => s.error);
  const copied = useSidepanel((s) => s.copied);
  const mode = useSidepanel((s) => s.insertMode);
  // Actions are stable functions on the state: read them once instead of subscribing to everything.
  const actions = useSidepanelStore().getState();
  const groups = useMemo(() => sel.groups({ panel }), [panel]);
  const composerFound = sel.composerFound({ panel });
  return (
    <section className="section" aria-labelledby="suggestions-heading">
      <div className="section-head">
        <h2 id="suggestions-heading">Suggestions</h2>
        {composerFound && <InsertModeField compact value={mode} onChange={actions.setInsertMode} />}
      </div>
      {groups.length === 0 && <p className="muted">No suggestions right now.</p>}
      {groups.map((group) => (
        <div className="group" key={group.kind}>
          <h3>{KIND_WORDS[group.kind]}</h3>
          <ul className="cards">
            {group.items.map(({ suggestion, number }) => {
              const state = { panel, fills, confirmed };
              const id = suggestion.phraseId;
              return (
                <SuggestionCard
                  key={id}
                  suggestion={suggestion}
                  number={number}
                  values={fills[id] ?? NO_VALUES}
                  unfilled={sel.unfilled(state, suggestion)}
                  confirmed={sel.confirmed(state, suggestion)}
                  composerFound={composerFound}
                  canInsert={sel.canInsert(state, suggestion)}
                  error={error?.target === id ? error.reason : null}
                  copied={copied === id}
                  onFill={(name, value) => actions.setFill(id, name, value)}
                  onConfirm={(checked) => actions.confirmCustomerWords(id, checked)}
                  onInsert={() => void actions.insertSuggestion(suggestion)}
                  onCopy={(text) => void actions.copy(text, id)}
                />
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
