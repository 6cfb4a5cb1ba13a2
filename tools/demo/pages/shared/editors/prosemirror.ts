import 'prosemirror-view/style/prosemirror.css';
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { type Node as PmNode, Schema } from 'prosemirror-model';
import { schema as basic } from 'prosemirror-schema-basic';
import { EditorState, Selection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { EditorHandle } from '../types';

export interface ProseMirrorOptions {
  /** Class on each paragraph (Intercom: `intercom-interblocks-align-left`). */
  blockClass?: string;
  /** Classes on the editable besides `ProseMirror`. */
  editorClass?: string;
  label: string;
}

export interface ProseMirrorEditor extends EditorHandle {
  view: EditorView;
  /** A fresh empty state with the same plugins (per-conversation drafts). */
  emptyState(): EditorState;
}

/** A real ProseMirror EditorView (basic schema, history, base keymap) mounted into `mount`. */
export function createProseMirror(mount: HTMLElement, opts: ProseMirrorOptions): ProseMirrorEditor {
  const schema = schemaWithBlockClass(opts.blockClass);
  const paragraph = schema.nodes.paragraph;
  if (!paragraph) throw new Error('ProseMirror: schema without paragraph');
  const plugins = [
    history(),
    keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }),
    keymap(baseKeymap),
  ];
  const emptyState = () => EditorState.create({ schema, plugins });
  const listeners: ((empty: boolean) => void)[] = [];
  const text = (doc: PmNode = view.state.doc) => doc.textBetween(0, doc.content.size, '\n', '\n');
  const view: EditorView = new EditorView(mount, {
    state: emptyState(),
    attributes: {
      class: opts.editorClass ?? '',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': opts.label,
      translate: 'no',
    },
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      if (tr.docChanged) for (const l of listeners) l(text().trim() === '');
    },
  });
  (window as unknown as { pmView?: EditorView }).pmView ??= view;
  return {
    kind: 'prosemirror',
    view,
    emptyState,
    text: () => text(),
    setText(value) {
      const paragraphs = value
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => paragraph.create(null, line ? schema.text(line) : null));
      const tr = view.state.tr.replaceWith(0, view.state.doc.content.size, paragraphs);
      view.dispatch(tr.setSelection(Selection.atEnd(tr.doc)));
    },
    focus: () => view.focus(),
    onChange: (l) => listeners.push(l),
  };
}

function schemaWithBlockClass(blockClass: string | undefined): Schema {
  if (!blockClass) return basic;
  const paragraph = basic.spec.nodes.get('paragraph');
  return new Schema({
    nodes: basic.spec.nodes.update('paragraph', {
      ...paragraph,
      toDOM: () => ['p', { class: blockClass }, 0],
    }),
    marks: basic.spec.marks,
  });
}
