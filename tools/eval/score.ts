/** The scoring protocol of ../shared/eval/README.md: tasks, positives, negatives and the figures per task. */
import { rng } from '../train/logreg';
import type { DialogueRow, EvalFile, TurnRow } from './data';

export interface Figures {
  n_pos: number;
  n_neg: number;
  precision: number;
  recall: number;
  f1: number;
  false_flag_rate: number;
  /**
   * 95% interval of F1 when the rows are resampled (scoreFile only): how far the figure would move on another sample
   * of the same size. A guard on a few hundred positives cannot tell a change of 0.01 from the sample's noise.
   */
  f1_ci95?: [number, number];
}

/**
 * A predictor answers, per text (and the agent's message it answers, when the row has one), which signals it raises;
 * per dialogue, whether it reached `escalating`.
 */
export interface Predictor {
  signals(text: string, agentBefore?: string): ReadonlySet<string>;
  dialogueFlagged(dialogue: DialogueRow): boolean;
}

const THREATS = ['threat_churn', 'threat_complaint', 'threat_escalation', 'threat_legal'];
const NEGATIVE = ['frustration', 'anger', 'abusive'];

/** task → [labels that make a row positive, signals that make a prediction positive]. */
export const TURN_TASKS: Record<string, [string[], string[]]> = {
  negative: [[...NEGATIVE, 'negative'], NEGATIVE],
  frustration: [['frustration'], ['frustration']],
  anger: [['anger'], ['anger']],
  abusive: [['abusive'], ['abusive']],
  threat_churn: [['threat_churn'], ['threat_churn']],
  threat_complaint: [['threat_complaint'], ['threat_complaint']],
  threat_escalation: [['threat_escalation'], ['threat_escalation']],
  threat_legal: [['threat_legal'], ['threat_legal']],
  threat_any: [THREATS, THREATS],
};

/** Precision, recall, F1 and false-flag rate from counts (also used by tools/train's cross-validation). */
export function figures(tp: number, fp: number, nPos: number, nNeg: number): Figures {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = nPos === 0 ? 0 : tp / nPos;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { n_pos: nPos, n_neg: nNeg, precision, recall, f1, false_flag_rate: nNeg === 0 ? 0 : fp / nNeg };
}

/** One scored row: a positive flagged or missed, a negative flagged or left calm. */
export type Outcome = 'tp' | 'fn' | 'fp' | 'tn';

/**
 * Percentile bootstrap of F1: `resamples` draws of as many rows as there are, with replacement, from a fixed seed (the
 * same rows give the same interval on every run).
 */
export function f1Interval(outcomes: readonly Outcome[], resamples = 1000, seed = 1): [number, number] {
  const n = outcomes.length;
  if (n === 0) return [0, 0];
  const code = Uint8Array.from(outcomes, (o) => ['tp', 'fn', 'fp', 'tn'].indexOf(o));
  const random = rng(seed);
  const f1s = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    const count = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) (count[code[Math.floor(random() * n)] as number] as number)++;
    const [tp, fn, fp] = count as [number, number, number, number];
    f1s[b] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fn + fp);
  }
  f1s.sort();
  const at = (q: number) =>
    Math.round((f1s[Math.min(resamples - 1, Math.floor(q * resamples))] as number) * 1000) / 1000;
  return [at(0.025), at(0.975)];
}

const outcome = (pos: boolean, flagged: boolean): Outcome =>
  pos ? (flagged ? 'tp' : 'fn') : flagged ? 'fp' : 'tn';

const isCalm = (labels: readonly string[]) => labels.length === 1 && labels[0] === 'calm';

export interface Errors {
  missed: string[];
  falseFlags: string[];
}

/** Score one file with one predictor: figures per task (tasks without positives are skipped). */
export function scoreFile(
  file: EvalFile,
  predictor: Predictor,
  errors?: Map<string, Errors>,
): Record<string, Figures> {
  const out: Record<string, Figures> = {};
  if (file.kind === 'dialogues') {
    let tp = 0;
    let fp = 0;
    let nPos = 0;
    let nNeg = 0;
    const err: Errors = { missed: [], falseFlags: [] };
    const outcomes: Outcome[] = [];
    for (const d of file.rows) {
      const pos = d.derived_dialogue_labels.some((l) => l === 'frustration' || l === 'anger');
      const neg = isCalm(d.derived_dialogue_labels);
      if (!pos && !neg) continue;
      const flagged = predictor.dialogueFlagged(d);
      outcomes.push(outcome(pos, flagged));
      if (pos) nPos++;
      else nNeg++;
      if (pos && flagged) tp++;
      if (neg && flagged) {
        fp++;
        err.falseFlags.push(d.dialogue_id);
      }
      if (pos && !flagged) err.missed.push(d.dialogue_id);
    }
    if (nPos > 0) out.dialogue = { ...figures(tp, fp, nPos, nNeg), f1_ci95: f1Interval(outcomes) };
    errors?.set('dialogue', err);
    return out;
  }
  for (const [task, [labels, signals]] of Object.entries(TURN_TASKS)) {
    let tp = 0;
    let fp = 0;
    let nPos = 0;
    let nNeg = 0;
    const err: Errors = { missed: [], falseFlags: [] };
    const outcomes: Outcome[] = [];
    for (const row of file.rows as TurnRow[]) {
      const pos = row.labels.some((l) => labels.includes(l));
      // A row that names the signals it must not raise is a negative for them ("this stupid printer" is not abuse).
      const neg = !pos && (isCalm(row.labels) || (row.not ?? []).some((l) => labels.includes(l)));
      if (!pos && !neg) continue;
      const raised = predictor.signals(row.text, row.agent_before);
      const flagged = signals.some((s) => raised.has(s));
      outcomes.push(outcome(pos, flagged));
      if (pos) nPos++;
      else nNeg++;
      if (pos && flagged) tp++;
      if (neg && flagged) {
        fp++;
        err.falseFlags.push(row.text);
      }
      if (pos && !flagged) err.missed.push(row.text);
    }
    if (nPos === 0) continue;
    out[task] = { ...figures(tp, fp, nPos, nNeg), f1_ci95: f1Interval(outcomes) };
    errors?.set(task, err);
  }
  return out;
}
