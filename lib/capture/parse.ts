/**
 * Read a page capture back into a Document with its shadow roots, to check a capture or make an adapter fixture from
 * one (tests, tools). Browsers do it with `Document.parseHTMLUnsafe`; where that is missing (happy-dom, older
 * browsers) DOMParser leaves each `<template shadowrootmode>` a plain template, so it is attached here by hand, as the
 * HTML spec's parser would: the template's parent becomes the host and the template's content its shadow root.
 */
type ParseUnsafe = (html: string) => Document;

export function parseCapture(html: string, win: Window & typeof globalThis = globalThis as never): Document {
  const unsafe = (win.Document as unknown as { parseHTMLUnsafe?: ParseUnsafe }).parseHTMLUnsafe;
  if (unsafe) return unsafe(html);
  const doc = new win.DOMParser().parseFromString(html, 'text/html');
  attachDeclared(doc);
  return doc;
}

function attachDeclared(root: Document | ShadowRoot): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    const shadow = host.attachShadow({
      mode,
      delegatesFocus: template.hasAttribute('shadowrootdelegatesfocus'),
    });
    shadow.append(template.content);
    template.remove();
    attachDeclared(shadow);
  }
}
