/** axe-core on an extension page: the serious and critical violations, as `id (nodes)` strings. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** `within`: a CSS selector to check only that part of the page (the whole page by default). */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  // evaluate() runs through the DevTools protocol, so the pages' strict CSP does not block axe.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run(context?: string): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    return (await (selector ? axe.run(selector) : axe.run())).violations;
  }, within);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length})`);
}
