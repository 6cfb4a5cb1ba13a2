/**
 * "Save this page's structure": the page as HTML with its open shadow roots, every text and every value
 * that could be someone's words replaced (vocabulary.ts says what is kept), so an agent can attach it to a bug report
 * and a developer can make an adapter fixture from it. Runs in the content script: small, no dependencies, DOM in,
 * string out. Nothing is sent anywhere; the extension page that asked saves it as a local file.
 */
import { DROPPED_ATTRIBUTES, DROPPED_ELEMENTS, isInertCss, KEPT_VALUES, placeholderWord } from './vocabulary';

export interface PageCapture {
  html: string;
  fileName: string;
}

export interface CaptureOptions {
  date?: Date;
  /** Main-thread time per slice before yielding to the page (design.md: no task over 50 ms on the helpdesk page). */
  sliceMs?: number;
  now?: () => number;
  /** Let the page run between slices. */
  pause?: () => Promise<void>;
}

/** A node whose children are being written: the next child to write and what closes it. */
interface Open {
  next: Node | null;
  close: string;
  inStyle: boolean;
}

const VOID = new Set('area,base,br,col,embed,hr,img,input,link,meta,source,track,wbr'.split(','));
const escapeValue = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const NON_SPACE = /\S/;
const WORD = /\S+/g;
/** An address in a kept value (an id or test hook built from an email) is replaced all the same. */
// Starts only where an address can start, parts bounded: linear on a long unbroken value (tests/lib/regex).
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,253}/g;

/**
 * Capture `doc` as a scrubbed, self-contained HTML file (see the module comment). A 5,000-message Zendesk ticket is
 * ~45,000 nodes and ~0.5 s of cold main-thread time, so the walk runs in slices and lets the page run between them;
 * a node removed meanwhile ends its siblings' part of the walk early (a capture is a snapshot for a bug report).
 */
export async function capturePage(doc: Document, opts: CaptureOptions = {}): Promise<PageCapture> {
  const { sliceMs = 25, now = () => performance.now() } = opts;
  const pause = opts.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  // Digits-only values are renumbered per capture: ids stay distinct (adapters key messages on them) yet say nothing.
  const numbers = new Map<string, string>();
  const day = (opts.date ?? new Date()).toISOString().slice(0, 10);
  const host = doc.location?.hostname || 'page';
  const out: string[] = [
    '<!DOCTYPE html>\n',
    `<!-- Captured by Poise from ${host} on ${day}; scripts stripped; text and attribute values replaced (lib/capture) -->\n`,
  ];

  const attribute = (name: string, value: string): string => {
    // A page's own unparsed `<template shadowrootmode>` must not turn into a shadow root when the capture is opened.
    if (/^on|^shadowroot/i.test(name) || DROPPED_ATTRIBUTES.has(name)) return '';
    if (name === 'style') return isInertCss(value, true) ? ` style="${escapeValue(value)}"` : '';
    if (KEPT_VALUES.has(name))
      return ` ${name}="${escapeValue(value.includes('@') ? value.replace(EMAIL, '·') : value)}"`;
    if (value === '' || value === 'true' || value === 'false') return ` ${name}="${value}"`;
    if (!/^\d+$/.test(value)) return ` ${name}="·"`;
    if (!numbers.has(value)) numbers.set(value, String(numbers.size + 1));
    return ` ${name}="${numbers.get(value)}"`;
  };

  // Hot on a long ticket: names and values are read without creating Attr nodes, and whitespace-only text, most of a
  // page's text nodes, is copied as it is.
  const write = (n: Node, parent: Open, stack: Open[]): void => {
    if (n.nodeType === 3) {
      const text = (n as Text).data;
      if (parent.inStyle) out.push(isInertCss(text, false) ? text : '');
      else out.push(NON_SPACE.test(text) ? text.replace(WORD, (w) => placeholderWord(w.length)) : text);
      return;
    }
    if (n.nodeType !== 1) return; // comments and the like: dropped
    const el = n as Element;
    const tag = el.localName;
    if (DROPPED_ELEMENTS.has(tag)) return;
    out.push(`<${tag}`);
    for (const name of el.getAttributeNames()) out.push(attribute(name, el.getAttribute(name) ?? ''));
    out.push('>');
    if (VOID.has(tag)) return;
    stack.push({ next: el.firstChild, close: `</${tag}>`, inStyle: tag === 'style' });
    const root = el.shadowRoot; // open roots only: a closed one is not reachable, as for the adapters
    if (root) {
      // On top of the element's own children: the declarative root comes first inside its host.
      out.push(`<template shadowrootmode="open"${root.delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>`);
      stack.push({ next: root.firstChild, close: '</template>', inStyle: false });
    }
  };

  const stack: Open[] = [{ next: doc.documentElement, close: '', inStyle: false }];
  let sliceStart = now();
  for (let count = 1; stack.length > 0; count++) {
    const top = stack[stack.length - 1] as Open;
    const n = top.next;
    if (!n) {
      stack.pop();
      out.push(top.close);
      continue;
    }
    top.next = stack.length === 1 ? null : n.nextSibling; // the document: <html> only
    write(n, top, stack);
    if (count % 256 === 0 && now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = now();
    }
  }
  return { html: out.join(''), fileName: `poise-page-structure-${host}-${day}.html` };
}
