/**
 * The browser's rendering step for happy-dom (which has no layout, and whose ResizeObserver never calls back):
 * `frame()` runs every ResizeObserver callback for the elements observed since, as Chromium does after a frame's
 * layout. Boxes come from `boxOf`; each read of a box is logged with whether it happened inside a frame (where the
 * layout is the one the browser just made) or in our own task (where it would force one).
 */
type Box = { left: number; width: number };

export interface FakeFrames {
  frame(): void;
  /** Elements observed and not yet reported. */
  pending(): number;
  /** Box reads: `true` inside a frame, `false` outside one. */
  reads: boolean[];
  restore(): void;
}

export function installFakeFrames(win: Window, boxOf: (el: Element) => Box): FakeFrames {
  const live = new Set<FakeObserver>();
  let inFrame = false;
  const reads: boolean[] = [];
  class FakeObserver {
    targets = new Set<Element>();
    constructor(private readonly callback: ResizeObserverCallback) {
      live.add(this);
    }
    observe(el: Element) {
      this.targets.add(el);
    }
    unobserve(el: Element) {
      this.targets.delete(el);
    }
    disconnect() {
      this.targets.clear();
      live.delete(this);
    }
    report() {
      const entries = [...this.targets].map((target) => ({ target }) as unknown as ResizeObserverEntry);
      this.targets.clear();
      if (entries.length > 0) this.callback(entries, this as unknown as ResizeObserver);
    }
  }
  const proto = (win as unknown as { Element: typeof Element }).Element.prototype;
  const original = {
    observer: (win as unknown as { ResizeObserver: unknown }).ResizeObserver,
    rect: proto.getBoundingClientRect,
  };
  (win as unknown as { ResizeObserver: unknown }).ResizeObserver = FakeObserver;
  proto.getBoundingClientRect = function (this: Element) {
    reads.push(inFrame);
    const { left, width } = boxOf(this);
    return DOMRect.fromRect({ x: left, y: 0, width, height: 40 });
  };
  return {
    frame() {
      inFrame = true;
      try {
        for (const o of [...live]) o.report();
      } finally {
        inFrame = false;
      }
    },
    pending: () => [...live].reduce((n, o) => n + o.targets.size, 0),
    reads,
    restore() {
      (win as unknown as { ResizeObserver: unknown }).ResizeObserver = original.observer;
      proto.getBoundingClientRect = original.rect;
    },
  };
}
