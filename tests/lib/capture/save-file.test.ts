// @vitest-environment happy-dom
// A capture is saved by the extension page itself: a Blob URL clicked as an <a download>, nothing sent anywhere.
import { afterEach, expect, test, vi } from 'vitest';
import { saveCapture } from '../../../lib/capture/save-file';

afterEach(() => vi.useRealTimers());

test('downloads the html under its file name through a Blob URL, then lets the URL go', async () => {
  vi.useFakeTimers();
  const clicked: { href: string; download: string; inPage: boolean }[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({ href: this.href, download: this.download, inPage: this.isConnected });
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL');
  saveCapture({ html: '<!DOCTYPE html><p>xx</p>', fileName: 'poise-page-structure-acme.html' });
  expect(click).toHaveBeenCalledTimes(1);
  expect(clicked[0]).toMatchObject({ download: 'poise-page-structure-acme.html', inPage: true });
  expect(clicked[0]?.href).toMatch(/^blob:/);
  expect(document.querySelector('a[download]')).toBeNull();
  expect(revoke).not.toHaveBeenCalled();
  vi.advanceTimersByTime(60_000);
  expect(revoke).toHaveBeenCalledWith(clicked[0]?.href);
});
