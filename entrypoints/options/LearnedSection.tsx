/** What Poise learned from the agent's dismissals, each with an Undo; how learning works when nothing is learned. */
import { useStore } from 'zustand';
import type { OptionsStore } from './store';

const when = (ms: number) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

export function LearnedSection({ store }: { store: OptionsStore }) {
  const learned = useStore(store, (s) => s.learned);
  const { forgetLearned } = store.getState();
  return (
    <section className="section" id="learned" aria-labelledby="learned-heading">
      <h2 id="learned-heading">Learned from your dismissals</h2>
      <p className="muted">
        When you dismiss a flag on the same phrase in three different conversations, Poise weighs that phrase
        less from then on. What it learned stays in this browser; Undo puts a phrase back as it was.
      </p>
      {learned.length === 0 ? (
        <p data-testid="learned-empty">Nothing learned yet.</p>
      ) : (
        <ul className="learned-list" data-testid="learned-list">
          {learned.map((l) => (
            <li key={l.key} className="learned-row" data-testid="learned">
              <span className="learned-label">{l.label}</span>
              <span className="muted">{l.signal}</span>
              <time className="muted" dateTime={new Date(l.learnedAt).toISOString()}>
                {when(l.learnedAt)}
              </time>
              <button type="button" className="button-secondary" onClick={() => void forgetLearned(l.key)}>
                Undo<span className="visually-hidden">: {l.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
