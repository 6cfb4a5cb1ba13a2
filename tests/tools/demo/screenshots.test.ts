// The README shows what `npm run demo` writes: every themed picture of the panel, popup and options page, in light
// and dark, is in the README's table and committed under tools/demo/screenshots/, and the README links no picture the
// demo no longer writes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SCREENSHOTS } from '../../../tools/demo/shoot';

const root = join(import.meta.dirname, '..', '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const linked = [...readme.matchAll(/tools\/demo\/screenshots\/([\w.-]+\.png)/g)].map((m) => m[1]);

test('the demo writes light and dark pictures of the panel at each level, the popup and the options page', () => {
  for (const surface of ['panel-calm', 'panel-escalating', 'panel-critical', 'popup', 'options'])
    for (const scheme of ['light', 'dark']) expect(SCREENSHOTS).toContain(`${surface}-${scheme}.png`);
});

test('the README shows every themed picture the demo writes, and only pictures it writes', () => {
  const themed = SCREENSHOTS.filter((name) => /-(light|dark)\.png$/.test(name));
  expect(linked).toEqual(expect.arrayContaining(themed));
  expect(linked.filter((name) => !SCREENSHOTS.includes(name as string))).toEqual([]);
});

test('every picture the demo writes is committed beside the demo', () => {
  const missing = SCREENSHOTS.filter((name) => !existsSync(join(root, 'tools', 'demo', 'screenshots', name)));
  expect(missing).toEqual([]);
});
