import { createProseMirror } from '../shared/editors/prosemirror';
import { editorPage } from './shell';

editorPage('prosemirror', (slot) => createProseMirror(slot, { label: 'Reply' }));
