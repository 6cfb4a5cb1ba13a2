import { afterEach, describe, expect, test, vi } from 'vitest';
import { createScript } from '../../../tools/demo/pages/shared/script';
import type { Line } from '../../../tools/demo/pages/shared/types';

const LINES: Line[] = [
  { from: 'customer', text: 'c1' },
  { from: 'agent', text: 'a1' },
  { from: 'note', text: 'n1' },
  { from: 'customer', text: 'c2' },
  { from: 'customer', text: 'c3' },
];

function setup(speed = 1000) {
  const posted: string[] = [];
  let resets = 0;
  const script = createScript(LINES, {
    speed,
    post: (l) => posted.push(l.text),
    resetConversation: () => resets++,
  });
  return { script, posted, resets: () => resets };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('step', () => {
  test('posts up to and including the next customer line', () => {
    const { script, posted } = setup();
    script.step();
    expect(posted).toEqual(['c1']);
    script.step();
    expect(posted).toEqual(['c1', 'a1', 'n1', 'c2']);
    expect(script.position).toBe(4);
  });

  test('does nothing past the end', () => {
    const { script, posted } = setup();
    for (let i = 0; i < 10; i++) script.step();
    expect(posted).toEqual(['c1', 'a1', 'n1', 'c2', 'c3']);
    expect(script.position).toBe(script.length);
  });
});

test('reset rewinds and restores the conversation', () => {
  const { script, posted, resets } = setup();
  script.step();
  script.reset();
  expect(resets()).toBe(1);
  expect(script.position).toBe(0);
  script.step();
  expect(posted).toEqual(['c1', 'c1']);
});

test('playing posts one line per tick, other authors a little sooner, and stops at the end', () => {
  vi.useFakeTimers();
  const { script, posted } = setup(1000);
  script.start();
  expect(script.playing).toBe(true);
  vi.advanceTimersByTime(999);
  expect(posted).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(posted).toEqual(['c1']);
  vi.advanceTimersByTime(600); // the agent line comes after 0.6 × speed
  expect(posted).toEqual(['c1', 'a1']);
  script.pause();
  vi.advanceTimersByTime(10_000);
  expect(posted).toEqual(['c1', 'a1']);
  script.start();
  vi.advanceTimersByTime(10_000);
  expect(posted).toEqual(['c1', 'a1', 'n1', 'c2', 'c3']);
  expect(script.playing).toBe(false);
});
