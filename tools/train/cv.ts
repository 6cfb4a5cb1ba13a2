/** Cross-validated figures: rows flagged out of fold, and held-out dialogues replayed with their fold's model. */
import { writeFileSync } from 'node:fs';
import { analyzeConversation } from '../../lib/analyzer/conversation';
import { analyzeMessage, decide, type Gathered } from '../../lib/analyzer/escalation';
import {
  fromFile,
  type LinearModel,
  type ModelEstimate,
  type ModelFile,
} from '../../lib/analyzer/model/linear';
import type { Role } from '../../lib/chat';
import type { DialogueRow } from '../eval/data';
import { type Figures, figures } from '../eval/score';
import type { Row } from './data';

/** The eval's figures, computed the same way on out-of-fold predictions. */
export type CvFigures = Figures;

/** Figures of one source's rows, given which rows the analyzer flagged. */
export function rowFigures(rows: readonly Row[], flagged: readonly boolean[], source: string): CvFigures {
  let tp = 0;
  let fp = 0;
  let pos = 0;
  let neg = 0;
  rows.forEach((r, i) => {
    if (r.source !== source) return;
    if (r.y === 1) pos++;
    else neg++;
    if (flagged[i] && r.y === 1) tp++;
    if (flagged[i] && r.y === 0) fp++;
  });
  return figures(tp, fp, pos, neg);
}

/** Whether the replayed dialogue reached `escalating` (the eval's dialogue task), judged with `feeling`. */
export function dialogueFlagged(d: DialogueRow, feeling: LinearModel): boolean {
  const turns = d.turns.map((t, i) => ({
    key: String(i),
    role: (t.speaker === 'agent' ? 'agent' : 'customer') as Role,
    text: t.text,
  }));
  const peak = analyzeConversation(turns, { models: { feeling } }).peak;
  return peak === 'escalating' || peak === 'critical';
}

/** Dialogue figures, each dialogue replayed with the model of the fold that did not train on its turns. */
export function dialogueFigures(
  dialogues: readonly DialogueRow[],
  foldOf: readonly number[],
  models: readonly ModelFile[],
  threshold: number,
): CvFigures {
  let tp = 0;
  let fp = 0;
  let pos = 0;
  let neg = 0;
  models.forEach((model, k) => {
    const feeling = fromFile({ ...model, threshold });
    dialogues.forEach((d, i) => {
      if (foldOf[i] !== k) return;
      const isPos = d.derived_dialogue_labels.some((l) => l === 'frustration' || l === 'anger');
      const isNeg = d.derived_dialogue_labels.length === 1 && d.derived_dialogue_labels[0] === 'calm';
      if (!isPos && !isNeg) return;
      const flagged = dialogueFlagged(d, feeling);
      if (isPos) pos++;
      else neg++;
      if (flagged && isPos) tp++;
      if (flagged && isNeg) fp++;
    });
  });
  return figures(tp, fp, pos, neg);
}

const SOURCES = ['goemotions', 'maia', 'vader', 'bitext'] as const;

/** Out-of-fold estimates of every row, and each fold's model. */
export interface OutOfFold {
  probability: Float64Array;
  top: ModelEstimate['top'][];
  models: ModelFile[];
}

/** Cross-validated figures of the whole analyzer at one threshold. */
export function analyzerFigures(
  rows: readonly Row[],
  seen: readonly Gathered[],
  oof: OutOfFold,
  dialogues: readonly DialogueRow[],
  dialogueFold: readonly number[],
  threshold: number,
): Record<string, CvFigures> {
  // The estimates are already made: the analyzer only needs the threshold to decide at.
  const models = { feeling: fromFile({ bias: 0, threshold, weights: {} }) };
  const flagged = rows.map((_, i) => {
    const g = seen[i] as Gathered;
    if (g.tokens.length === 0 || g.language === 'unknown') return false;
    const estimate = { probability: oof.probability[i] as number, top: oof.top[i] ?? [] };
    const a = decide(g, estimate, 'default', undefined, models);
    return a.signals.some((s) => s.name === 'frustration' || s.name === 'anger' || s.name === 'abusive');
  });
  const table: Record<string, CvFigures> = {};
  for (const source of SOURCES) table[source] = rowFigures(rows, flagged, source);
  const modelOnly = rows.map((_, i) => (oof.probability[i] as number) >= threshold);
  for (const source of SOURCES) table[`${source}_model`] = rowFigures(rows, modelOnly, source);
  table.maia_dialogues = dialogueFigures(dialogues, dialogueFold, oof.models, threshold);
  return table;
}

/** Every held-out dialogue's customer turns as the analyzer saw them with the fold's model, around threshold t. */
export function dumpDialogues(
  file: string,
  dialogues: readonly DialogueRow[],
  fold: readonly number[],
  oof: OutOfFold,
  t: number,
) {
  const out: unknown[] = [];
  for (const threshold of [t - 0.04, t - 0.02, t, t + 0.02, t + 0.04]) {
    const at = Math.round(threshold * 1000) / 1000;
    oof.models.forEach((model, k) => {
      const models = { feeling: fromFile({ ...model, threshold: at }) };
      dialogues.forEach((d, i) => {
        if (fold[i] !== k) return;
        const turns = d.turns.map((turn) =>
          turn.speaker === 'agent'
            ? { role: 'agent' }
            : { role: 'customer', labels: turn.labels, ...analyzeMessage(turn.text, { models }) },
        );
        out.push({
          threshold: at,
          id: d.dialogue_id,
          labels: d.derived_dialogue_labels,
          turns,
        });
      });
    });
  }
  writeFileSync(file, `${JSON.stringify(out)}\n`);
}
