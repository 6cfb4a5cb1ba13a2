/**
 * The content script: the composition root on a helpdesk page (conventions C1, C10). It asks the background whether
 * to run, starts the runner from lib/content, and answers the background's insert/ping/stop/copy requests.
 * No NLP here: the analyzer runs in the background so the agent's busiest page stays light (design.md, budgets).
 * Only messages from this extension's background are accepted: page scripts and window.postMessage are never read.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { capturePage } from '../../lib/capture/serialize';
import { startRunner } from '../../lib/content/runner';
import { onMessage, removeAllListeners, sendMessage } from '../../lib/messaging/protocol';
import { BUILT_IN_MATCHES } from '../../lib/sites/built-in-hosts';

export default defineContentScript({
  matches: [...BUILT_IN_MATCHES],
  runAt: 'document_idle',
  allFrames: false,
  async main(ctx) {
    // Throws once the extension was reloaded or removed under this page: then stay silent.
    const config = await sendMessage('getContentConfig', { url: location.href }).catch(() => null);
    if (!config?.enabled || ctx.isInvalid) return;
    const send = <T>(promise: Promise<T>) => void promise.catch(() => ctx.abort());
    const runner = startRunner({
      doc: document,
      win: window,
      url: () => new URL(location.href),
      signal: ctx.signal,
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
      ...(config.customSelectors ? { customSelectors: config.customSelectors } : {}),
      send: {
        report: (report) => send(sendMessage('reportPage', report)),
        sync: (delta) => send(sendMessage('syncTranscript', delta)),
        draft: (draft) => send(sendMessage('updateDraft', draft)),
      },
    });
    onMessage('insertReply', ({ data }) => runner.insert(data.text, data.mode));
    onMessage('pingContent', () => runner.status());
    onMessage('copyText', async ({ data }) => {
      await navigator.clipboard.writeText(data.text);
      return true;
    });
    onMessage('stopContent', () => ctx.abort());
    onMessage('capturePage', () => capturePage(document));
    ctx.onInvalidated(() => {
      runner.stop();
      removeAllListeners();
    });
  },
});
