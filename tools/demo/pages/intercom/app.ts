import type { EditorState } from 'prosemirror-state';
import { renderControls } from '../shared/controls';
import {
  clock,
  historyMessages,
  initials,
  nameFor,
  pickTranscript,
  readDemoData,
  readScriptParams,
  toDate,
} from '../shared/data';
import { h } from '../shared/dom';
import { createProseMirror } from '../shared/editors/prosemirror';
import { installHook, typeDraft } from '../shared/hook';
import { createScript } from '../shared/script';
import type { Author, DemoConversation, Line, Message, PostOptions } from '../shared/types';
import { createComposerTabs } from './composer-tabs';
import { createDetails } from './details';
import { createStream, type Generation } from './stream';

// Intercom-like Inbox: a conversation list, one open conversation re-rendered on switch (SPA navigation) and a
// ProseMirror reply composer that keeps a draft per conversation. Two generations: 2025 renders into the
// page; 2026 renders the whole app into the OPEN shadow root of #teammate-app-react, as Intercom's inbox does since
// 2026 (helpdesk-dom.md §7), with the stream's 2026 markup (stream.ts) and the real ProseMirror inside the root.
interface Conversation extends DemoConversation {
  messages: Message[];
  draft: EditorState | null;
  item: HTMLAnchorElement;
  preview: HTMLElement;
  time: HTMLElement;
}

