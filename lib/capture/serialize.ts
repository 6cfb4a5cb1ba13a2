/**
 * "Save this page's structure" (issue 11): the page as HTML with its open shadow roots, every text and every value
 * that could be someone's words replaced (vocabulary.ts says what is kept), so an agent can attach it to a bug report
 * and a developer can make an adapter fixture from it. Runs in the content script: small, no dependencies, DOM in,
 * string out. Nothing is sent anywhere; the extension page that asked saves it as a local file.
 */
import { DROPPED_ATTRIBUTES, DROPPED_ELEMENTS, isInertCss, KEPT_VALUES, placeholderWord } from './vocabulary';

export interface PageCapture {
  html: string;
  fileName: string;
}

const VOID = new Set('area,base,br,col,embed,hr,img,input,link,meta,source,track,wbr'.split(','));
const escapeValue = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** An address in a kept value (an id or test hook built from an email) is replaced all the same. */
// Starts only where an address can start, parts bounded: linear on a long unbroken value (tests/lib/regex).
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,253}/g;

/** Capture `doc` as a scrubbed, self-contained HTML file (see the module comment). */
export function capturePage(doc: Document, date = new Date()): PageCapture {
  // Digits-only values are renumbered per capture: ids stay distinct (adapters key messages on them) yet say nothing.
  const numbers = new Map<string, string>();
  const out: string[] = [];

  const attribute = (attr: Attr): string => {
    const { name, value } = attr;
    // A page's own unparsed `<template shadowrootmode>` must not turn into a shadow root when the capture is opened.
    if (/^on|^shadowroot/i.test(name) || DROPPED_ATTRIBUTES.has(name)) return '';
    if (name === 'style') return isInertCss(value, true) ? ` style="${escapeValue(value)}"` : '';
    if (KEPT_VALUES.has(name)) return ` ${name}="${escapeValue(value.replace(EMAIL, '·'))}"`;
    if (value === '' || value === 'true' || value === 'false') return ` ${name}="${value}"`;
    if (!/^\d+$/.test(value)) return ` ${name}="·"`;
    if (!numbers.has(value)) numbers.set(value, String(numbers.size + 1));
    return ` ${name}="${numbers.get(value)}"`;
  };

  const children = (parent: Node): void => {
    for (let n = parent.firstChild; n; n = n.nextSibling) node(n);
  };

  const node = (n: Node): void => {
    if (n.nodeType === 3) {
      const text = n.nodeValue ?? '';
      const inStyle = n.parentElement?.localName === 'style';
      if (inStyle) out.push(isInertCss(text, false) ? text : '');
      else out.push(text.replace(/\S+/g, (w) => placeholderWord(w.length)));
      return;
    }
    if (n.nodeType !== 1) return; // comments and the like: dropped
    const el = n as Element;
    const tag = el.localName;
    if (DROPPED_ELEMENTS.has(tag)) return;
    out.push(`<${tag}`);
    for (const attr of el.attributes) out.push(attribute(attr));
    out.push('>');
    if (VOID.has(tag)) return;
    const root = el.shadowRoot; // open roots only: a closed one is not reachable, as for the adapters
    if (root) {
      out.push(`<template shadowrootmode="open"${root.delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>`);
      children(root);
      out.push('</template>');
    }
    children(el);
    out.push(`</${tag}>`);
  };

  const day = date.toISOString().slice(0, 10);
  const host = doc.location?.hostname || 'page';
  out.push(
    '<!DOCTYPE html>\n',
    `<!-- Captured by Poise from ${host} on ${day}; scripts stripped; text and attribute values replaced (lib/capture) -->\n`,
  );
  if (doc.documentElement) node(doc.documentElement);
  return { html: out.join(''), fileName: `poise-page-structure-${host}-${day}.html` };
}
