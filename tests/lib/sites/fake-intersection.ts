/**
 * A stand-in IntersectionObserver for happy-dom (whose own never reports): `deliver()` plays the browser's rendering
 * step, reporting every observed element with the box `boxOf` gives it, as Chromium's first report does.
 */
type Box = { left: number; width: number };

export interface FakeIntersection {
  /** Report every element observed and not yet reported (the browser's next frame). */
  deliver(): void;
  /** Elements waiting for a report. */
  pending(): number;
  restore(): void;
}

export function installFakeIntersection(win: Window, boxOf: (el: Element) => Box): FakeIntersection {
  const live = new Set<FakeObserver>();
  class FakeObserver {
    targets = new Set<Element>();
    constructor(private readonly callback: IntersectionObserverCallback) {
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
    takeRecords() {
      return [];
    }
    report() {
      const entries = [...this.targets].map((target) => {
        const { left, width } = boxOf(target);
        const boundingClientRect = DOMRect.fromRect({ x: left, y: 0, width, height: 40 });
        return { target, boundingClientRect } as unknown as IntersectionObserverEntry;
      });
      this.targets.clear();
      if (entries.length > 0) this.callback(entries, this as unknown as IntersectionObserver);
    }
  }
  const w = win as unknown as { IntersectionObserver: unknown };
  const original = w.IntersectionObserver;
  w.IntersectionObserver = FakeObserver;
  return {
    deliver: () => {
      for (const o of [...live]) o.report();
    },
    pending: () => [...live].reduce((n, o) => n + o.targets.size, 0),
    restore: () => {
      w.IntersectionObserver = original;
    },
  };
}
