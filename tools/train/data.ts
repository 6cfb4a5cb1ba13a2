/** The training rows: goemotions.jsonl's train split and the other dev files (never goemotions' dev split). */
import { join } from 'node:path';
import { type DialogueRow, readJsonl } from '../eval/data';

export interface Row {
  source: string;
  /** The text as the eval reads it. */
  text: string;
  /** The text with one dataset's placeholders blanked, for the model's features. */
  clean: string;
  y: number;
  weight: number;
  /** Rows of one group share a fold (a MAIA dialogue's turns). */
  group: string;
}

const POSITIVE = new Set(['frustration', 'anger', 'negative']);
const read = (dir: string, file: string) => readJsonl(join(dir, file));
const clean = (text: string) => text.replace(/#[A-Z_]+#|\[[A-Z]+\]/g, ' ');

function label(labels: string[]): number | null {
  if (labels.some((l) => POSITIVE.has(l))) return 1;
  if (labels.length === 1 && labels[0] === 'calm') return 0;
  return null;
}

export interface Weighting {
  /** Weight of a MAIA turn: the support chats the product is for, and few of them. */
  maiaWeight: number;
  /** Extra weight of positive rows. */
  posWeight: number;
  /** Weight of Bitext's calm requests: the hard negatives the product must keep calm (cancel an order, a fee). */
  bitextWeight: number;
}

export function loadRows(dir: string, w: Weighting): Row[] {
  const rows: Row[] = [];
  const add = (
    source: string,
    file: string,
    weight: number,
    keep: (r: Record<string, unknown>) => boolean,
  ) => {
    for (const r of read(dir, file)) {
      if (!keep(r)) continue;
      const y = label(r.labels as string[]);
      if (y === null) continue;
      const group = String(r.dialogue_id ?? r.id);
      const text = String(r.text);
      rows.push({ source, text, clean: clean(text), y, weight: weight * (y === 1 ? w.posWeight : 1), group });
    }
  };
  add('goemotions', 'goemotions.jsonl', 1, (r) => r.split === 'train');
  add('maia', 'maia_dev_turns.jsonl', w.maiaWeight, () => true);
  add('vader', 'vader_tweets.jsonl', 1, () => true);
  // Bitext's calm requests are hard negatives (payment problems, cancelled orders); its threats are not this model's.
  add('bitext', 'bitext_cs.jsonl', w.bitextWeight, (r) => (r.labels as string[]).join() === 'calm');
  return rows;
}

export function loadDialogues(dir: string): DialogueRow[] {
  return read(dir, 'maia_dev_dialogues.jsonl') as unknown as DialogueRow[];
}
