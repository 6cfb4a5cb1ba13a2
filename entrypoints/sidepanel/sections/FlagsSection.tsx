import { useId, useState } from 'react';
import { FlagList } from '../../../components/FlagList';
import { ShowMoreButton } from '../../../components/ShowMoreButton';
import type { Flag } from '../../../lib/messaging/panel-state';
import { useSidepanel, useSidepanelStore } from '../context';

const NO_FLAGS: Flag[] = [];

/**
 * The newest flagged customer message, right under the level: what set it off, marked in the customer's words. Older
 * flags wait behind "Earlier flags"; nothing flagged, nothing shown.
 */
export function FlagsSection() {
  const flags = useSidepanel((s) => (s.panel?.status === 'ready' ? s.panel.flags : NO_FLAGS));
  const { dismissFlag } = useSidepanelStore().getState();
  const [open, setOpen] = useState(false);
  const earlierId = useId();
  if (flags.length === 0) return null;
  const onDismiss = (rules: string[]) => {
    for (const rule of rules) void dismissFlag(rule);
  };
  const earlier = flags.slice(1);
  return (
    <section className="section flags" aria-labelledby="flags-heading">
      <h2 id="flags-heading">Latest flagged message</h2>
      <FlagList flags={flags.slice(0, 1)} onDismiss={onDismiss} />
      {earlier.length > 0 && (
        <>
          <ShowMoreButton
            tone="quiet"
            expanded={open}
            controls={earlierId}
            testId="earlier-flags"
            onToggle={() => setOpen(!open)}
          >
            {open ? 'Hide earlier flags' : `Earlier flags (${earlier.length})`}
          </ShowMoreButton>
          <div id={earlierId} hidden={!open}>
            {open && <FlagList flags={earlier} onDismiss={onDismiss} />}
          </div>
        </>
      )}
    </section>
  );
}
