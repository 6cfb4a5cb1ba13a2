// The layers the linter keeps (biome.json overrides): lib/ is pure of extension APIs outside lib/storage and
// lib/messaging, lib/ and components/ never import entrypoints/, entrypoints never import each other. Deliberate
// violations in tests/fixtures/lint-boundaries/ are linted under the project's biome.json, at the paths they mimic.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/lint-boundaries');
let dir: string;
let report: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'poise-lint-'));
  cpSync(FIXTURES, dir, { recursive: true });
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
  config.vcs = { enabled: false }; // the temp dir is no git repository
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  const biome = join(ROOT, 'node_modules/.bin/biome');
  const run = spawnSync(biome, ['lint', '--max-diagnostics=50', '.'], { cwd: dir, encoding: 'utf8' });
  report = `${run.stdout}\n${run.stderr}`;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const flagged = (file: string) =>
  new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+ lint/style/noRestrictedImports`).test(
    report,
  );

test.each([
  'lib/analyzer/uses-browser.ts',
  'lib/suggest/imports-entrypoint.ts',
  'entrypoints/options/imports-popup.ts',
  'components/ImportsEntrypoint.tsx',
])('%s is refused', (file) => {
  expect(flagged(file), report).toBe(true);
});

test('an entrypoint wiring lib/ and extension APIs is fine', () => {
  expect(flagged('entrypoints/content/allowed.ts'), report).toBe(false);
});
