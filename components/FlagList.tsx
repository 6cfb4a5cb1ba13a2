import type { Flag } from '../lib/messaging/panel-state';
import { FlagItem } from './FlagItem';

/** The flagged customer messages, newest first. */
export function FlagList({ flags, onDismiss }: { flags: readonly Flag[]; onDismiss(rules: string[]): void }) {
  return (
    <section className="section" aria-labelledby="flags-heading">
      <h2 id="flags-heading">Flagged messages</h2>
      {flags.length === 0 ? (
        <p className="muted">Nothing flagged in this conversation.</p>
      ) : (
        <ul className="flag-list">
          {flags.map((flag) => (
            <FlagItem key={flag.messageKey} flag={flag} onDismiss={onDismiss} />
          ))}
        </ul>
      )}
    </section>
  );
}
