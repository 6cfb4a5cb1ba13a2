import { h } from '../shared/dom';
import { createCkEditor } from '../shared/editors/ckeditor';
import { editorPage } from './shell';

editorPage('ckeditor5', (slot) => {
  const el = h('div', { 'aria-label': 'Reply' });
  slot.append(el);
  return createCkEditor(el, 'Type a reply…');
});
