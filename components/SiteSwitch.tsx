import { useId } from 'react';
import type { SiteStatus } from '../lib/messaging/protocol';

interface Props {
  site: SiteStatus | null;
  busy: boolean;
  onToggle(enabled: boolean): void;
  /** Called straight from the click: it asks for host access, which needs the user gesture. */
  onUseHere(): void;
}

/** Poise on or off for the current site, or "Use Poise on this site" for a helpdesk that is not built in. */
export function SiteSwitch({ site, busy, onToggle, onUseHere }: Props) {
  const id = useId();
  if (!site?.origin) return <p className="muted">Poise cannot run on this page.</p>;
  const { origin, builtIn, permitted, enabled } = site;
  return (
    <div className="site">
      <p className="site-origin" data-testid="site-origin">
        {origin}
        <span className="muted">{builtIn ? ' (built-in helpdesk)' : ''}</span>
      </p>
      {builtIn || permitted ? (
        <div className="switch-row">
          <input
            id={id}
            type="checkbox"
            role="switch"
            aria-checked={enabled}
            checked={enabled}
            disabled={busy}
            data-testid="site-enabled"
            onChange={(e) => onToggle(e.currentTarget.checked)}
          />
          <label htmlFor={id}>Poise on this site</label>
        </div>
      ) : (
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          data-testid="use-here"
          onClick={onUseHere}
        >
          Use Poise on this site
        </button>
      )}
    </div>
  );
}
