/**
 * npm run train -- [--data ../shared/eval] [--folds 5] [--seed 42] [--l2 3e-4] [--maia-weight 8] [--nb-alpha 1] [--dry-run] [--sweep]
 *   [--threshold T] [--dump FILE]
 * Trains the frustration/anger model (lib/analyzer/model/weights.json) on goemotions.jsonl's train split and the
 * other dev files, and reports cross-validated figures of the whole analyzer, not of the model alone: every held-out
 * row goes through the analyzer's own decision (rules + the fold's model), and every held-out MAIA dialogue is
 * replayed turn by turn through analyzeConversation with the fold's model. The threshold is chosen on those
 * out-of-fold figures. Folds: MAIA by dialogue (turns of one chat never straddle train and test), other rows one by
 * one; the seed fixes them, and the fit itself (L-BFGS) is deterministic.
 * Placeholders of one dataset (#PRS_ORG#, [NAME]) are blanked before featurising, so no weight keys on them.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeMessage, decide, type Gathered, gather } from '../../lib/analyzer/escalation';
import { featuresOf } from '../../lib/analyzer/model/features';
import {
  type ModelEstimate,
  type ModelFile,
  modelEstimate,
  setActiveModel,
} from '../../lib/analyzer/model/linear';
import { packModel } from '../../lib/analyzer/model/packed';
import { trainAbuse } from './abuse';
import { type CvFigures, dialogueFigures, rowFigures } from './cv';
import { loadDialogues, loadRows, type Row } from './data';
import { type Example, rng, type Trained, train } from './logreg';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const dataDir = resolve(opt('data', '../shared/eval'));
const folds = Number(opt('folds', '5'));
const seed = Number(opt('seed', '42'));
const maxFeatures = Number(opt('max-features', '9000'));
const out = resolve(opt('out', 'lib/analyzer/model/weights.json'));
const l2 = Number(opt('l2', '3e-4'));
const denseL2 = Number(opt('dense-l2', '0.1'));
const iterations = Number(opt('iterations', '300'));
const minDf = Number(opt('min-df', '3'));
const maiaWeight = Number(opt('maia-weight', '8'));
const posWeight = Number(opt('pos-weight', '1'));
const bitextWeight = Number(opt('bitext-weight', '3'));
const sweep = args.includes('--sweep');
// NBSVM (Wang & Manning 2012): each sparse feature scaled by its log-count ratio on the training rows; 0 turns it off.
const nbAlpha = Number(opt('nb-alpha', '1'));

const t0 = performance.now();
const rows = loadRows(dataDir, { maiaWeight, posWeight, bitextWeight });
const dialogues = loadDialogues(dataDir);
console.error(`rows: ${rows.length} (${[...new Set(rows.map((r) => r.source))].join(', ')})`);

// Model features from the cleaned text; the analyzer's own view (rules, and the fold model at test time) from the
// text as the eval reads it.
const seen: Gathered[] = [];
const featurised = rows.map((r, i) => {
  const g = gather(r.clean);
  seen[i] = r.clean === r.text ? g : gather(r.text);
  return featuresOf(g.tokens, g.cues).map((f) => [f.name, f.value] as const);
});

// Vocabulary: dense cues always, sparse features seen in at least minDf rows.
const df = new Map<string, number>();
for (const fs of featurised) for (const [name] of fs) df.set(name, (df.get(name) ?? 0) + 1);
const vocab = [...df.entries()]
  .filter(([n, c]) => n.startsWith('d:') || c >= minDf)
  .map(([n]) => n)
  .sort();
const index = new Map(vocab.map((n, i) => [n, i]));
// Dense cues are few and carry the rules' evidence: a lighter penalty lets them speak for rare words.
const penalty = Float64Array.from(vocab, (n) => (n.startsWith('d:') ? denseL2 : 1));
const examples: Example[] = featurised.map((fs, i) => {
  const kept = fs.filter(([n]) => index.has(n));
  const row = rows[i] as Row;
  return {
    idx: Int32Array.from(kept.map(([n]) => index.get(n) as number)),
    val: Float32Array.from(kept.map(([, v]) => v)),
    y: row.y,
    weight: row.weight,
  };
});
console.error(`features: ${vocab.length}`);

const fitOptions = { l2, iterations, penalty };
const isDense = vocab.map((n) => n.startsWith('d:'));

/**
 * Log-count ratios r = log((p/|p|)/(q/|q|)) of the sparse features over the rows `use` keeps (p, q: the weighted
 * counts in positive and negative rows plus nbAlpha); dense cues keep 1. Only ever computed on training rows.
 */
