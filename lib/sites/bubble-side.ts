/**
 * Which side of the chat stream a message bubble sits on (issue 11: Intercom's 2026 rows carry no alignment class, so
 * the customer is the bubble on the left), measured without forcing a layout in the content script's task.
 *
 * Why: `getBoundingClientRect` right after the page appended a message makes the browser lay out the page inside our
 * task. On the demo 2026 inbox under load that layout took 170–320 ms of a read (bench:page longest task 329–629 ms,
 * budget 50). An IntersectionObserver's first report carries every observed element's box, computed by the browser's
 * own rendering step: `measureSides` asks for the boxes of the new bubbles once per read batch, the read waits for
 * that report (about a frame), and `sideFor` then answers from it. Only without such a report (a hidden tab renders
 * no frames, a test DOM has no observer) does `sideFor` measure the box itself.
 */

export type Side = 'left' | 'right' | null;

/** A bubble and the stream it sits in (null: no stream found, so no side). */
export interface Bubble {
  bubble: Element;
  stream: Element | null;
}

/** A bubble within this share of the stream's width from its centre sits on neither side (a system line). */
const CENTRE_BAND = 0.02;
/** How long a read waits for the observer's report before measuring the boxes itself (a tab hidden meanwhile). */
export const MEASURE_TIMEOUT_MS = 500;

/** Sides measured so far, per bubble element (a re-rendered bubble is a new element and is measured again). */
const measured = new WeakMap<Element, Side>();

type Box = Pick<DOMRectReadOnly, 'left' | 'width'>;

/** The side from two boxes; null without layout (zero width) or for a bubble centred in the stream. */
function sideFromBoxes(box: Box, ref: Box): Side {
  if (box.width <= 0 || ref.width <= 0) return null;
  const offset = box.left + box.width / 2 - (ref.left + ref.width / 2);
  if (Math.abs(offset) < ref.width * CENTRE_BAND) return null;
  return offset > 0 ? 'right' : 'left';
}

/**
 * Which side of `stream` the bubble's centre sits on: from `measureSides`' report when there was one, else measured
 * now (forces a layout when the page changed since its last one). Chat UIs put the customer left, the agent right.
 */
export function sideFor(bubble: Element, stream: Element | null): Side {
  if (!stream) return null;
  const known = measured.get(bubble);
  if (known !== undefined) return known;
  return sideFromBoxes(bubble.getBoundingClientRect(), stream.getBoundingClientRect());
}

/**
 * Ask the browser for the boxes of the bubbles not measured yet, all in one IntersectionObserver report (its first
 * report lists every observed element, whether on screen or not). Resolves once the sides are known, or after
 * MEASURE_TIMEOUT_MS; null when there is nothing to wait for: every side known, no stream, no observer, or a hidden
 * tab (it renders no frames, so no report would come).
 */
export function measureSides(bubbles: readonly Bubble[]): Promise<void> | null {
  const todo = bubbles.filter((b) => b.stream && !measured.has(b.bubble));
  const first = todo[0];
  if (!first) return null;
  const win = first.bubble.ownerDocument.defaultView;
  const Observer = win?.IntersectionObserver;
  if (!Observer || win.document.visibilityState === 'hidden') return null;
  return new Promise((resolve) => {
    const boxes = new Map<Element, Box>();
    const targets = new Set<Element>();
    for (const b of todo) {
      targets.add(b.bubble);
      if (b.stream) targets.add(b.stream);
    }
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      for (const { bubble, stream } of todo) {
        const box = boxes.get(bubble);
        const ref = stream && boxes.get(stream);
        // A box without layout is not kept: measured again when there is one.
        if (box && ref && box.width > 0 && ref.width > 0) measured.set(bubble, sideFromBoxes(box, ref));
      }
      resolve();
    };
    const observer = new Observer((entries) => {
      for (const e of entries) boxes.set(e.target, e.boundingClientRect);
      if (boxes.size >= targets.size) finish();
    });
    const timer = setTimeout(finish, MEASURE_TIMEOUT_MS);
    for (const t of targets) observer.observe(t);
  });
}
