/** Shapes shared by the demo pages, the transcripts under tools/demo/transcripts/ and the server that embeds them. */

/** Who wrote a line: `note` is an internal note by the agent, `system` an automated event line. */
export type Author = 'customer' | 'agent' | 'bot' | 'note' | 'system';

export interface Line {
  from: Author;
  text: string;
  /** Overrides the transcript's name for this author. */
  name?: string;
}

export interface Person {
  name: string;
  email?: string;
}

/** A scripted conversation: `history` is on screen at load, `script` is posted over time. */
export interface Transcript {
  subject: string;
  customer: Person;
  agent: Person;
  bot: Person;
  history: Line[];
  script: Line[];
}

/** A background conversation: mounted beside the scripted one, with a short history of its own. */
export interface InboxEntry {
  subject: string;
  customer: Person;
  history: Line[];
}

/** What the server embeds in each page as JSON (`<script type="application/json" id="demo-data">`). */
export interface DemoData {
  transcripts: Record<string, Transcript>;
  inbox: InboxEntry[];
}

/** One message as a page stores it. */
export interface Message {
  from: Author;
  name: string;
  text: string;
  at: Date;
}

/** One conversation of a demo helpdesk: who takes part and what was said before the script starts. */
export interface DemoConversation {
  id: string;
  subject: string;
  customer: Person;
  agent: Person;
  bot: Person;
  history: Message[];
}

export interface PostOptions {
  /** Author name; defaults to the conversation's customer or agent. */
  name?: string;
  /** When it was sent (ISO string, epoch ms or Date); defaults to now. */
  at?: string | number | Date;
  /** Post into this conversation id instead of the active one. */
  conversation?: string;
}

export interface ScriptControl {
  start(): void;
  pause(): void;
  /** Rewind the script and put the active conversation back to its history. */
  reset(): void;
  /** Post the next scripted lines up to and including the next customer message. */
  step(): void;
  readonly playing: boolean;
  /** Index of the next scripted line. */
  readonly position: number;
  readonly length: number;
}

/** The test hook every demo page installs as `window.__demo` (page MAIN world). */
export interface DemoHook {
  /** Editor pages only: which editor library the page mounts. */
  kind?: EditorKindName;
  /** Plain text from the editor's own model, `\n` between paragraphs. */
  editorText(): string;
  editorHtml?(): string;
  /** Replace the draft with `text` (lines become paragraphs) as if the agent had typed it: focused, caret at the end. */
  setDraft(text: string): void;
  postCustomer(text: string, opts?: PostOptions): void;
  postAgent(text: string, opts?: PostOptions): void;
  postNote(text: string, opts?: PostOptions): void;
  postBot(text: string, opts?: PostOptions): void;
  /** Helpdesk pages: show or hide the active conversation's "customer is typing" indicator. */
  setTyping?(on: boolean): void;
  script: ScriptControl;
  activeConversation(): string;
  /** Resolves once the editor(s) are mounted. */
  ready: Promise<void>;
}

export type EditorKindName = 'ckeditor5' | 'prosemirror' | 'draftjs' | 'slate' | 'textarea';

/** What a page needs from a mounted editor, whichever library it is. */
export interface EditorHandle {
  kind: EditorKindName;
  text(): string;
  html?(): string;
  setText(text: string): void;
  focus(): void;
  /** Called whenever the content changes, with whether it is empty. */
  onChange(listener: (empty: boolean) => void): void;
}
