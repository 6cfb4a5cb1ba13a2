import '../shared/base.css';
import './editors.css';
import { renderControls } from '../shared/controls';
import {
  clock,
  historyMessages,
  longDate,
  nameFor,
  pickTranscript,
  readDemoData,
  readScriptParams,
  toDate,
} from '../shared/data';
import { h, stickToBottom } from '../shared/dom';
import { installHook, typeDraft, whenReady } from '../shared/hook';
import { createScript } from '../shared/script';
import type { Author, EditorHandle, EditorKindName, Line, Message, PostOptions } from '../shared/types';

const LABELS: Record<EditorKindName, string> = {
  ckeditor5: 'CKEditor 5',
  prosemirror: 'ProseMirror',
  draftjs: 'Draft.js',
  slate: 'Slate',
  textarea: 'React textarea',
};

/**
 * A minimal chat page around ONE real editor, for insertion tests: a `role="log"` message list (what a generic
 * adapter looks for), the editor, a Send button and the same `window.__demo` hook as the helpdesk pages.
 */
export function editorPage(
  kind: EditorKindName,
  mountEditor: (slot: HTMLElement) => EditorHandle | Promise<EditorHandle>,
): void {
  const data = readDemoData();
  const params = readScriptParams();
  const transcript = pickTranscript(data, params.script);
  const conversationId = `editor-${kind}`;
  const history = historyMessages(transcript.history, transcript);

  const log = h('div', {
    role: 'log',
    'aria-label': `Conversation with ${transcript.customer.name}`,
    'aria-live': 'polite',
    class: 'ed-log',
  });
  const scroll = stickToBottom(log);
  const append = (m: Message) => {
    const who = m.from === 'note' ? 'Internal note' : 'Message';
    log.append(
      h(
        'div',
        {
          class: `ed-msg ed-msg--${m.from}`,
          'data-author-type': m.from === 'customer' ? 'user' : m.from,
          'aria-label': `${who} from ${m.name}`,
        },
        h('span', { class: 'ed-msg__author' }, m.from === 'note' ? `Internal note · ${m.name}` : m.name),
        h('p', { class: 'ed-msg__text multiline' }, m.text),
        h('time', { datetime: m.at.toISOString(), title: longDate(m.at) }, clock(m.at)),
      ),
    );
    scroll();
  };
  const resetLog = () => {
    log.replaceChildren();
    for (const m of history) append(m);
  };
  const post = (from: Author, text: string, opts: PostOptions = {}) =>
    append({
      from,
      text: String(text),
      name: opts.name ?? nameFor({ from, text }, transcript),
      at: toDate(opts.at),
    });

  const slot = h('div', { class: `ed-slot ed-slot--${kind}` });
  const sendButton = h('button', { type: 'submit', class: 'ed-send', disabled: true }, 'Send');
  const form = h('form', { class: 'ed-composer', 'aria-label': 'Reply' }, slot, sendButton);
  const script = createScript(transcript.script, {
    speed: params.speed,
    post: (line: Line) => post(line.from, line.text, line.name ? { name: line.name } : {}),
    resetConversation: resetLog,
    onState: () => controls.update(),
  });
  const controls = renderControls(script);
  document.title = `${LABELS[kind]} – editor test page`;
  document.body.append(
    h(
      'div',
      { class: 'ed-app' },
      h(
        'header',
        { class: 'ed-header' },
        h('strong', {}, transcript.customer.name),
        h('span', {}, transcript.subject),
        h('span', { class: 'ed-kind' }, `Editor: ${LABELS[kind]}`),
      ),
      log,
      form,
    ),
    controls.el,
  );
  resetLog();

  let editor: EditorHandle | undefined;
  const ready = Promise.resolve(mountEditor(slot)).then((e) => {
    editor = e;
    e.onChange((empty) => {
      sendButton.disabled = empty;
    });
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = editor?.text().trim();
    if (!editor || !text) return;
    post('agent', text);
    editor.setText('');
    editor.focus();
  });
  installHook({
    kind,
    editorText: () => editor?.text() ?? '',
    editorHtml: () => editor?.html?.() ?? '',
    setDraft: (text) => whenReady(editor !== undefined, ready, () => typeDraft(editor, text)),
    postCustomer: (text, opts) => post('customer', text, opts),
    postAgent: (text, opts) => post('agent', text, opts),
    postNote: (text, opts) => post('note', text, opts),
    postBot: (text, opts) => post('bot', text, opts),
    script,
    activeConversation: () => conversationId,
    ready,
  });
  if (params.autoplay) ready.then(() => script.start());
}
