import '../shared/base.css';
import './zendesk.css';
import { renderControls } from '../shared/controls';
import {
  historyMessages,
  nameFor,
  pickTranscript,
  readDemoData,
  readScriptParams,
  toDate,
} from '../shared/data';
import { h } from '../shared/dom';
import { createCkEditor } from '../shared/editors/ckeditor';
import { installHook, typeDraft, whenReady } from '../shared/hook';
import { createScript } from '../shared/script';
import type { Author, Line, PostOptions } from '../shared/types';
import { createTicket, type Ticket } from './ticket';

// Zendesk-like Agent Workspace: several tickets mounted at once, one active, switched in place (SPA navigation).
const data = readDemoData();
const params = readScriptParams();
const transcript = pickTranscript(data, params.script);
const SCRIPTED_ID = '1042';
/** `?variant=2026`: the 2026 markup variants (log.ts `Variant`). */
const variant = new URLSearchParams(location.search).get('variant') === '2026' ? '2026' : 'classic';
const OTHER_IDS = ['1038', '1035', '1029'];

const tickets: Ticket[] = [
  createTicket(
    {
      id: SCRIPTED_ID,
      subject: transcript.subject,
      customer: transcript.customer,
      agent: transcript.agent,
      bot: transcript.bot,
      history: historyMessages(transcript.history, transcript),
    },
    variant,
  ),
  ...data.inbox.slice(0, OTHER_IDS.length).map((entry, i) => {
    const people = { customer: entry.customer, agent: transcript.agent, bot: transcript.bot };
    return createTicket(
      {
        id: OTHER_IDS[i] ?? String(1000 + i),
        subject: entry.subject,
        ...people,
        history: historyMessages(entry.history, people, Date.now() - (i + 1) * 3_600_000),
      },
      variant,
    );
  }),
];
const byId = (id: string | null | undefined) => tickets.find((t) => t.id === id);
const idFromPath = () => /\/agent\/tickets\/(\d+)/.exec(location.pathname)?.[1];
let active = byId(idFromPath()) ?? (tickets[0] as Ticket);
if (active.id !== idFromPath())
  history.replaceState(null, '', `/agent/tickets/${active.id}${location.search}`);

function activate(ticket: Ticket, push: boolean): void {
  active = ticket;
  for (const t of tickets) {
    t.setActive(t === ticket);
    if (t !== ticket) t.setTyping(false);
  }
  document.title = `${ticket.customer.name} – Agent Workspace`;
  if (push) history.pushState(null, '', `/agent/tickets/${ticket.id}${location.search}`);
}

const tablist = h('div', { 'data-test-id': 'header-tablist', role: 'tablist', class: 'zd-tablist' });
for (const t of tickets) {
  tablist.append(t.tab);
  t.tab.addEventListener('click', (e) => {
    e.preventDefault();
    if (t !== active) activate(t, true);
  });
}
addEventListener('popstate', () => {
  const t = byId(idFromPath());
  if (t && t !== active) activate(t, false);
});

const post = (from: Author, text: string, opts: PostOptions = {}) => {
  const t = byId(opts.conversation) ?? active;
  const people = { customer: t.customer, agent: t.agent, bot: t.bot };
  t.post({
    from,
    text: String(text),
    name: opts.name ?? nameFor({ from, text }, people),
    at: toDate(opts.at),
  });
};
const script = createScript(transcript.script, {
  speed: params.speed,
  post: (line: Line) => post(line.from, line.text, line.name ? { name: line.name } : {}),
  resetConversation: () => active.reset(),
  onState: () => controls.update(),
  typing: (on) => active.setTyping(on),
});
const controls = renderControls(script);

document.body.append(
  h(
    'div',
    { class: 'zd-app' },
    h(
      'nav',
      { class: 'zd-rail', 'aria-label': 'Product' },
      h('div', { class: 'zd-logo', title: 'Demo helpdesk' }, 'Z'),
      h('span', { class: 'zd-rail__item zd-rail__item--on' }, '☰'),
      h('span', { class: 'zd-rail__item' }, '✉'),
      h('span', { class: 'zd-rail__item' }, '⚙'),
    ),
    h(
      'header',
      { class: 'zd-top' },
      tablist,
      h(
        'button',
        { type: 'button', 'data-test-id': 'toolbar-profile-menu-button', class: 'zd-profile' },
        'AA',
      ),
    ),
    h(
      'main',
      { class: variant === '2026' ? 'zd-main zd-main--stacked' : 'zd-main' },
      ...tickets.map((t) => t.layout),
    ),
  ),
  controls.el,
);
activate(active, false);

let editorsReady = false;
const ready = Promise.all(
  tickets.map(async (t) => {
    const editor = await createCkEditor(t.composerEl, 'Reply to the customer…');
    t.editor = editor;
    editor.onChange((empty) => {
      t.sendButton.disabled = empty;
    });
    t.sendButton.addEventListener('click', () => {
      const text = editor.text().trim();
      if (!text) return;
      post('agent', text, { conversation: t.id });
      editor.setText('');
      editor.focus();
    });
  }),
).then(() => {
  editorsReady = true;
});

installHook({
  editorText: () => active.editor?.text() ?? '',
  editorHtml: () => active.editor?.html?.() ?? '',
  setDraft: (text) => whenReady(editorsReady, ready, () => typeDraft(active.editor, text)),
  postCustomer: (text, opts) => post('customer', text, opts),
  postAgent: (text, opts) => post('agent', text, opts),
  postNote: (text, opts) => post('note', text, opts),
  postBot: (text, opts) => post('bot', text, opts),
  setTyping: (on) => active.setTyping(on),
  script,
  activeConversation: () => active.id,
  ready,
});
if (params.autoplay) script.start();
