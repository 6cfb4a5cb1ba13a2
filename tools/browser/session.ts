/**
 * Poise on the demo helpdesk: the demo server and Chromium with the built extension, started and closed together.
 * The one set-up behind the end-to-end tests, the in-browser benches and `npm run demo`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type DemoServer, startDemoServer } from '../demo/server';
import { launchPoise, type PoiseBrowser } from './chromium';
import { EXTENSION_DIR } from './paths';

export interface PoiseOnDemo {
  server: DemoServer;
  browser: PoiseBrowser;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Run Chromium with a window (needs a display). Default: headless. */
  headed?: boolean;
  /**
   * `never` (the tests: a missing build is an error that says what to run), `if-missing` (the benches) or `always`
   * (the demo). Builds with `npx wxt build`, into POISE_OUT_DIR when set.
   */
  build: 'never' | 'if-missing' | 'always';
  /** Hide the build's output. */
  quiet?: boolean;
}

export async function startPoiseOnDemo(opts: SessionOptions): Promise<PoiseOnDemo> {
  const built = existsSync(join(EXTENSION_DIR, 'manifest.json'));
  if (opts.build === 'never' && !built) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first (npm test does).`);
  }
  if (opts.build === 'always' || (opts.build === 'if-missing' && !built)) {
    const status = spawnSync('npx', ['wxt', 'build'], { stdio: opts.quiet ? 'ignore' : 'inherit' }).status;
    if (status !== 0) throw new Error('the build failed (npx wxt build)');
  }
  const server = await startDemoServer();
  const browser = await launchPoise({
    headed: opts.headed ?? false,
    localPorts: [server.httpPort, server.httpsPort],
  }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
