import type { Flag } from '../lib/messaging/panel-state';
import { FlagItem } from './FlagItem';

/** Flagged customer messages, newest first. */
export function FlagList({ flags, onDismiss }: { flags: readonly Flag[]; onDismiss(rules: string[]): void }) {
  return (
    <ul className="flag-list">
      {flags.map((flag) => (
        <FlagItem key={flag.messageKey} flag={flag} onDismiss={onDismiss} />
      ))}
    </ul>
  );
}
