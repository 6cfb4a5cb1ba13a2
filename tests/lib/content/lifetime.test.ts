// @vitest-environment happy-dom
// Who may stop the content script: the background and a dead extension context, never the page.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createLifetime, watchLocation } from '../../../lib/content/lifetime';

afterEach(() => vi.useRealTimers());

/** WXT's event name (private in its types, public to any page that reads the extension's code). */
const STARTED_EVENT = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

describe('content script lifetime', () => {
  test("the page aborting WXT's context is only a hint: Poise runs on while the extension lives", () => {
    let alive = true;
    const ctx = new ContentScriptContext('content');
    const life = createLifetime(() => alive, {});
    ctx.onInvalidated(() => life.maybeInvalidated());
    // What a page script can do: dispatch WXT's "a newer script started" event on document.
    document.dispatchEvent(
      new CustomEvent(STARTED_EVENT, {
        detail: { contentScriptName: 'content', messageId: 'attacker' },
      }),
    );
    expect(ctx.signal.aborted).toBe(true);
    expect(life.signal.aborted).toBe(false);
    alive = false;
    life.maybeInvalidated();
    expect(life.signal.aborted).toBe(true);
  });

  test('a failed send stops it only when the extension is gone; the background stops it by answering', () => {
    let alive = true;
    const life = createLifetime(() => alive, {});
    life.sendFailed();
    life.acknowledged({ keepReading: true });
    expect(life.signal.aborted).toBe(false);
    life.acknowledged({ keepReading: false, reason: 'Poise is switched off on this site.' });
    expect(life.signal.reason).toBe('Poise is switched off on this site.');
    const next = createLifetime(() => alive, {});
    alive = false;
    next.sendFailed();
    expect(next.signal.aborted).toBe(true);
  });

  test('a newer copy in the same isolated world stops the older one, so nothing reads twice', () => {
    const world = {};
    const older = createLifetime(() => true, world);
    const newer = createLifetime(() => true, world);
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
  });

  test('SPA navigation is heard without the Navigation API, until the lifetime ends', () => {
    vi.useFakeTimers();
    const href = { value: 'https://acme.zendesk.com/agent/tickets/1' };
    const win = {
      location: {
        get href() {
          return href.value;
        },
      },
      setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
      clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    } as unknown as Window;
    const life = createLifetime(() => true, {});
    const heard = vi.fn();
    watchLocation(win, life.signal, heard);
    href.value = 'https://acme.zendesk.com/agent/tickets/2';
    vi.advanceTimersByTime(1000);
    expect(heard).toHaveBeenCalledTimes(1);
    life.stop('test');
    href.value = 'https://acme.zendesk.com/agent/tickets/3';
    vi.advanceTimersByTime(3000);
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
