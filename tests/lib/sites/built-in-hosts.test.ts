// The one list of built-in helpdesks: the manifest's host permissions, the content script's matches, the background's
// origin checks and the adapters' URL tests all come from lib/sites/built-in-hosts.ts, and it asks for the
// least (agent workspace paths over https, no Help Center).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import content from '../../../entrypoints/content/index';
import {
  BUILT_IN_MATCHES,
  builtInSiteOfHost,
  isBuiltInOrigin,
  isBuiltInUrl,
} from '../../../lib/sites/built-in-hosts';
import { registry } from '../../../lib/sites/index';

const ROOT = join(__dirname, '../../..');

describe('built-in hosts', () => {
  test('cover the agent workspaces of Zendesk and every Intercom region, https only', () => {
    expect([...BUILT_IN_MATCHES].sort()).toEqual([
      'https://*.zendesk.com/agent/*',
      'https://app.au.intercom.com/a/*',
      'https://app.eu.intercom.com/a/*',
      'https://app.intercom.com/a/*',
    ]);
  });

  test.each([
    'https://acme.zendesk.com/agent/tickets/1',
    'https://acme.zendesk.com/agent',
    'https://app.intercom.com/a/inbox/x/inbox/shared/all/conversation/1',
    'https://app.eu.intercom.com/a/apps/x/inbox/inbox/1',
    'https://app.au.intercom.com/a/inbox/x/inbox/shared/all',
  ])('%s is a built-in workspace page', (url) => {
    expect(isBuiltInUrl(new URL(url))).toBe(true);
  });

  test.each([
    'http://acme.zendesk.com/agent/tickets/1',
    'https://acme.zendesk.com/hc/en-us/articles/1',
    'https://acme.zendesk.com/agentx',
    'https://www.zendesk.com/agent/',
    'https://zendesk.com/agent/',
    'https://acme.zendesk.com.evil.example/agent/',
    'https://app.intercom.com/',
    'https://www.intercom.com/a/inbox/1',
    'https://app.us.intercom.com/a/inbox/1',
  ])('%s is not', (url) => {
    expect(isBuiltInUrl(new URL(url))).toBe(false);
  });

  test('origin checks agree with the host list', () => {
    expect(isBuiltInOrigin('https://acme.zendesk.com')).toBe(true);
    expect(isBuiltInOrigin('https://app.eu.intercom.com')).toBe(true);
    expect(isBuiltInOrigin('http://acme.zendesk.com')).toBe(false);
    expect(isBuiltInOrigin('https://helpdesk.example')).toBe(false);
    expect(isBuiltInOrigin('not a url')).toBe(false);
    expect(builtInSiteOfHost('app.au.intercom.com')).toBe('intercom');
  });

  test('the content script matches exactly the list', () => {
    expect(content.matches).toEqual([...BUILT_IN_MATCHES]);
  });

  test('the manifest config takes its host permissions from the list, written nowhere else', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/host_permissions: \[\.\.\.BUILT_IN_MATCHES\]/);
    for (const file of ['wxt.config.ts', 'entrypoints/content/index.ts', 'lib/background/site-origins.ts']) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/zendesk\.com|intercom\.com/);
    }
  });

  test('every built-in adapter accepts only URLs on the list', () => {
    for (const adapter of registry) {
      expect(adapter.matches(new URL('https://acme.zendesk.com/hc/en-us'))).toBe(false);
      expect(
        adapter.matches(new URL('http://app.intercom.com/a/inbox/x/inbox/shared/all/conversation/1')),
      ).toBe(false);
    }
  });
});
