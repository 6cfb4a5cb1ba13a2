import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Author, DemoData, InboxEntry, Line, Transcript } from './pages/shared/types';

const TRANSCRIPTS_DIR = join(import.meta.dirname, 'transcripts');
const AUTHORS: readonly Author[] = ['customer', 'agent', 'bot', 'note', 'system'];

/** Every transcript (tools/demo/transcripts/*.json but inbox.json) and the background inbox, validated. */
export function loadDemoData(dir = TRANSCRIPTS_DIR): DemoData {
  const transcripts: Record<string, Transcript> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'inbox.json')) {
    transcripts[basename(file, '.json')] = checkTranscript(readJson(join(dir, file)), file);
  }
  const inbox = readJson(join(dir, 'inbox.json'));
  if (!Array.isArray(inbox)) throw new Error('inbox.json: expected an array');
  return { transcripts, inbox: inbox.map((e, i) => checkInbox(e, `inbox.json[${i}]`)) };
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function checkTranscript(raw: unknown, where: string): Transcript {
  const t = raw as Transcript;
  for (const key of ['customer', 'agent', 'bot'] as const) {
    if (typeof t?.[key]?.name !== 'string') throw new Error(`${where}: ${key}.name missing`);
  }
  if (typeof t.subject !== 'string') throw new Error(`${where}: subject missing`);
  checkLines(t.history, `${where} history`);
  checkLines(t.script, `${where} script`);
  return t;
}

function checkInbox(raw: unknown, where: string): InboxEntry {
  const e = raw as InboxEntry;
  if (typeof e?.subject !== 'string' || typeof e.customer?.name !== 'string') {
    throw new Error(`${where}: subject or customer.name missing`);
  }
  checkLines(e.history, `${where} history`);
  return e;
}

function checkLines(lines: unknown, where: string): asserts lines is Line[] {
  if (!Array.isArray(lines)) throw new Error(`${where}: expected an array`);
  lines.forEach((l: Line, i) => {
    if (!AUTHORS.includes(l?.from) || typeof l.text !== 'string' || !l.text.trim()) {
      throw new Error(`${where}[${i}]: needs from (${AUTHORS.join('|')}) and text`);
    }
  });
}
