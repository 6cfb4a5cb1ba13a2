// @vitest-environment happy-dom
// A bubble's side of the stream (lib/sites/bubble-side.ts): measured in the browser's next frame, after its
// own layout (one ResizeObserver per batch), never by getBoundingClientRect in our own task (that forced a layout of
// the whole inbox: bench:page longest task 329–629 ms on the 2026 demo inbox); measured directly only when no frame
// can measure it.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MEASURE_TIMEOUT_MS, measureSides, sideFor } from '../../../lib/sites/bubble-side';
import { type FakeFrames, installFakeFrames } from './fake-frame';

let fake: FakeFrames | null = null;
afterEach(() => {
  fake?.restore();
  fake = null;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A 1000 px stream at x=100 with 400 px bubbles at the given left edges (400 is centred). */
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
    e === el
      ? { left: 100, width: 1000 }
      : { left: Number((e as HTMLElement).dataset.left ?? 0), width: 400 };
  return { el, bubbles, boxOf };
}

describe('measureSides', () => {
  test('one observer for the batch; the boxes are read in the frame, and sideFor answers from them', async () => {
    const { el, bubbles, boxOf } = stream(120, 680, 400);
    fake = installFakeFrames(window, boxOf);
    const wait = measureSides(bubbles.map((bubble) => ({ bubble, stream: el })));
    expect(wait).toBeInstanceOf(Promise);
    expect(fake.pending()).toBe(3);
    expect(fake.reads).toEqual([]); // nothing measured in our task
    fake.frame();
    await wait;
    const inFrame = fake.reads.length;
    expect(inFrame).toBeGreaterThan(0);
    expect(bubbles.map((b) => sideFor(b, el))).toEqual(['left', 'right', null]);
    expect(fake.reads).toHaveLength(inFrame); // sideFor measured nothing itself
    expect(fake.reads.every(Boolean)).toBe(true);
    // Measured once: nothing left to wait for.
    expect(measureSides(bubbles.map((bubble) => ({ bubble, stream: el })))).toBeNull();
  });

  test('nothing to wait for: no stream, or a hidden tab (it renders no frames)', () => {
    const { el, bubbles, boxOf } = stream(120);
    fake = installFakeFrames(window, boxOf);
    expect(measureSides([{ bubble: bubbles[0] as Element, stream: null }])).toBeNull();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    expect(measureSides([{ bubble: bubbles[0] as Element, stream: el }])).toBeNull();
  });

  test('no frame in time: the read goes on, is not made to wait again, and sideFor measures the box itself', async () => {
    vi.useFakeTimers();
    const { el, bubbles, boxOf } = stream(700);
    fake = installFakeFrames(window, boxOf);
    const bubble = bubbles[0] as HTMLElement;
    let settled = false;
    measureSides([{ bubble, stream: el }])?.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(MEASURE_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    expect(measureSides([{ bubble, stream: el }])).toBeNull();
    expect(sideFor(bubble, el)).toBe('right');
  });
});

describe('bubbles that look alike sit alike', () => {
  test('a new bubble with the classes and style of a measured one: its side is known at once, nothing measured', async () => {
    const { el, bubbles, boxOf } = stream(120, 680);
    for (const b of bubbles) b.className = b.dataset.left === '120' ? 'bubble mr-auto' : 'bubble ml-auto';
    fake = installFakeFrames(window, boxOf);
    const first = measureSides(bubbles.map((bubble) => ({ bubble, stream: el })));
    fake.frame();
    await first;
    const reads = fake.reads.length;
    const next = document.createElement('div');
    next.className = 'bubble mr-auto';
    el.append(next);
    expect(measureSides([{ bubble: next, stream: el }])).toBeNull(); // no wait
    expect(sideFor(next, el)).toBe('left');
    expect(fake.reads).toHaveLength(reads); // and no box read
  });

  test('a look seen on both sides tells nothing: such a bubble is measured', async () => {
    const { el, bubbles, boxOf } = stream(120, 680);
    for (const b of bubbles) b.className = 'bubble';
    fake = installFakeFrames(window, boxOf);
    const first = measureSides(bubbles.map((bubble) => ({ bubble, stream: el })));
    fake.frame();
    await first;
    const next = document.createElement('div');
    next.className = 'bubble';
    next.dataset.left = '700';
    el.append(next);
    const wait = measureSides([{ bubble: next, stream: el }]);
    expect(wait).toBeInstanceOf(Promise);
    fake.frame();
    await wait;
    expect(sideFor(next, el)).toBe('right');
  });
});
