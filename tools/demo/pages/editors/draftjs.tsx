import 'draft-js/dist/Draft.css';
import { ContentState, Editor, EditorState } from 'draft-js';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { EditorHandle } from '../shared/types';
import { mountReact } from './react-mount';
import { editorPage } from './shell';

/** Where the page reads the editor's latest EditorState and pushes new ones (the component owns the React state). */
interface Bridge {
  current: EditorState;
  set(s: EditorState): void;
  changed(): void;
  editor: Editor | null;
}

function DraftComposer({ bridge }: { bridge: Bridge }) {
  const [state, set] = useState(bridge.current);
  bridge.set = set;
  return (
    <Editor
      ref={(e) => {
        bridge.editor = e;
      }}
      editorState={state}
      onChange={(next) => {
        const changed = next.getCurrentContent() !== bridge.current.getCurrentContent();
        bridge.current = next;
        set(next);
        if (changed) bridge.changed();
      }}
      placeholder="Type a reply…"
      ariaLabel="Reply"
    />
  );
}

// A real Draft.js editor (React, controlled EditorState). Its text comes from ContentState.getPlainText().
editorPage('draftjs', (slot) => {
  const listeners: ((empty: boolean) => void)[] = [];
  const bridge: Bridge = {
    current: EditorState.createEmpty(),
    set: () => undefined,
    editor: null,
    changed: () => {
      for (const l of listeners) l(!bridge.current.getCurrentContent().hasText());
    },
  };
  mountReact(slot, <DraftComposer bridge={bridge} />);
  (window as unknown as { draftState?: () => EditorState }).draftState = () => bridge.current;
  return {
    kind: 'draftjs',
    text: () => bridge.current.getCurrentContent().getPlainText('\n'),
    setText(text) {
      const content = ContentState.createFromText(text.replace(/\r\n?/g, '\n'));
      bridge.current = EditorState.moveSelectionToEnd(
        EditorState.push(bridge.current, content, 'insert-fragment'),
      );
      const next = bridge.current;
      flushSync(() => bridge.set(next));
      bridge.changed();
    },
    // Draft's own focus() puts the DOM selection where its model selection is (the end, after setText).
    focus: () => bridge.editor?.focus(),
    onChange: (l) => listeners.push(l),
  } satisfies EditorHandle;
});
