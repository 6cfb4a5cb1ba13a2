/**
 * npm run bench -- [--json]
 * Analyzer timings against the budgets in design.md: per message p50/p95 (warm), cold start (import and first call)
 * and a 500-message conversation from cold, then one message added. Cold figures come from a fresh Node process that
 * loads the analyzer bundled with esbuild, as the extension ships it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { analyzeMessage } from '../../lib/analyzer';
import { percentile, report } from '../browser/stats';
import { conversation, customerMessages } from './analyzer-corpus';

const json = process.argv.includes('--json');

// Warm: every message timed on its own after a warm-up pass.
const messages = customerMessages(3000);
for (const m of messages.slice(0, 500)) analyzeMessage(m);
const times: number[] = [];
for (const m of messages) {
  const t0 = performance.now();
  analyzeMessage(m);
  times.push(performance.now() - t0);
}

// Cold: a fresh process imports the bundle, analyses one message, then a 500-turn conversation, then adds one turn.
const dir = mkdtempSync(join(tmpdir(), 'poise-bench-'));
const bundle = join(dir, 'analyzer.mjs');
await build({
  entryPoints: ['lib/analyzer/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  outfile: bundle,
  logLevel: 'error',
});
const turns = conversation(501);
writeFileSync(join(dir, 'turns.json'), JSON.stringify(turns));
const child = `
const turns = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(join(dir, 'turns.json'))}, 'utf8'));
(async () => {
  const t0 = performance.now();
  const a = await import(${JSON.stringify(bundle)});
  a.analyzeMessage('I have been waiting for hours and it is still not working');
  const cold = performance.now() - t0;
  const t1 = performance.now();
  const state = a.analyzeConversation(turns.slice(0, 500));
  const conv = performance.now() - t1;
  const t2 = performance.now();
  a.addTurn(state, turns[500]);
  const add = performance.now() - t2;
  console.log(JSON.stringify({ cold, conv, add }));
})();`;
const run = () =>
  JSON.parse(execFileSync(process.execPath, ['-e', child], { encoding: 'utf8' })) as Record<string, number>;
// Conversation from cold: its own fresh process, so nothing is warm but the import.
const convChild = child.replace(
  "a.analyzeMessage('I have been waiting for hours and it is still not working');",
  '',
);
const coldRuns = [run(), run(), run()];
const convRuns = [0, 1, 2].map(
  () =>
    JSON.parse(execFileSync(process.execPath, ['-e', convChild], { encoding: 'utf8' })) as Record<
      string,
      number
    >,
);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const r2 = (x: number) => Math.round(x * 100) / 100;

report(
  {
    per_message_p50_ms: percentile(times, 50),
    per_message_p95_ms: percentile(times, 95),
    cold_start_ms: r2(median(coldRuns.map((r) => r.cold as number))),
    conversation_500_ms: r2(median(convRuns.map((r) => r.conv as number))),
    add_one_ms: r2(median(convRuns.map((r) => r.add as number))),
  },
  {
    per_message_p95_ms: '≤ 2',
    conversation_500_ms: '≤ 500',
    add_one_ms: '≤ 5',
  },
  json,
);
