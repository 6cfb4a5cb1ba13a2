/** Tiny DOM builder: text is always set as text, never parsed as HTML. */
type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG icon from path data (static strings in our own code). */
export function svg(attrs: Attrs, ...paths: string[]): SVGSVGElement {
  const el = document.createElementNS(SVG_NS, 'svg');
  setAttrs(el, { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true', ...attrs });
  for (const d of paths) {
    const p = document.createElementNS(SVG_NS, 'path');
    p.setAttribute('d', d);
    el.append(p);
  }
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c);
  }
}

/** Scroll to the bottom once per frame, however many messages arrive in it (no layout per message). */
export function stickToBottom(el: HTMLElement): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      el.scrollTop = el.scrollHeight;
    });
  };
}
