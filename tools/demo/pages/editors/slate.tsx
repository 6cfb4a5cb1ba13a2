import { createEditor, type Descendant, Editor, Node, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import type { EditorHandle } from '../shared/types';
import { mountReact } from './react-mount';
import { editorPage } from './shell';

// A real Slate editor (slate-react, with history). Its text comes from the editor's own node tree.
editorPage('slate', (slot) => {
  const editor = withHistory(withReact(createEditor()));
  const initialValue: Descendant[] = [{ children: [{ text: '' }] }];
  const listeners: ((empty: boolean) => void)[] = [];
  const text = () => editor.children.map((n) => Node.string(n)).join('\n');
  const notify = () => {
    for (const l of listeners) l(text().trim() === '');
  };

  mountReact(
    slot,
    <Slate
      editor={editor}
      initialValue={initialValue}
      onChange={() => {
        if (editor.operations.some((op) => op.type !== 'set_selection')) notify();
      }}
    >
      <Editable
        aria-label="Reply"
        placeholder="Type a reply…"
        renderElement={({ attributes, children }) => <p {...attributes}>{children}</p>}
      />
    </Slate>,
  );

  const handle: EditorHandle = {
    kind: 'slate',
    text,
    setText(value) {
      const lines = value.replace(/\r\n?/g, '\n').split('\n');
      Editor.withoutNormalizing(editor, () => {
        for (let i = editor.children.length - 1; i >= 0; i--) Transforms.removeNodes(editor, { at: [i] });
        Transforms.insertNodes(
          editor,
          lines.map((line) => ({ children: [{ text: line }] })),
          { at: [0] },
        );
      });
      Transforms.select(editor, Editor.end(editor, []));
    },
    focus: () => ReactEditor.focus(editor),
    onChange: (l) => listeners.push(l),
  };
  (window as unknown as { slateEditor?: Editor }).slateEditor = editor;
  return handle;
});
