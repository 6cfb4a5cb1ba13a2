/** The playbook's left pane (kinds with counts) and the chips over the list (where a phrase comes from, in use). */
import { useId } from 'react';
import { SUGGESTION_KINDS, type SuggestionKind } from '../../lib/chat';
import { KIND_WORDS } from '../../lib/ui/suggestion-groups';
import {
  type PhraseView,
  SOURCE_FILTERS,
  type SourceFilter,
  STATE_FILTERS,
  type StateFilter,
} from './phrase-rows';

export function KindsNav({
  selected,
  counts,
  onSelect,
}: {
  selected: PhraseView['kind'];
  counts: Record<SuggestionKind | 'all', number>;
  onSelect(kind: PhraseView['kind']): void;
}) {
  return (
    <nav className="kinds-nav" aria-label="Phrase kinds">
      <ul>
        {(['all', ...SUGGESTION_KINDS] as const).map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="kind-button"
              aria-pressed={selected === kind}
              onClick={() => onSelect(kind)}
            >
              <span>{kind === 'all' ? 'All kinds' : KIND_WORDS[kind]}</span>{' '}
              <span className="kind-count">{counts[kind]}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const SOURCE_WORDS: Record<SourceFilter, string> = {
  all: 'All',
  'built-in': 'Built-in',
  team: 'Team',
  mine: 'Mine',
};
const STATE_WORDS: Record<StateFilter, string> = { all: 'Any', on: 'In use', off: 'Switched off' };

function Chips<T extends string>(props: {
  legend: string;
  values: readonly T[];
  words: Record<T, string>;
  value: T;
  onChange(value: T): void;
}) {
  const name = useId();
  return (
    <fieldset className="chips">
      <legend>{props.legend}</legend>
      {props.values.map((v) => (
        <label key={v} className="chip">
          <input type="radio" name={name} checked={props.value === v} onChange={() => props.onChange(v)} />
          {props.words[v]}
        </label>
      ))}
    </fieldset>
  );
}

export function FilterChips({
  view,
  onChange,
}: {
  view: PhraseView;
  onChange(view: Partial<PhraseView>): void;
}) {
  return (
    <div className="filter-chips">
      <Chips
        legend="From"
        values={SOURCE_FILTERS}
        words={SOURCE_WORDS}
        value={view.source}
        onChange={(source) => onChange({ source })}
      />
      <Chips
        legend="State"
        values={STATE_FILTERS}
        words={STATE_WORDS}
        value={view.state}
        onChange={(state) => onChange({ state })}
      />
    </div>
  );
}
