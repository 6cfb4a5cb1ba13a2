/**
 * The content script: the composition root on a helpdesk page (conventions C1, C10). It asks the background whether
 * to run, starts the runner from lib/content, and answers the background's insert/ping/stop/copy requests.
 * No NLP here: the analyzer runs in the background so the agent's busiest page stays light (design.md, budgets).
 * Only messages from this extension's background are accepted: page scripts and window.postMessage are never read,
 * and nothing the page does can stop Poise (lib/content/lifetime.ts).
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { capturePage } from '../../lib/capture/serialize';
import { createLifetime, watchLocation } from '../../lib/content/lifetime';
import { startRunner } from '../../lib/content/runner';
import { type ContentAck, onMessage, removeAllListeners, sendMessage } from '../../lib/messaging/protocol';
import { BUILT_IN_MATCHES } from '../../lib/sites/built-in-hosts';

export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  runAt: 'document_idle',
  allFrames: false,
  // WXT would otherwise window.postMessage a "started" note, with the extension id in it, to the page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const life = createLifetime(() => browser.runtime?.id != null);
    // The page can abort WXT's context by replaying its event: that is only a hint (see lifetime.ts).
    ctx.onInvalidated(() => life.maybeInvalidated());
    // Throws once the extension was reloaded or removed under this page: then stay silent.
    const config = await sendMessage('getContentConfig', undefined).catch(() => null);
    if (!config?.enabled || life.signal.aborted) return life.stop('Poise is off on this site');
    const send = (promise: Promise<ContentAck>) => void promise.then(life.acknowledged, life.sendFailed);
    const runner = startRunner({
      doc: document,
      win: window,
      url: () => new URL(location.href),
      signal: life.signal,
      onLocationChange: (listener) => watchLocation(window, life.signal, listener),
      ...(config.customSelectors ? { customSelectors: config.customSelectors } : {}),
      send: {
        report: (report) => send(sendMessage('reportPage', report)),
        sync: (delta) => send(sendMessage('syncTranscript', delta)),
        draft: (draft) => send(sendMessage('updateDraft', draft)),
      },
    });
    // Anything but an explicit note goes to the reply box as before; a note is switched to and checked first.
    onMessage('insertReply', ({ data }) =>
      runner.insert(data.text, data.mode, data.target === 'note' ? 'note' : 'reply'),
    );
    onMessage('pingContent', () => runner.status());
    onMessage('copyText', async ({ data }) => {
      await navigator.clipboard.writeText(data.text);
      return true;
    });
    onMessage('stopContent', () => life.stop('Poise was switched off on this site'));
    onMessage('capturePage', () => capturePage(document));
    life.signal.addEventListener('abort', () => {
      runner.stop();
      removeAllListeners();
    });
  },
});