/** Start the demo inbox of this generation. */
export function startInbox(generation: Generation): void {
  const data = readDemoData();
  const params = readScriptParams();
  const transcript = pickTranscript(data, params.script);
  const pathMatch = /^\/a\/inbox\/([\w-]+)\/inbox\/(?:.*\/)?conversation\/(\d+)/.exec(location.pathname);
  const appId = pathMatch?.[1] ?? 'demo';
  const hrefFor = (id: string) => `/a/inbox/${appId}/inbox/shared/all/conversation/${id}`;

  const specs = [
    {
      id: '7001',
      subject: transcript.subject,
      customer: transcript.customer,
      lines: transcript.history,
      ago: 0,
    },
    ...data.inbox.map((e, i) => ({
      id: String(7002 + i),
      subject: e.subject,
      customer: e.customer,
      lines: e.history,
      ago: (i + 1) * 3_600_000,
    })),
  ];
  const conversations: Conversation[] = specs.map((s) => {
    const people = { customer: s.customer, agent: transcript.agent, bot: transcript.bot };
    const history = historyMessages(s.lines, people, Date.now() - s.ago);
    const preview = h('span', { class: 'ic-item__preview' });
    const time = h('span', { class: 'ic-item__time' });
    const item = h(
      'a',
      { href: hrefFor(s.id), class: 'ic-item', 'data-conversation-id': s.id },
      h('span', { class: 'inbox2__avatar ic-item__avatar' }, initials(s.customer.name)),
      h('span', { class: 'ic-item__main' }, h('strong', {}, s.customer.name), preview),
      time,
    );
    return {
      id: s.id,
      subject: s.subject,
      ...people,
      history,
      messages: [...history],
      draft: null,
      item,
      preview,
      time,
    };
  });
  const byId = (id: string | undefined) => conversations.find((c) => c.id === id);
  let active = byId(pathMatch?.[2]) ?? (conversations[0] as Conversation);
  if (!pathMatch || pathMatch[2] !== active.id)
    history.replaceState(null, '', hrefFor(active.id) + location.search);

  const title = h('span', {
    class: 'truncate',
    'data-conversation-title': '',
    'data-inbox-conversation-header-title': '',
  });
  const subject = h('span', { class: 'ic-header__subject', 'data-conversation-header-subject': '' });
  const details = createDetails();
  const stream = createStream(generation);
  const mount = h('div', { class: 'embercom-prosemirror-composer' });
  const sendButton = h('button', { type: 'button', class: 'ic-send', disabled: true }, 'Send');
  const editor = createProseMirror(mount, {
    label: 'Reply',
    editorClass: 'embercom-prosemirror-composer-editor',
    blockClass: 'intercom-interblocks-align-left',
  });
  editor.onChange((empty) => {
    sendButton.disabled = empty;
  });
  const composerTabs = createComposerTabs(() => mount.closest('[data-conversation-reply-composer]'), editor);

  const refreshItem = (c: Conversation) => {
    const last = c.messages.at(-1);
    c.preview.textContent = last ? last.text.slice(0, 80) : '';
    c.time.textContent = last ? clock(last.at) : '';
  };

  function open(c: Conversation, push: boolean): void {
    if (c !== active) {
      composerTabs.reset();
      active.draft = editor.view.state;
    }
    active = c;
    for (const x of conversations) {
      x.item.classList.toggle('ic-item--active', x === c);
      if (x === c) x.item.setAttribute('aria-current', 'page');
      else x.item.removeAttribute('aria-current');
    }
    title.textContent = c.customer.name;
    subject.textContent = c.subject;
    details.show(c.customer, c.subject);
    stream.render(c.messages);
    editor.view.updateState(c.draft ?? editor.emptyState());
    sendButton.disabled = editor.text().trim() === '';
    document.title = `${c.customer.name} | Inbox | Intercom`;
    if (push) history.pushState(null, '', hrefFor(c.id) + location.search);
  }

  const post = (from: Author, text: string, opts: PostOptions = {}) => {
    const c = byId(opts.conversation) ?? active;
    const m: Message = {
      from,
      text: String(text),
      name: opts.name ?? nameFor({ from, text }, c),
      at: toDate(opts.at),
    };
    c.messages.push(m);
    if (c === active) stream.append(m);
    refreshItem(c);
  };
  const send = () => {
    const text = editor.text().trim();
    if (!text) return;
    post('agent', text);
    editor.setText('');
    editor.focus();
  };
  sendButton.addEventListener('click', send);
  mount.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      send();
    }
  });

  for (const c of conversations) {
    refreshItem(c);
    c.item.addEventListener('click', (e) => {
      e.preventDefault();
      if (c !== active) open(c, true);
    });
  }
  addEventListener('popstate', () => {
    const c = byId(/conversation\/(\d+)/.exec(location.pathname)?.[1]);
    if (c && c !== active) open(c, false);
  });

  const script = createScript(transcript.script, {
    speed: params.speed,
    post: (line: Line) => post(line.from, line.text, line.name ? { name: line.name } : {}),
    resetConversation: () => {
      active.messages = [...active.history];
      stream.render(active.messages);
      refreshItem(active);
    },
    onState: () => controls.update(),
    typing: (on) => details.setTyping(on),
  });
  const controls = renderControls(script);

  const app = h(
    'div',
    { class: 'ic-app' },
    h(
      'nav',
      { class: 'ic-rail', 'aria-label': 'Product' },
      h('div', { class: 'ic-logo', title: 'Demo inbox' }, '▦'),
      h('span', { class: 'ic-rail__item ic-rail__item--on' }, '✉'),
      h('span', { class: 'ic-rail__item' }, '☺'),
      h('span', { class: 'ic-rail__item' }, '⚙'),
    ),
    h(
      'aside',
      { class: 'ic-list', 'aria-label': 'Conversations' },
      h('div', { class: 'ic-list__head' }, h('strong', {}, 'Inbox'), h('span', {}, 'All · Open')),
      h('nav', { class: 'ic-list__items' }, ...conversations.map((c) => c.item)),
    ),
    h(
      'section',
      { class: 'ic-conversation', 'aria-label': 'Conversation' },
      h('div', { class: 'inbox-2__conversation-header ic-header' }, title, subject),
      stream.el,
      details.typing,
      h(
        'div',
        { 'data-conversation-reply-composer': '', class: 'ic-composer' },
        composerTabs.el,
        mount,
        h(
          'div',
          { class: 'ic-composer__actions' },
          h('span', { class: 'ic-hint' }, 'Ctrl+Enter to send'),
          sendButton,
        ),
      ),
    ),
    details.el,
  );
  mountApp(app, generation);
  document.body.append(controls.el);
  open(active, false);

  installHook({
    editorText: () => editor.text(),
    setDraft: (text) => typeDraft(editor, text),
    postCustomer: (text, opts) => post('customer', text, opts),
    postAgent: (text, opts) => post('agent', text, opts),
    postNote: (text, opts) => post('note', text, opts),
    postBot: (text, opts) => post('bot', text, opts),
    setTyping: (on) => details.setTyping(on),
    script,
    activeConversation: () => active.id,
    ready: Promise.resolve(),
  });
  if (params.autoplay) script.start();
}

/** 2025: the app in the page. 2026: the app in the open shadow root of #teammate-app-react, styled from inside it. */
function mountApp(app: HTMLElement, generation: Generation): void {
  if (generation === '2025') {
    document.body.classList.add('ember-application');
    document.body.append(app);
    return;
  }
  const host = h('div', { id: 'teammate-app-react' });
  const shadow = host.attachShadow({ mode: 'open' });
  // Page styles do not reach into a shadow root: the page's own stylesheet is linked again inside it.
  shadow.append(h('link', { rel: 'stylesheet', href: '/assets/intercom-2026.css' }), app);
  document.body.append(host);
}
