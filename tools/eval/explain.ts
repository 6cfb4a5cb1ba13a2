/** npx tsx tools/eval/explain.ts "text" ...: print what the analyzer raises for each text and why. */
import { analyzeMessage } from '../../lib/analyzer';

for (const text of process.argv.slice(2)) {
  const a = analyzeMessage(text);
  console.log(
    `\n${text}\n  afinn ${a.afinn} comparative ${a.comparative.toFixed(2)} intensity ${a.intensity} q ${a.isQuestion} ${a.language}`,
  );
  for (const s of a.signals)
    console.log(`  ${s.name} ${s.strength}  ${s.spans.map((x) => `${x.rule}=“${x.text}”`).join(' ')}`);
}
