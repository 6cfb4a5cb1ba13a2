/**
 * Stop the extension's service worker through the DevTools protocol, as Chromium does after ~30 s without events, so
 * a bench can time the next customer message on the cold path (the worker starts again and loads the analyzer and its
 * model before it can answer). A CDP session on one of the extension's own pages sees the extension's worker in its
 * ServiceWorker domain; `ServiceWorker.stopWorker` stops that version, and its `runningStatus` tells when it is down.
 */
import type { Page } from 'playwright-core';

interface Version {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

/** Resolves once the worker whose script lives under `origin` (chrome-extension://<id>/) is stopped. */
export async function stopExtensionWorker(
  extensionPage: Page,
  origin: string,
  timeoutMs = 10_000,
): Promise<void> {
  const session = await extensionPage.context().newCDPSession(extensionPage);
  const versions = new Map<string, Version>();
  let notify = () => {};
  session.on('ServiceWorker.workerVersionUpdated', (e: { versions: Version[] }) => {
    for (const v of e.versions) versions.set(v.versionId, v);
    notify();
  });
  const ours = () => [...versions.values()].filter((v) => v.scriptURL.startsWith(origin));
  const until = async (done: () => boolean, what: string) => {
    const t0 = Date.now();
    while (!done()) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`service worker: ${what} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        notify = resolve;
        setTimeout(resolve, 50);
      });
    }
  };
  try {
    await session.send('ServiceWorker.enable');
    await until(() => ours().some((v) => v.runningStatus === 'running'), 'no running version seen');
    for (const v of ours())
      if (v.runningStatus === 'running')
        await session.send('ServiceWorker.stopWorker', { versionId: v.versionId });
    await until(() => ours().every((v) => v.runningStatus === 'stopped'), 'not stopped');
  } finally {
    await session.detach().catch(() => {});
  }
}
