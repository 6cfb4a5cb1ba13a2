import { CoachNotes } from '../../../components/CoachNotes';
import { useSidepanel, useSidepanelStore } from '../context';
import { sidepanelSelectors as sel } from '../selectors';

/** The draft coach's notes; Accept puts the calmer draft in place of the agent's draft. */
export function CoachSection() {
  const coach = useSidepanel((s) => (s.panel?.status === 'ready' ? s.panel.coach : null));
  const composerFound = useSidepanel(sel.composerFound);
  const error = useSidepanel((s) => (s.error?.target === 'coach' ? s.error.reason : null));
  const copied = useSidepanel((s) => s.copied === 'coach');
  const { insertText, copy } = useSidepanelStore().getState();
  if (!coach) return null;
  return (
    <CoachNotes
      coach={coach}
      composerFound={composerFound}
      error={error}
      copied={copied}
      onAccept={(text) => void insertText(text, 'replace', 'coach')}
      onCopy={(text) => void copy(text, 'coach')}
    />
  );
}
