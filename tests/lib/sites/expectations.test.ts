// @vitest-environment happy-dom
// Every adapter's expectations table (conventions C3): [selectorName, fixtureFile, expectedCount], counted on the
// committed fixtures with the adapter's own ordered fallbacks (the first selector that matches anything counts), in
// the page or, when it has none, in its first open shadow root that has some (Intercom 2026).
import { describe, expect, test } from 'vitest';
import { deepAllMatches } from '../../../lib/sites/dom';
import * as genericSite from '../../../lib/sites/generic';
import * as intercomSite from '../../../lib/sites/intercom';
import type { Expectation, Sel } from '../../../lib/sites/types';
import * as zendeskSite from '../../../lib/sites/zendesk';
import { loadFixture } from './fixture';

const sites: [string, { selectors: Record<string, Sel>; expectations: Expectation[] }][] = [
  ['zendesk', zendeskSite],
  ['intercom', intercomSite],
  ['generic', genericSite],
];

describe.each(sites)('%s selectors', (site, mod) => {
  test('the table is not empty and names real selectors', () => {
    expect(mod.expectations.length).toBeGreaterThan(0);
    for (const [name] of mod.expectations) expect(Object.keys(mod.selectors)).toContain(name);
  });
  test.each(mod.expectations.map((e) => [...e]))('%s in %s: %i', (name, file, count) => {
    const sels = mod.selectors[name as string] ?? [];
    expect(deepAllMatches(loadFixture(site, file as string), sels)).toHaveLength(count as number);
  });
});
