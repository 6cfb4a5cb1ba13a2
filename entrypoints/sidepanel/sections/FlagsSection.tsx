import { useState } from 'react';
import { FlagList } from '../../../components/FlagList';
import type { Flag } from '../../../lib/messaging/panel-state';
import { useSidepanel, useSidepanelStore } from '../context';

const SHOWN = 5;
const NO_FLAGS: Flag[] = [];

/** The flagged customer messages, newest first; the latest few unless the agent asks for all. */
export function FlagsSection() {
  const flags = useSidepanel((s) => (s.panel?.status === 'ready' ? s.panel.flags : NO_FLAGS));
  const { dismissFlag } = useSidepanelStore().getState();
  const [all, setAll] = useState(false);
  const shown = all ? flags : flags.slice(0, SHOWN);
  return (
    <>
      <FlagList
        flags={shown}
        onDismiss={(rules) => {
          for (const rule of rules) void dismissFlag(rule);
        }}
      />
      {flags.length > SHOWN && (
        <button type="button" className="button-quiet show-more" onClick={() => setAll(!all)}>
          {all ? 'Show the latest only' : `Show all ${flags.length} flagged messages`}
        </button>
      )}
    </>
  );
}
