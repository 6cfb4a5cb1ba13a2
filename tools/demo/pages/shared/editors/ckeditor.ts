import 'ckeditor5/ckeditor5.css';
import { DecoupledEditor, Essentials, type ModelElement, type ModelNode, Paragraph } from 'ckeditor5';
import type { EditorHandle } from '../types';

/**
 * A real CKEditor 5 on `el` (the element itself becomes the editable root, keeping its attributes), as Zendesk's
 * messaging composer is: plain paragraphs, paste, typing, undo. GPL license key: local code, no license server.
 */
export async function createCkEditor(el: HTMLElement, placeholder: string): Promise<EditorHandle> {
  const editor = await DecoupledEditor.create(el, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph],
    placeholder,
  });
  const root = editor.model.document.getRoot();
  if (!root) throw new Error('CKEditor: no root');
  // Zendesk's editable carries these; CKEditor sets most of them itself, the rest keep the DOM like the real one.
  el.setAttribute('role', 'textbox');
  el.setAttribute('aria-multiline', 'true');
  const expando = el as HTMLElement & { ckeditorInstance?: unknown };
  expando.ckeditorInstance ??= editor;
  const listeners: ((empty: boolean) => void)[] = [];
  const text = () => Array.from(root.getChildren(), (block) => blockText(block as ModelElement)).join('\n');
  editor.model.document.on('change:data', () => {
    const empty = text().trim() === '';
    for (const l of listeners) l(empty);
  });
  // Expose the instance for tests and for anyone poking at the demo in DevTools.
  (window as unknown as { ckeditor?: unknown }).ckeditor ??= editor;
  return {
    kind: 'ckeditor5',
    text,
    html: () => editor.getData(),
    setText(value) {
      editor.model.change((writer) => {
        writer.remove(writer.createRangeIn(root));
        let last: ModelElement | undefined;
        for (const line of value.replace(/\r\n?/g, '\n').split('\n')) {
          last = writer.createElement('paragraph');
          if (line) writer.insertText(line, last);
          writer.append(last, root);
        }
        if (last) writer.setSelection(writer.createPositionAt(last, 'end'));
      });
    },
    focus: () => editor.editing.view.focus(),
    onChange: (l) => listeners.push(l),
  };
}

/** A block's text: text nodes as they are, soft breaks (Shift+Enter) as newlines. */
function blockText(block: ModelElement): string {
  return Array.from(block.getChildren(), (node: ModelNode) => {
    if (node.is('$text')) return node.data;
    if (node.is('element', 'softBreak')) return '\n';
    return '';
  }).join('');
}
