/** Text of a message or an editor as the agent reads it: blocks become lines, chrome (icons, times) is skipped. */

const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'TR',
]);
/** Never message text: read/delivered ticks, icons, scripts, editor filler. */
const ALWAYS_SKIP = 'svg, script, style, template, button, [data-cke-filler], .ProseMirror-trailingBreak';
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;

/** Lines of text under `node`, skipping elements matching `skip`; spaces collapsed, empty lines dropped. */
export function textOf(node: Node, skip?: string): string {
  const out: string[] = [];
  const sel = skip ? `${ALWAYS_SKIP}, ${skip}` : ALWAYS_SKIP;
  walk(node, sel, out, true);
  return normalizeLines(out.join(''));
}

function walk(node: Node, skip: string, out: string[], top: boolean): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const el = node as Element;
  if (node.nodeType === 1) {
    if (!top && el.matches(skip)) return;
    if (el.tagName === 'BR') {
      out.push('\n');
      return;
    }
  }
  const block = node.nodeType === 1 && BLOCK.has(el.tagName);
  if (block) out.push('\n');
  for (let c = node.firstChild; c; c = c.nextSibling) walk(c, skip, out, false);
  if (block) out.push('\n');
}

/** Collapse spaces within lines, trim them, drop empty lines and zero-width characters. */
export function normalizeLines(s: string): string {
  return s
    .replace(ZERO_WIDTH, '')
    .replace(/\u00A0/g, ' ')
    .split(/\r\n?|\n/)
    .map((l) => l.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** One-line form for comparisons: all whitespace collapsed. */
export function flatText(s: string): string {
  return s.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}
