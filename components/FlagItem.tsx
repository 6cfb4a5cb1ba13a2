import type { Flag } from '../lib/messaging/panel-state';
import { HighlightedText } from './HighlightedText';

interface Props {
  flag: Flag;
  onDismiss(rules: string[]): void;
}

const SIGNAL_WORDS: Record<string, string> = {
  frustration: 'Frustration',
  anger: 'Anger',
  abusive: 'Abuse',
  threat_churn: 'Wants to leave',
  threat_complaint: 'Complaint threat',
  threat_escalation: 'Wants escalation',
  threat_legal: 'Legal threat',
};

/**
 * One flagged customer message: the text with its trigger words marked, why, and "Wrong flag", which tells Poise it
 * misread these words (worded so it cannot be taken for a reply to the customer).
 */
export function FlagItem({ flag, onDismiss }: Props) {
  const spans = flag.signals.flatMap((s) => s.spans);
  const rules = flag.dismissKeys;
  const strongest = [...flag.signals].sort((a, b) => b.strength - a.strength)[0];
  const labels = [...new Set(flag.signals.map((s) => SIGNAL_WORDS[s.name] ?? s.name))];
  return (
    <li className="flag" data-testid="flag" data-message-key={flag.messageKey}>
      <p className="flag-labels">{labels.join(' · ')}</p>
      <blockquote className="flag-text">
        <HighlightedText text={flag.text} spans={spans} />
      </blockquote>
      {strongest && <p className="flag-why">{strongest.why}</p>}
      {rules.length > 0 && (
        <button
          type="button"
          className="button-quiet"
          aria-label="Wrong flag: stop flagging these words in this chat"
          data-testid="dismiss-flag"
          onClick={() => onDismiss(rules)}
        >
          Wrong flag
        </button>
      )}
    </li>
  );
}
