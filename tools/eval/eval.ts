/**
 * npm run eval -- [--json] [--errors N] [files or folders...]   (default ../shared/eval and our challenge set)
 * Scores Poise and the plain AFINN baseline on the same rows in the same run (protocol: ../shared/eval/README.md).
 * The challenge set (tests/fixtures/challenge, written apart from all training data and never trained on) is scored
 * beside the third-party files, after a check that none of its rows copies one of theirs.
 */
import { resolve } from 'node:path';
import { type EvalFile, listFiles, loadFile, type TurnRow } from './data';
import { copiedRows } from './overlap';
import { afinnBaseline, poise } from './predictors';
import { type Errors, type Figures, scoreFile } from './score';

const args = process.argv.slice(2);
const json = args.includes('--json');
const errIdx = args.indexOf('--errors');
const showErrors = errIdx >= 0 ? Number(args[errIdx + 1] ?? 10) : 0;
const paths = args.filter((a, i) => !a.startsWith('--') && !(errIdx >= 0 && i === errIdx + 1));
const CHALLENGE = resolve(import.meta.dirname, '../../tests/fixtures/challenge/challenge.jsonl');
const files = listFiles(paths.length > 0 ? paths : [resolve(process.cwd(), '../shared/eval'), CHALLENGE]);

const ours: Record<string, Record<string, Figures>> = {};
const base: Record<string, Record<string, Figures>> = {};
const loaded: EvalFile[] = [];
const mine = poise();
const baseline = afinnBaseline();
const errors = new Map<string, Map<string, Errors>>();
for (const path of files) {
  const file = loadFile(path);
  loaded.push(file);
  const errs = new Map<string, Errors>();
  ours[file.name] = scoreFile(file, mine, errs);
  base[file.name] = scoreFile(file, baseline);
  errors.set(file.name, errs);
}

// Our own rows must not copy third-party ones: a copied row would measure memory of that source, not generalisation.
const own = loaded.filter((f) => f.kind === 'turns' && f.rows.some((r) => r.id.startsWith('challenge:')));
const theirs = loaded
  .filter((f) => !own.includes(f))
  .flatMap((f) =>
    f.kind === 'turns' ? f.rows.map((r) => r.text) : f.rows.flatMap((d) => d.turns.map((t) => t.text)),
  );
const copies = copiedRows(
  own.flatMap((f) => f.rows as TurnRow[]),
  theirs,
);
if (copies.length > 0) {
  for (const c of copies)
    console.error(`challenge row copies an eval row (${c.similarity.toFixed(2)}): ${c.text} ~ ${c.match}`);
  process.exit(1);
}

if (json) {
  process.stdout.write(`${JSON.stringify({ files: ours, baseline: { files: base } })}\n`);
} else {
  const pct = (x: number) => x.toFixed(2).padStart(5);
  const ci = (f: Figures) =>
    (f.f1_ci95 ? `${f.f1_ci95[0].toFixed(2)}–${f.f1_ci95[1].toFixed(2)}` : '').padStart(11);
  for (const file of loaded) {
    console.log(`\n${file.name}${file.note ? `  (${file.note})` : ''}`);
    console.log(
      `  ${'task'.padEnd(18)} ${'n_pos'.padStart(5)} ${'n_neg'.padStart(5)} | ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} ${'FFR'.padStart(5)} ${'F1 95%'.padStart(11)} | baseline ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} ${'FFR'.padStart(5)}`,
    );
    for (const [task, f] of Object.entries(ours[file.name] ?? {})) {
      const b = base[file.name]?.[task];
      const bcols = b ? `${pct(b.precision)} ${pct(b.recall)} ${pct(b.f1)} ${pct(b.false_flag_rate)}` : '';
      console.log(
        `  ${task.padEnd(18)} ${String(f.n_pos).padStart(5)} ${String(f.n_neg).padStart(5)} | ${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)} ${pct(f.false_flag_rate)} ${ci(f)} |          ${bcols}`,
      );
      const e = errors.get(file.name)?.get(task);
      if (showErrors > 0 && e) {
        for (const t of e.missed.slice(0, showErrors)) console.log(`      missed: ${t.slice(0, 160)}`);
        for (const t of e.falseFlags.slice(0, showErrors)) console.log(`      false:  ${t.slice(0, 160)}`);
      }
    }
  }
  console.log(
    '\nP precision, R recall, FFR false-flag rate (share of calm rows flagged), F1 95% the interval of F1 when the rows are\nresampled (seeded bootstrap): differences inside it may be the sample, not the analyzer; default sensitivity.',
  );
}
