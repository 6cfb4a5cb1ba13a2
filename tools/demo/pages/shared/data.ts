import type { DemoData, Line, Message, Person, PostOptions, Transcript } from './types';

/** The JSON the server embedded in the page. */
export function readDemoData(): DemoData {
  const el = document.getElementById('demo-data');
  if (!el?.textContent) throw new Error('demo page: no #demo-data');
  return JSON.parse(el.textContent) as DemoData;
}

export interface ScriptParams {
  script: string;
  /** Milliseconds between scripted lines. */
  speed: number;
  autoplay: boolean;
}

/** `?script=escalation&speed=4000&autoplay=1` (all optional). */
export function readScriptParams(search = location.search): ScriptParams {
  const q = new URLSearchParams(search);
  const speed = Number(q.get('speed'));
  return {
    script: q.get('script') || 'escalation',
    speed: Number.isFinite(speed) && speed > 0 ? speed : 4000,
    autoplay: q.get('autoplay') !== '0',
  };
}

/** The transcript named in the URL, or the first one when the name is unknown. */
export function pickTranscript(data: DemoData, name: string): Transcript {
  const found = data.transcripts[name] ?? data.transcripts.escalation ?? Object.values(data.transcripts)[0];
  if (!found) throw new Error('demo page: no transcripts');
  return found;
}

export interface People {
  customer: Person;
  agent: Person;
  bot: Person;
}

/** Name shown for a line: its own, else the person its author maps to. */
export function nameFor(line: Line, people: People): string {
  if (line.name) return line.name;
  if (line.from === 'customer') return people.customer.name;
  if (line.from === 'bot') return people.bot.name;
  if (line.from === 'system') return 'System';
  return people.agent.name;
}

/** History lines become messages spaced 50 s apart, the last one two minutes before `now`. */
export function historyMessages(lines: Line[], people: People, now = Date.now()): Message[] {
  return lines.map((line, i) => ({
    from: line.from,
    name: nameFor(line, people),
    text: line.text,
    at: new Date(now - 120_000 - (lines.length - 1 - i) * 50_000),
  }));
}

export function toDate(at: PostOptions['at']): Date {
  if (at === undefined) return new Date();
  const d = at instanceof Date ? at : new Date(at);
  return Number.isNaN(d.getTime()) ? new Date() : d;
}

// One formatter each: toLocale*String builds a new Intl formatter per call, too slow for 5,000-message tests.
const CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

/** "14:05", as a chat log shows it. */
export function clock(d: Date): string {
  return CLOCK.format(d);
}

/** "Mar 4, 2025 14:05", for title attributes. */
export function longDate(d: Date): string {
  return `${DAY.format(d)} ${CLOCK.format(d)}`;
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

/** Split text into lines for rendering; keeps empty lines so paragraphs stay apart. */
export function textLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}
