/**
 * A page built to leak: a distinctive canary word in every place a helpdesk puts someone's words (text, title, alt,
 * aria-label, placeholder, value, href, src, data-* values, comments, scripts, styles, a meta tag, a textarea, SVG
 * text, a template) and in open shadow roots, nested. Structural hooks (ids, classes, roles, test ids) carry none:
 * a capture keeps those by design (lib/capture/vocabulary.ts). Every canary contains "canary", so one search finds
 * any that got through, and each names where it was put.
 */
export const HOSTILE_HTML = `<!doctype html>
<html lang="en"><head>
<title>canarytitle Maria Keller</title>
<meta name="description" content="canarymeta maria.keller@example.com">
<meta name="csrf-token" content="canarytoken">
<link rel="stylesheet" href="https://cdn.example.com/canarylink.css">
<base href="https://canarybase.example.com/">
<style>.a { color: red } .b { background: url(https://canarycss.example.com/x.png) }</style>
<style>.avatar::after { content: "canarycontent" }</style>
<script>window.canaryscript = "canaryscripttext";</script>
<noscript>canarynoscript</noscript>
</head>
<body class="app" data-user="canarybodydata">
<!-- canarycomment Maria -->
<div id="ticket" data-testid="conversation" role="log" aria-label="Conversation with canaryarialabel">
  <article class="message" data-test-id="omni-log-comment-item" data-author="canarydataauthor" title="canarytitleattr"
    data-email="canarydata@example.com" data-testid-like="x-canarytestlike" onclick="canaryonclick()">
    <p>canarytext1 I want a refund for order 48213 canarytext2</p>
    <img src="https://canaryimg.example.com/a.png" srcset="canarysrcset.png 2x" alt="canaryalt">
    <a href="https://canaryhref.example.com/profile?email=canaryquery">canarylinktext</a>
    <time datetime="canarydatetime">canarytime</time>
    <span style="background-image: url(canaryinlineurl.png)">canaryspan</span>
    <span style="font-family: 'canaryfont'">canaryspan2</span>
  </article>
  <form action="https://canaryaction.example.com/"><input name="canaryname" value="canaryvalue" placeholder="canaryplaceholder" type="text">
  <textarea placeholder="canaryplaceholder2">canarytextarea</textarea>
  <select><option value="canaryoption">canaryoptiontext</option></select></form>
  <iframe src="https://canaryiframe.example.com/" srcdoc="<p>canarysrcdoc</p>" title="canaryiframetitle"></iframe>
  <svg viewBox="0 0 10 10" aria-label="canarysvglabel"><title>canarysvgtitle</title><text x="1" y="1">canarysvgtext</text></svg>
  <template><p>canarytemplate</p></template>
  <div data-testid="composer" contenteditable="true" role="textbox" aria-placeholder="canaryariaplaceholder">canarydraft</div>
  <div id="host-open" class="shadow-host"></div>
  <div class="pane" style="visibility: hidden"></div>
  <div id="email-id-canaryidmail@example.com"></div>
</div>
</body></html>`;

/** Open shadow roots, nested, with canaries inside: what a capture must walk into and scrub all the same. */
export function addShadowRoots(doc: Document): void {
  const host = doc.getElementById('host-open');
  if (!host) throw new Error('no host');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>.in { display: flex }</style>
    <section class="in" data-testid="shadow-stream" aria-label="canaryshadowlabel">
      <p data-part-id="90817" title="canaryshadowtitle">canaryshadowtext one two</p>
      <div id="inner-host"></div>
    </section>`;
  const inner = shadow.getElementById('inner-host')?.attachShadow({ mode: 'open', delegatesFocus: true });
  if (!inner) throw new Error('no inner host');
  inner.innerHTML = `<div contenteditable="true" class="ProseMirror" data-placeholder="canaryinnerdata">canaryinnertext</div>`;
  const closed = doc.createElement('x-closed-app');
  closed.attachShadow({ mode: 'closed' }).innerHTML = '<p>canaryclosed</p>';
  doc.body.append(closed);
}
