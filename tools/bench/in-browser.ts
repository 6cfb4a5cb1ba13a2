/** Shared set-up for the in-browser benches: build if needed, demo helpdesk, Chromium with Poise. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchPoise } from '../browser';
import { startDemoServer } from '../demo/server';

export async function startBench() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')) || process.argv.includes('--build')) {
    if (
      spawnSync('npx', ['wxt', 'build'], { stdio: process.argv.includes('--json') ? 'ignore' : 'inherit' })
        .status !== 0
    ) {
      throw new Error('build failed');
    }
  }
  const server = await startDemoServer();
  const browser = await launchPoise({ localPorts: [server.httpPort, server.httpsPort] });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Milliseconds since the epoch with sub-millisecond precision, comparable between pages of one browser. */
export const NOW_IN_PAGE = () => performance.timeOrigin + performance.now();
