/**
 * Where the browsers and the built packages are. Kept apart from the launchers so `npm test` can check that a browser
 * exists without loading Playwright or Puppeteer.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The built package for a browser: `.output/<target>-mv3`, or under POISE_OUT_DIR when a build was sent elsewhere. */
function builtPackage(target: 'chrome' | 'firefox'): string {
  return resolve(import.meta.dirname, '..', '..', process.env.POISE_OUT_DIR ?? '.output', `${target}-mv3`);
}

export const EXTENSION_DIR = builtPackage('chrome');
export const FIREFOX_EXTENSION_DIR = builtPackage('firefox');

const firstExisting = (candidates: (string | undefined)[]): string | null =>
  candidates.find((p): p is string => !!p && existsSync(p)) ?? null;

/** Debian's Chromium, or the binary named by POISE_CHROMIUM. Null when neither exists. */
export const chromiumPath = (): string | null =>
  firstExisting([process.env.POISE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']);

/** Debian's Firefox ESR, or the binary named by POISE_FIREFOX. Null when neither exists. */
export const firefoxPath = (): string | null =>
  firstExisting([process.env.POISE_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
