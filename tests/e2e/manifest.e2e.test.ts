// The built manifest asks for the least. A new permission fails this test until it is updated on purpose.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BUILT_IN_MATCHES } from '../../lib/sites/built-in-hosts';
import { EXTENSION_DIR } from '../../tools/browser/paths';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

test('permissions are exactly the ones Poise uses', () => {
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage']);
  // The built manifest comes from the one host list; its figures are pinned in tests/lib/sites/built-in-hosts.test.ts.
  expect([...manifest.host_permissions].sort()).toEqual([
    'https://*.zendesk.com/agent/*',
    'https://app.au.intercom.com/a/*',
    'https://app.eu.intercom.com/a/*',
    'https://app.intercom.com/a/*',
  ]);
  expect([...manifest.host_permissions].sort()).toEqual([...BUILT_IN_MATCHES].sort());
  expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

test('the content script runs only on the built-in helpdesks, top frame only', () => {
  expect(manifest.content_scripts).toHaveLength(1);
  const [cs] = manifest.content_scripts;
  expect([...cs.matches].sort()).toEqual([...BUILT_IN_MATCHES].sort());
  expect(cs.all_frames ?? false).toBe(false);
});

test('extension pages have a strict content security policy and no remote code', () => {
  const csp: string = manifest.content_security_policy.extension_pages;
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  // No network from extension pages or the worker, enforced by the browser.
  expect(csp).toMatch(/default-src 'self'(;|$)/);
  expect(csp).toMatch(/connect-src 'none'(;|$)/);
  expect(csp).toMatch(/object-src 'none'(;|$)/);
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  const files = walk(EXTENSION_DIR).filter((f) => /\.(js|html)$/.test(f));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(text, file).not.toMatch(/\bimport\(\s*["']https?:/);
    expect(text, file).not.toMatch(/importScripts\(\s*["']https?:/);
  }
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
