/** Load a committed site fixture (tests/fixtures/sites/<site>/<file>) as its own Document. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '../../fixtures/sites');

export function fixtureHtml(site: string, file: string): string {
  return readFileSync(join(FIXTURES, site, file), 'utf8');
}

/** Parse into a fresh Document (happy-dom), so tests never share DOM state. */
export function loadFixture(site: string, file: string): Document {
  return attachShadowTemplates(new DOMParser().parseFromString(fixtureHtml(site, file), 'text/html'));
}

/**
 * Turn declarative shadow roots (`<template shadowrootmode="open|closed">`, as Chromium serialises a page with its
 * shadow roots) into attached ones, innermost first: neither DOMParser nor happy-dom attaches them.
 */
export function attachShadowTemplates<T extends Document | ParentNode>(root: T): T {
  const templates = Array.from(root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]'));
  for (const template of templates.reverse()) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    if (!host) continue;
    const shadow = host.attachShadow({ mode });
    attachShadowTemplates(template.content);
    shadow.append(template.content);
    template.remove();
  }
  return root;
}

/** Load into the global document (for code that needs focus, selection or events). */
export function mountFixture(site: string, file: string): Document {
  const parsed = new DOMParser().parseFromString(fixtureHtml(site, file), 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
  return attachShadowTemplates(document);
}
