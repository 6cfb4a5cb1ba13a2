/** Reading the labelled JSON Lines files of ../shared/eval (schema in its README). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface TurnRow {
  id: string;
  text: string;
  labels: string[];
  split?: string;
  /** The agent's message the customer answered (ConvAbuse, the challenge set): the analyzer reads the reply in it. */
  agent_before?: string;
  /** Signals the row must not raise although it is not calm (the challenge set's "angry at a product, not at you"). */
  not?: string[];
}

export interface DialogueRow {
  dialogue_id: string;
  derived_dialogue_labels: string[];
  turns: { speaker: string; text: string; labels?: string[] }[];
}

export type EvalFile =
  | { name: string; kind: 'turns'; rows: TurnRow[]; note: string }
  | { name: string; kind: 'dialogues'; rows: DialogueRow[]; note: string };

/** Expand folders into their .jsonl files, in name order. */
export function listFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith('.jsonl')) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

/** The rows of a JSONL file, one object per non-empty line (the one reader for eval and training). */
export function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Load one file; rows with a `split` field are scored only when split is "dev" (train rows are for training). */
export function loadFile(path: string): EvalFile {
  const rows = readJsonl(path);
  const name = basename(path);
  if (rows.length > 0 && Array.isArray(rows[0]?.turns)) {
    return { name, kind: 'dialogues', rows: rows as unknown as DialogueRow[], note: '' };
  }
  const all = rows as unknown as TurnRow[];
  const hasSplit = all.some((r) => typeof r.split === 'string');
  const kept = hasSplit ? all.filter((r) => r.split === 'dev') : all;
  const note = hasSplit ? `scored on split=="dev" rows only (${kept.length} of ${all.length})` : '';
  return { name, kind: 'turns', rows: kept, note };
}
