/** Load a committed site fixture (tests/fixtures/sites/<site>/<file>) as its own Document. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '../../fixtures/sites');

export function fixtureHtml(site: string, file: string): string {
  return readFileSync(join(FIXTURES, site, file), 'utf8');
}

/** Parse into a fresh Document (happy-dom), so tests never share DOM state. */
export function loadFixture(site: string, file: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(site, file), 'text/html');
}

/** Load into the global document (for code that needs focus, selection or events). */
export function mountFixture(site: string, file: string): Document {
  const parsed = loadFixture(site, file);
  document.body.replaceWith(document.importNode(parsed.body, true));
  return document;
}