function logCountRatios(use: (i: number) => boolean): Float64Array {
  const r = new Float64Array(vocab.length).fill(1);
  if (!(nbAlpha > 0)) return r;
  const p = new Float64Array(vocab.length).fill(nbAlpha);
  const q = new Float64Array(vocab.length).fill(nbAlpha);
  examples.forEach((ex, i) => {
    if (!use(i)) return;
    const counts = ex.y === 1 ? p : q;
    for (let f = 0; f < ex.idx.length; f++) {
      const d = ex.idx[f] as number;
      counts[d] = (counts[d] as number) + ex.weight * (ex.val[f] as number);
    }
  });
  let sp = 0;
  let sq = 0;
  for (let d = 0; d < vocab.length; d++) {
    if (isDense[d]) continue;
    sp += p[d] as number;
    sq += q[d] as number;
  }
  for (let d = 0; d < vocab.length; d++)
    if (!isDense[d]) r[d] = Math.log((p[d] as number) / sp / ((q[d] as number) / sq));
  return r;
}

/** Logistic regression on the r-scaled features of the rows `use` keeps, as weights on the unscaled features. */
function fitScaled(use: (i: number) => boolean): Trained {
  const r = logCountRatios(use);
  const scaled = examples
    .filter((_, i) => use(i))
    .map((ex) => ({
      ...ex,
      val: Float32Array.from(ex.val, (v, f) => v * (r[ex.idx[f] as number] as number)),
    }));
  const model = train(scaled, vocab.length, fitOptions);
  return { bias: model.bias, w: Float64Array.from(model.w, (w, d) => w * (r[d] as number)) };
}

/** The weights file: the strongest weights (all dense cues), rounded. */
function exportModel(model: Trained, threshold: number): ModelFile {
  const ranked = vocab
    .map((name, i) => [name, model.w[i] as number] as const)
    .filter(([name, w]) => name.startsWith('d:') || Math.abs(w) >= 0.02)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, maxFeatures)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const weights = Object.fromEntries(ranked.map(([n, w]) => [n, Math.round(w * 1000) / 1000]));
  return { bias: Math.round(model.bias * 1000) / 1000, threshold, weights };
}

// Folds by group.
const random = rng(seed);
const groupFold = new Map<string, number>();
const fold = rows.map((r) => {
  let f = groupFold.get(r.group);
  if (f === undefined) {
    f = Math.floor(random() * folds);
    groupFold.set(r.group, f);
  }
  return f;
});
// Dialogues never seen by the turn rows still get a fold of their own.
const dialogueFold = dialogues.map((d) => groupFold.get(d.dialogue_id) ?? Math.floor(random() * folds));

const oof = new Float64Array(rows.length);
const oofTop: ModelEstimate['top'][] = [];
const foldModels: ModelFile[] = [];
for (let k = 0; k < folds; k++) {
  const model = exportModel(
    fitScaled((i) => fold[i] !== k),
    0.5,
  );
  foldModels.push(model);
  // The held-out rows through the analyzer's own estimate, with this fold's weights.
  setActiveModel(model);
  rows.forEach((_, i) => {
    if (fold[i] !== k) return;
    const g = seen[i] as Gathered;
    const e = modelEstimate(g.tokens, g.cues);
    oof[i] = e.probability;
    oofTop[i] = e.top;
  });
  console.error(`fold ${k + 1}/${folds} done (${Math.round((performance.now() - t0) / 1000)} s)`);
}

const SOURCES = ['goemotions', 'maia', 'vader', 'bitext'] as const;

/** Cross-validated figures of the whole analyzer at one threshold. */
function evaluate(threshold: number): Record<string, CvFigures> {
  setActiveModel({ bias: 0, threshold, weights: {} });
  const flagged = rows.map((_, i) => {
    const g = seen[i] as Gathered;
    if (g.tokens.length === 0 || g.language === 'unknown') return false;
    const a = decide(g, { probability: oof[i] as number, top: oofTop[i] ?? [] }, 'default');
    return a.signals.some((s) => s.name === 'frustration' || s.name === 'anger' || s.name === 'abusive');
  });
  const table: Record<string, CvFigures> = {};
  for (const source of SOURCES) table[source] = rowFigures(rows, flagged, source);
  const modelOnly = rows.map((_, i) => (oof[i] as number) >= threshold);
  for (const source of SOURCES) table[`${source}_model`] = rowFigures(rows, modelOnly, source);
  table.maia_dialogues = dialogueFigures(dialogues, dialogueFold, foldModels, threshold);
  setActiveModel();
  return table;
}

