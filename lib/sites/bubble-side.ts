/**
 * Which side of the chat stream a message bubble sits on (Intercom's 2026 rows carry no alignment class, so
 * the customer is the bubble on the left), measured without forcing a layout in the content script's task.
 *
 * Why: `getBoundingClientRect` right after the page appended a message makes the browser lay out the page inside our
 * task. On the demo 2026 inbox under load that layout took 170–320 ms of a read (bench:page longest task 329–629 ms,
 * budget 50). So:
 * - a new bubble that looks like earlier ones (same classes and inline style, bubble up to the stream) sits where they
 *   were measured: its side is known without any layout (most new messages: an author's bubbles look alike);
 * - the others are measured in the browser's next rendering step: a ResizeObserver's callbacks run right after the
 *   frame's own layout, its first one for every newly observed element with a box, so `measureSides` observes the
 *   new bubbles once per read batch, the read waits for that frame, and the boxes are read there at no layout cost;
 * - only when no frame comes in time (a throttled or hidden tab, a test DOM) does `sideFor` measure by itself.
 *
 * Not an IntersectionObserver: its report is computed in the frame but delivered in a task of its own, which on a
 * loaded machine came 20–500 ms later (message → panel p50 63 → ~900 ms in bench:e2e). And not a wait for every
 * new bubble: with the side panel in another tab the bench's helpdesk page draws a frame about every 500 ms.
 */

export type Side = 'left' | 'right' | null;

/** A bubble and the stream it sits in (null: no stream found, so no side). */
export interface Bubble {
  bubble: Element;
  stream: Element | null;
}

/** A bubble within this share of the stream's width from its centre sits on neither side (a system line). */
const CENTRE_BAND = 0.02;
/** How long a read waits for the next frame before it measures the boxes itself (a throttled or hidden tab). */
export const MEASURE_TIMEOUT_MS = 100;
/** Levels of markup, bubble upwards, whose classes and inline style make a bubble's look (its signature). */
const SIGNATURE_DEPTH = 6;

/** Sides measured so far, per bubble element (a re-rendered bubble is a new element and is measured again). */
const measured = new WeakMap<Element, Side>();
/** Bubbles a frame did not measure in time: not waited for again, `sideFor` measures them. */
const unmeasured = new WeakSet<Element>();
/**
 * Per stream, the side each bubble signature was measured on, or `mixed` when two bubbles of one signature sat on
 * different sides (then it tells nothing). A new message looks like the earlier ones of its author (same classes,
 * same inline style): its side is known without measuring anything, so most reads neither wait nor lay out.
 */
const learned = new WeakMap<Element, Map<string, Side | 'mixed'>>();

type Box = Pick<DOMRectReadOnly, 'left' | 'width'>;

/** The side from two boxes; null without layout (zero width) or for a bubble centred in the stream. */
function sideFromBoxes(box: Box, ref: Box): Side {
  if (box.width <= 0 || ref.width <= 0) return null;
  const offset = box.left + box.width / 2 - (ref.left + ref.width / 2);
  if (Math.abs(offset) < ref.width * CENTRE_BAND) return null;
  return offset > 0 ? 'right' : 'left';
}

/** Tag, classes and inline style of the bubble and the elements around it, up to the stream. */
function signatureOf(bubble: Element, stream: Element): string {
  const parts: string[] = [];
  let el: Element | null = bubble;
  for (let i = 0; el && el !== stream && i < SIGNATURE_DEPTH; i++, el = el.parentElement) {
    parts.push(`${el.localName}.${el.getAttribute('class') ?? ''}[${el.getAttribute('style') ?? ''}]`);
  }
  return parts.join('<');
}

/** The side measured for this bubble, else the one its signature was always measured on. */
function knownSide(bubble: Element, stream: Element): Side | undefined {
  const own = measured.get(bubble);
  if (own !== undefined) return own;
  const side = learned.get(stream)?.get(signatureOf(bubble, stream));
  return side === 'mixed' ? undefined : side;
}

/** Keep a measured side, for the bubble and its signature. */
function remember(bubble: Element, stream: Element, side: Side): void {
  measured.set(bubble, side);
  const sides = learned.get(stream) ?? new Map<string, Side | 'mixed'>();
  learned.set(stream, sides);
  const sig = signatureOf(bubble, stream);
  const before = sides.get(sig);
  sides.set(sig, before === undefined || before === side ? side : 'mixed');
}

/**
 * Which side of `stream` the bubble's centre sits on: as measured in the frame after `measureSides`, or as bubbles
 * that look the same were; else measured now (forces a layout when the page changed since its last one). Chat UIs
 * put the customer left, the agent right.
 */
export function sideFor(bubble: Element, stream: Element | null): Side {
  if (!stream) return null;
  const known = knownSide(bubble, stream);
  if (known !== undefined) return known;
  const box = bubble.getBoundingClientRect();
  const ref = stream.getBoundingClientRect();
  const side = sideFromBoxes(box, ref);
  if (box.width > 0 && ref.width > 0) remember(bubble, stream, side);
  return side;
}

/**
 * Have the bubbles whose side is not known yet measured in the browser's next rendering step (one ResizeObserver for the batch;
 * its callback runs after the frame's layout, so reading the boxes there costs no layout of ours). Resolves once they
 * are, or after MEASURE_TIMEOUT_MS; null when there is nothing to wait for: every side known, no stream, no observer,
 * or a hidden tab (it renders no frames).
 */
export function measureSides(bubbles: readonly Bubble[]): Promise<void> | null {
  const todo = bubbles.filter(
    (b) => b.stream && !unmeasured.has(b.bubble) && knownSide(b.bubble, b.stream) === undefined,
  );
  const first = todo[0];
  if (!first) return null;
  const win = first.bubble.ownerDocument.defaultView;
  const Observer = win?.ResizeObserver;
  if (!Observer || win.document.visibilityState === 'hidden') return null;
  return new Promise((resolve) => {
    const finish = (inFrame: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      for (const { bubble, stream } of todo) {
        if (!inFrame || !stream) {
          unmeasured.add(bubble);
          continue;
        }
        const box = bubble.getBoundingClientRect();
        const ref = stream.getBoundingClientRect();
        // No box (not rendered): not waited for again; sideFor measures it when it is read.
        if (box.width > 0 && ref.width > 0) remember(bubble, stream, sideFromBoxes(box, ref));
        else unmeasured.add(bubble);
      }
      resolve();
    };
    // The first callback comes in the next frame, after its layout, for every observed element with a box.
    const observer = new Observer(() => finish(true));
    const timer = setTimeout(() => finish(false), MEASURE_TIMEOUT_MS);
    for (const b of todo) observer.observe(b.bubble);
  });
}
