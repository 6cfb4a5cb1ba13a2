import { useId, useMemo } from 'react';
import { InsertModeField } from '../../../components/InsertModeField';
import { ShowMoreButton } from '../../../components/ShowMoreButton';
import { SuggestionCard } from '../../../components/SuggestionCard';
import { KIND_WORDS, type SuggestionGroup } from '../../../lib/ui/suggestion-groups';
import { useSidepanel, useSidepanelStore } from '../context';
import { sidepanelSelectors as sel } from '../selectors';

const NO_VALUES: Record<string, string> = {};

/**
 * The best few cards, grouped by kind with their reason said once, and "More suggestions" for the rest. Every card
 * listed has its key (see use-number-keys); the list stays in place until the customer writes again.
 */
export function SuggestionsSection() {
  const list = useSidepanel((s) => s.list);
  const moreShown = useSidepanel((s) => s.moreShown);
  const mode = useSidepanel((s) => s.insertMode);
  const composerFound = useSidepanel(sel.composerFound);
  // Actions are stable functions on the state: read them once instead of subscribing to everything.
  const actions = useSidepanelStore().getState();
  const layout = useMemo(() => sel.layout({ list }), [list]);
  const moreId = useId();
  return (
    <section className="section" aria-labelledby="suggestions-heading">
      <div className="section-head">
        <h2 id="suggestions-heading">Suggestions</h2>
        {composerFound && <InsertModeField compact value={mode} onChange={actions.setInsertMode} />}
      </div>
      {layout.inView.length === 0 && <p className="muted">No suggestions right now.</p>}
      <Groups groups={layout.inView} />
      {layout.moreCount > 0 && (
        <ShowMoreButton
          tone="secondary"
          expanded={moreShown}
          controls={moreId}
          testId="more-suggestions"
          onToggle={() => actions.setMoreShown(!moreShown)}
        >
          {moreShown ? 'Fewer suggestions' : `More suggestions (${layout.moreCount})`}
        </ShowMoreButton>
      )}
      <div id={moreId} hidden={!moreShown}>
        {moreShown && <Groups groups={layout.more} />}
      </div>
    </section>
  );
}

function Groups({ groups }: { groups: SuggestionGroup[] }) {
  return groups.map((group) => (
    <div className="group" key={`${group.kind}-${group.items[0]?.number}`} data-testid="suggestion-group">
      <h3>
        {KIND_WORDS[group.kind]}
        {group.step && <span className="group-step"> · {group.step}</span>}
      </h3>
      {group.why.map((why) => (
        <p className="group-why" data-testid="group-why" key={why}>
          {why}
        </p>
      ))}
      <ul className="cards">
        {group.items.map(({ suggestion, number }) => (
          <Card key={suggestion.phraseId} suggestion={suggestion} number={number} />
        ))}
      </ul>
    </div>
  ));
}

function Card({ suggestion, number }: Pick<Parameters<typeof SuggestionCard>[0], 'suggestion' | 'number'>) {
  const id = suggestion.phraseId;
  const panel = useSidepanel((s) => s.panel);
  const fills = useSidepanel((s) => s.fills);
  const confirmed = useSidepanel((s) => s.confirmed);
  const error = useSidepanel((s) => (s.error?.target === id ? s.error.reason : null));
  const copied = useSidepanel((s) => s.copied === id);
  const reminded = useSidepanel((s) => s.usedReminder === id);
  const actions = useSidepanelStore().getState();
  const state = { panel, fills, confirmed };
  return (
    <SuggestionCard
      suggestion={suggestion}
      number={number}
      values={fills[id] ?? NO_VALUES}
      unfilled={sel.unfilled(state, suggestion)}
      confirmed={sel.confirmed(state, suggestion)}
      composerFound={sel.composerFound(state)}
      canInsert={sel.canInsert(state, suggestion)}
      error={error}
      reminded={reminded}
      copied={copied}
      onFill={(name, value) => actions.setFill(id, name, value)}
      onConfirm={(checked) => actions.confirmCustomerWords(id, checked)}
      onInsert={() => void actions.insertSuggestion(suggestion)}
      onCopy={(text) => void actions.copy(text, id)}
    />
  );
}
