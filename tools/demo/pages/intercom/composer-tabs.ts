import { h } from '../shared/dom';
import type { EditorHandle } from '../shared/types';

type Mode = 'reply' | 'note';

/**
 * The composer's Reply / Note tabs. Intercom's inbox marked the Note tab `[data-intercom-target=note-tab]`, selected
 * with `o__selected` (lib/sites/intercom-note.ts cites the source); the tabs here also carry ARIA tab state. Each mode
 * keeps its own draft, so a note never shows in the reply. `reset` goes back to Reply (another conversation opened).
 */
export function createComposerTabs(
  composer: () => HTMLElement | null,
  editor: EditorHandle,
): { el: HTMLElement; reset(): void } {
  let mode: Mode = 'reply';
  const drafts: Record<Mode, string> = { reply: '', note: '' };
  const tab = (m: Mode, label: string) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        class: 'ic-composer__tab',
        'data-intercom-target': `${m}-tab`,
        'aria-selected': String(m === mode),
      },
      label,
    );
  const tabs: Record<Mode, HTMLElement> = { reply: tab('reply', 'Reply'), note: tab('note', 'Note') };
  const show = (next: Mode) => {
    mode = next;
    for (const m of ['reply', 'note'] as const) {
      tabs[m].setAttribute('aria-selected', String(m === next));
      tabs[m].classList.toggle('ic-composer__tab--on', m === next);
      tabs[m].classList.toggle('o__selected', m === next);
    }
    composer()?.classList.toggle('ic-composer--note', next === 'note');
  };
  const choose = (next: Mode) => {
    if (next === mode) return;
    drafts[mode] = editor.text();
    editor.setText(drafts[next]);
    show(next);
    editor.focus();
  };
  tabs.reply.addEventListener('click', () => choose('reply'));
  tabs.note.addEventListener('click', () => choose('note'));
  show('reply');
  return {
    el: h('div', { class: 'ic-composer__tabs', role: 'tablist' }, tabs.reply, tabs.note),
    reset() {
      // The reply draft back in the box before the conversation's draft is kept.
      if (mode === 'note') editor.setText(drafts.reply);
      drafts.note = '';
      show('reply');
    },
  };
}
