/** Cross-validated figures: rows flagged out of fold, and held-out dialogues replayed with their fold's model. */
import { analyzeConversation } from '../../lib/analyzer/conversation';
import { type ModelFile, setActiveModel } from '../../lib/analyzer/model/linear';
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

/** Whether the replayed dialogue reached `escalating` (the eval's dialogue task), with the active model. */
export function dialogueFlagged(d: DialogueRow): boolean {
  const turns = d.turns.map((t, i) => ({
    key: String(i),
    role: (t.speaker === 'agent' ? 'agent' : 'customer') as Role,
    text: t.text,
  }));
  const peak = analyzeConversation(turns).peak;
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
    setActiveModel({ ...model, threshold });
    dialogues.forEach((d, i) => {
      if (foldOf[i] !== k) return;
      const isPos = d.derived_dialogue_labels.some((l) => l === 'frustration' || l === 'anger');
      const isNeg = d.derived_dialogue_labels.length === 1 && d.derived_dialogue_labels[0] === 'calm';
      if (!isPos && !isNeg) return;
      const flagged = dialogueFlagged(d);
      if (isPos) pos++;
      else neg++;
      if (flagged && isPos) tp++;
      if (flagged && isNeg) fp++;
    });
  });
  setActiveModel();
  return figures(tp, fp, pos, neg);
}
