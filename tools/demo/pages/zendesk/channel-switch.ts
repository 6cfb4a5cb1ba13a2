import { h } from '../shared/dom';
import type { EditorHandle } from '../shared/types';

type Channel = 'messaging' | 'internal';
const LABEL: Record<Channel, string> = { messaging: 'Public reply', internal: 'Internal note' };

/**
 * The composer's Public reply / Internal note switch, as Zendesk's Agent Workspace marks it (lib/sites/zendesk-note.ts
 * cites the sources): a button `omnichannel-channel-switcher-button` with `data-channel` and an aria-label naming the
 * mode, whose menu (rendered at the end of the page, as a popover) holds `omnichannel-channel-switcher-menuitem-*`
 * items. Each mode keeps its own draft, so a note written in the internal mode never shows in the public reply.
 */
export function createChannelSwitch(
  composerEl: HTMLElement,
  editor: () => EditorHandle | undefined,
): HTMLElement {
  let channel: Channel = 'messaging';
  const drafts: Record<Channel, string> = { messaging: '', internal: '' };
  const button = h(
    'button',
    {
      type: 'button',
      class: 'zd-channel',
      'data-test-id': 'omnichannel-channel-switcher-button',
      'data-channel': channel,
      'aria-label': LABEL[channel],
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
    },
    `${LABEL[channel]} ▾`,
  );
  let menu: HTMLElement | null = null;
  const close = () => {
    menu?.remove();
    menu = null;
    button.setAttribute('aria-expanded', 'false');
  };
  const choose = (next: Channel) => {
    close();
    if (next === channel) return;
    const ed = editor();
    drafts[channel] = ed?.text() ?? '';
    channel = next;
    ed?.setText(drafts[next]);
    button.setAttribute('data-channel', next);
    button.setAttribute('aria-label', LABEL[next]);
    button.textContent = `${LABEL[next]} ▾`;
    composerEl.closest('.zd-composer')?.classList.toggle('zd-composer--note', next === 'internal');
    ed?.focus();
  };
  button.addEventListener('click', () => {
    if (menu) return close();
    const item = (c: Channel) => {
      const el = h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          class: 'zd-menu__item',
          'data-test-id': `omnichannel-channel-switcher-menuitem-${c}`,
        },
        LABEL[c],
      );
      el.addEventListener('click', () => choose(c));
      return el;
    };
    const box = button.getBoundingClientRect();
    menu = h(
      'div',
      { role: 'menu', class: 'zd-menu', 'aria-label': 'Reply channel' },
      item('messaging'),
      item('internal'),
    );
    menu.style.left = `${box.left}px`;
    menu.style.top = `${box.bottom + 4}px`;
    document.body.append(menu);
    button.setAttribute('aria-expanded', 'true');
  });
  return button;
}
