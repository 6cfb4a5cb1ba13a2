import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { EditorHandle } from '../shared/types';
import { mountReact } from './react-mount';
import { editorPage } from './shell';

/** The value React last rendered (its state), and the state setter, shared with the page. */
interface Bridge {
  committed: string;
  set(v: string): void;
  changed(value: string): void;
}

function TextareaComposer({ bridge }: { bridge: Bridge }) {
  const [value, set] = useState('');
  bridge.committed = value;
  bridge.set = set;
  return (
    <textarea
      aria-label="Reply"
      placeholder="Type a reply…"
      rows={3}
      value={value}
      onChange={(e) => {
        set(e.target.value);
        bridge.changed(e.target.value);
      }}
    />
  );
}

// A React 19 controlled <textarea>: the value lives in React state; editorText() reads that state, not the DOM.
editorPage('textarea', (slot) => {
  const listeners: ((empty: boolean) => void)[] = [];
  const bridge: Bridge = {
    committed: '',
    set: () => undefined,
    changed: (value) => {
      for (const l of listeners) l(value.trim() === '');
    },
  };
  mountReact(slot, <TextareaComposer bridge={bridge} />);
  return {
    kind: 'textarea',
    text: () => bridge.committed,
    setText(text) {
      flushSync(() => bridge.set(text));
      slot.querySelector('textarea')?.setSelectionRange(text.length, text.length);
      bridge.changed(text);
    },
    focus: () => slot.querySelector('textarea')?.focus(),
    onChange: (l) => listeners.push(l),
  } satisfies EditorHandle;
});
