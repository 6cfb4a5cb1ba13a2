/**
 * `npm test`: every suite the project has, in the order CI runs them (conventions C14), then one line
 * `N passed, N failed` over all of them. Lint, types and build count as one check each; vitest suites count tests.
 * Exits non-zero on any failure. A missing Chromium or Firefox is a failure with instructions, never a silent skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, FIREFOX_EXTENSION_DIR, firefoxPath } from './browser/paths';

let passed = 0;
let failed = 0;
const failures: string[] = [];
const out = mkdtempSync(join(tmpdir(), 'poise-test-'));

function run(cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function check(name: string, cmd: string, args: string[]): void {
  if (run(cmd, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function vitestSuite(name: string, config: string): void {
  const file = join(out, `${name}.json`);
  const ok = run('npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  if (!existsSync(file)) {
    failed++;
    failures.push(`${name} (no report)`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that failed to load counts as a failure even when no test reported failing.
  if (!ok && report.numFailedTests === 0) {
    failed++;
    failures.push(`${name} (suite error)`);
  } else if (report.numFailedTests > 0) failures.push(name);
  if (report.numTotalTests === 0) {
    failed++;
    failures.push(`${name} (ran no test)`);
  }
}

check('lint', 'npx', ['biome', 'ci', '.']);
check('types', 'npx', ['tsc', '--noEmit', '-p', '.']);
// The pure core (analyzer, suggestions, playbook, coach, summary) compiles without the DOM library.
check('types (pure core)', 'npx', ['tsc', '-p', 'tsconfig.pure.json']);
vitestSuite('unit', 'vitest.config.ts');
check('build', 'npx', ['wxt', 'build']);
// The Firefox package: built beside Chrome's, and held to Mozilla's own linter (errors fail; warnings print).
check('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
check('firefox lint', 'npx', ['addons-linter', FIREFOX_EXTENSION_DIR]);

/** A missing browser fails the run with how to install it: never a silent skip, never a downloaded browser. */
function requireBrowser(found: string | null, name: string, debianPackage: string, envVar: string): boolean {
  if (found) return true;
  console.error(
    `\n✖ ${name} was not found, so its end-to-end tests cannot run.\n` +
      `  Install Debian's package:  sudo apt-get update && sudo apt-get install -y ${debianPackage}\n` +
      `  (or set ${envVar} to a ${name} binary). No tool may download a browser of its own.`,
  );
  failed++;
  failures.push(`e2e (${name} missing)`);
  return false;
}
requireBrowser(firefoxPath(), 'Firefox', 'firefox-esr', 'POISE_FIREFOX');
if (requireBrowser(chromiumPath(), 'Chromium', 'chromium', 'POISE_CHROMIUM')) {
  vitestSuite('e2e', 'tests/e2e/vitest.config.ts');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
