// @vitest-environment happy-dom
// A bubble's side of the stream (lib/sites/bubble-side.ts, issue 11): measured from one IntersectionObserver report
// per batch, never by getBoundingClientRect in our own task (that forced a layout of the whole inbox: bench:page
// longest task 329–629 ms on the 2026 demo inbox); measured directly only when no report can come.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MEASURE_TIMEOUT_MS, measureSides, sideFor } from '../../../lib/sites/bubble-side';
import { type FakeIntersection, installFakeIntersection } from './fake-intersection';

let fake: FakeIntersection | null = null;
afterEach(() => {
  fake?.restore();
  fake = null;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A 1000 px stream at x=100 with bubbles at the given left edges (400 px wide; 400 is centred). */
function stream(...lefts: number[]) {
  const el = document.createElement('div');
  const bubbles = lefts.map((left) => {
    const b = document.createElement('div');
    b.dataset.left = String(left);
    el.append(b);
    return b;
  });
  document.body.append(el);
  const boxOf = (e: Element) =>
    e === el ? { left: 100, width: 1000 } : { left: Number((e as HTMLElement).dataset.left), width: 400 };
  return { el, bubbles, boxOf };
}

describe('measureSides', () => {
  test('one report for the batch; sideFor then answers without measuring anything itself', async () => {
    const { el, bubbles, boxOf } = stream(120, 680, 400);
    fake = installFakeIntersection(window, boxOf);
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const wait = measureSides(bubbles.map((bubble) => ({ bubble, stream: el })));
    expect(wait).toBeInstanceOf(Promise);
    expect(fake.pending()).toBe(4); // three bubbles and the stream, in one observer
    fake.deliver();
    await wait;
    expect(bubbles.map((b) => sideFor(b, el))).toEqual(['left', 'right', null]);
    expect(rect).not.toHaveBeenCalled();
    // Measured once: nothing left to wait for.
    expect(measureSides(bubbles.map((bubble) => ({ bubble, stream: el })))).toBeNull();
  });

  test('nothing to wait for: no stream, or a hidden tab (it renders no frames, so no report comes)', () => {
    const { el, bubbles, boxOf } = stream(120);
    fake = installFakeIntersection(window, boxOf);
    expect(measureSides([{ bubble: bubbles[0] as Element, stream: null }])).toBeNull();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    expect(measureSides([{ bubble: bubbles[0] as Element, stream: el }])).toBeNull();
  });

  test('no report in time: the read goes on and sideFor measures the box itself', async () => {
    vi.useFakeTimers();
    const { el, bubbles, boxOf } = stream(700);
    fake = installFakeIntersection(window, boxOf);
    const bubble = bubbles[0] as HTMLElement;
    let settled = false;
    measureSides([{ bubble, stream: el }])?.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(MEASURE_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    Object.assign(el, { getBoundingClientRect: () => DOMRect.fromRect({ x: 100, width: 1000 }) });
    Object.assign(bubble, { getBoundingClientRect: () => DOMRect.fromRect({ x: 700, width: 400 }) });
    expect(sideFor(bubble, el)).toBe('right');
  });

  test('a box without layout is not kept: measured again once there is layout', async () => {
    const { el, bubbles } = stream(120);
    const bubble = bubbles[0] as Element;
    let width = 0;
    fake = installFakeIntersection(window, (e) =>
      e === el ? { left: 100, width: 1000 } : { left: 120, width },
    );
    const first = measureSides([{ bubble, stream: el }]);
    fake.deliver();
    await first;
    width = 400;
    const again = measureSides([{ bubble, stream: el }]);
    expect(again).toBeInstanceOf(Promise);
    fake.deliver();
    await again;
    expect(sideFor(bubble, el)).toBe('left');
  });
});