// Threshold: best mean F1 over Reddit comments, support turns and support dialogues, while calm support turns stay
// flagged ≤ 8% (a margin under the 10% the product allows) and calm dialogues reach `escalating` ≤ 25%.
let best = { t: 0.5, score: -1 };
const round = (x: number) => Math.round(x * 1000) / 1000;
for (let t = 0.1; t <= 0.6 + 1e-9; t += 0.01) {
  const th = Math.round(t * 100) / 100;
  const f = evaluate(th);
  const go = f.goemotions as CvFigures;
  const maia = f.maia as CvFigures;
  const dlg = f.maia_dialogues as CvFigures;
  const score = (go.f1 + maia.f1 + dlg.f1) / 3;
  const gm = f.goemotions_model as CvFigures;
  const mm = f.maia_model as CvFigures;
  if (sweep)
    console.error(
      `t=${th.toFixed(2)} go ${round(go.f1)} maia ${round(maia.f1)}/${round(maia.false_flag_rate)} dlg ${round(dlg.f1)}/${round(dlg.false_flag_rate)} score ${round(score)} | model go ${round(gm.f1)} maia ${round(mm.f1)}/${round(mm.false_flag_rate)}`,
    );
  if (maia.false_flag_rate > 0.08 || dlg.false_flag_rate > 0.25) continue;
  if (score > best.score) best = { t: th, score };
}
const forced = opt('threshold', '');
if (forced) best = { t: Number(forced), score: 0 };
if (best.score < 0) console.error('no threshold meets the false-flag limits; falling back to 0.5');
const cv = evaluate(best.t);
const table = Object.fromEntries(
  Object.entries(cv).map(([k, f]) => [
    k,
    Object.fromEntries(Object.entries(f).map(([m, v]) => [m, round(v)])),
  ]),
);
console.log(
  JSON.stringify({
    folds,
    seed,
    l2,
    nb_alpha: nbAlpha,
    dense_l2: denseL2,
    min_df: minDf,
    maia_weight: maiaWeight,
    bitext_weight: bitextWeight,
    threshold: best.t,
    cross_validated: table,
  }),
);

// --dump FILE: every held-out dialogue's customer turns as the analyzer saw them with the fold's model, at a few
// thresholds around the chosen one, for tuning conversation.ts on out-of-fold analyses (nothing is fitted here).
const dump = opt('dump', '');
if (dump) {
  const out: unknown[] = [];
  for (const threshold of [best.t - 0.04, best.t - 0.02, best.t, best.t + 0.02, best.t + 0.04]) {
    foldModels.forEach((model, k) => {
      setActiveModel({ ...model, threshold: round(threshold) });
      dialogues.forEach((d, i) => {
        if (dialogueFold[i] !== k) return;
        const turns = d.turns.map((t) =>
          t.speaker === 'agent'
            ? { role: 'agent' }
            : { role: 'customer', labels: t.labels, ...analyzeMessage(t.text) },
        );
        out.push({
          threshold: round(threshold),
          id: d.dialogue_id,
          labels: d.derived_dialogue_labels,
          turns,
        });
      });
    });
  }
  setActiveModel();
  writeFileSync(dump, `${JSON.stringify(out)}\n`);
}

// The abuse model: its own rows, folds and threshold (tools/train/abuse.ts).
const abuse = trainAbuse({
  dir: dataDir,
  seed,
  folds,
  l2: Number(opt('abuse-l2', '1e-4')),
  maxFeatures: Number(opt('abuse-max-features', '30000')),
  minDf: 2,
  sweep,
});
console.log(
  JSON.stringify({
    abuse_threshold: abuse.file.threshold,
    abuse_cross_validated: Object.fromEntries(
      Object.entries(abuse.figures).map(([k, f]) => [
        k,
        Object.fromEntries(Object.entries(f).map(([m, v]) => [m, round(v)])),
      ]),
    ),
  }),
);

if (!args.includes('--dry-run')) {
  const abuseOut = resolve(opt('abuse-out', 'lib/analyzer/model/abuse-weights.json'));
  writeFileSync(abuseOut, `${JSON.stringify(packModel(abuse.file), null, 2)}\n`);
  console.error(`wrote ${abuseOut}: ${Object.keys(abuse.file.weights).length} weights`);
  const file = exportModel(
    fitScaled(() => true),
    best.t,
  );
  // Packed (names and weights as two arrays) so the service worker parses it fast; one entry a line, as biome keeps it.
  const text = `${JSON.stringify(packModel(file), null, 2)}\n`;
  writeFileSync(out, text);
  console.error(`wrote ${out}: ${Object.keys(file.weights).length} weights, ${text.length} bytes`);
}
console.error(`done in ${Math.round((performance.now() - t0) / 1000)} s`);
