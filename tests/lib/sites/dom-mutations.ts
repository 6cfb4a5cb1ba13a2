/**
 * Random damage to a page, for the adapters' fuzz test (fuzz.test.ts): which mutations exist, how fast-check draws
 * them, and how one is applied to a document. Hostile text and hook attributes are the ones real pages and
 * customers can produce.
 */
import fc from 'fast-check';

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<a href="javascript:alert(1)">x</a>',
  '\u202Egnp.exe\u202C still not working',
  'zero\u200Bwidth\u200C\u200D\uFEFF',
  '\u200B\u200D\uFEFF',
  '👩‍👩‍👧‍👦🔥 this is still not working 😡',
  '\uD83D lone surrogate \uDE00',
  '',
  ' \n\t ',
  '\u00A0\u00A0',
  'مرحبا שלום',
  'x'.repeat(100_000),
  '"]\'; *[x="1',
  '\\',
  'Internal note from Mallory',
  'Message from <b>Mallory</b>',
  '\u0000nul',
];

/** Values the hook attributes really take (so mutations also move hooks around), plus hostile ones. */
const ATTR_VALUES = [
  ...HOSTILE.filter((s) => s.length < 1000),
  'true',
  'false',
  'omni-log-container',
  'omni-log-comment-item',
  'omni-log-item-message',
  'omni-log-message-content',
  'omni-log-internal-note-tag',
  'omni-log-system-message',
  'header-tab',
  'header-tab-title',
  'ticket-123-standard-layout',
  'ticket-77-standard-layout',
  'ticket-99-standard-layout',
  'ticket-abc-standard-layout',
  'omnicomposer-plain-text-ckeditor',
  'conversation-stream-scroll-container',
  'end-user',
  'agent',
  'bot',
  'system',
  'customer',
  '1',
  '3',
  '4',
  '5',
  '20',
  '123',
  '77',
  'p1',
  'p2',
  'g1',
  'log',
  'note',
  'textbox',
  'polite',
  'Message from Marta Quill',
  'Internal note from Dana Agent',
  '2025-03-04T12:01:10Z',
  'not a date',
  'display:none',
  'msg msg--in',
  'flex justify-end',
];

const ATTRS = [
  'data-test-id',
  'data-testid',
  'type',
  'data-part-group-category',
  'data-is-active',
  'aria-label',
  'data-entity-id',
  'data-entity-is-selected',
  'data-selected',
  'aria-selected',
  'data-part-id',
  'data-part-group-id',
  'data-author-type',
  'data-message-id',
  'datetime',
  'title',
  'role',
  'aria-live',
  'contenteditable',
  'hidden',
  'class',
  'style',
] as const;

export type Mutation =
  | { op: 'remove' | 'duplicate' | 'wrap' | 'empty'; at: number }
  | { op: 'swap'; at: number; i: number; j: number }
  | { op: 'move'; at: number; into: number }
  | { op: 'setAttr' | 'changeAttr'; at: number; name: string; value: string }
  | { op: 'removeAttr'; at: number; name: string }
  | { op: 'text'; at: number; value: string };

const at = fc.nat({ max: 10_000 });
const HOOKED = `${ATTRS.filter((a) => a !== 'class' && a !== 'style')
  .map((a) => `[${a}]`)
  .join(', ')}, time, svg, strong, p`;
const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);
const attrName = fc.constantFrom(...ATTRS);
const attrValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ATTR_VALUES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
/** Text edited, or nodes removed: the damage the read caches promise to notice (see mutate). */
const textDamage = [
  fc.record({ op: fc.constant('remove'), at }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('text'), at, value: hostileText }) },
] as const;
export const textMutation = fc.oneof(...textDamage) as fc.Arbitrary<Mutation>;
export const mutation = fc.oneof(
  ...textDamage,
  fc.record({ op: fc.constantFrom('duplicate', 'empty'), at }),
  fc.record({ op: fc.constant('swap'), at, i: fc.nat(20), j: fc.nat(20) }),
  fc.record({ op: fc.constant('move'), at, into: at }),
  fc.record({ op: fc.constant('wrap'), at }),
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constantFrom('setAttr', 'changeAttr'),
      at,
      name: attrName,
      value: attrValue,
    }),
  },
  fc.record({ op: fc.constant('removeAttr'), at, name: attrName }),
) as fc.Arbitrary<Mutation>;

const pick = <T>(list: ArrayLike<T>, i: number): T | undefined =>
  list.length > 0 ? list[i % list.length] : undefined;

function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const hasText = (n: Node | null | undefined): boolean => (n?.textContent ?? '') !== '';

/**
 * Apply one mutation; one that finds nothing to act on is a no-op. Returns whether it stays within what the
 * per-element read caches promise to notice (zendesk items, intercom groups are re-read when their text, label,
 * category or child count change): text edited, or a node that carries text removed. By design they do not
 * notice attribute changes, a node without text (an icon, an empty avatar) removed, or nodes copied, moved or
 * swapped so that the text reads as before.
 */
export function mutate(doc: Document, m: Mutation): boolean {
  const elements = doc.body.querySelectorAll('*');
  // Even positions aim at the elements that carry hooks, so damage lands where the adapters look.
  const el =
    pick(m.at % 2 === 0 ? doc.body.querySelectorAll(HOOKED) : elements, m.at >> 1) ?? pick(elements, m.at);
  switch (m.op) {
    case 'remove':
      el?.remove();
      return !el || hasText(el);
    case 'duplicate':
      // Bounded: ten copies of a copy of the body would be a page of 2^10 bodies (and of 100 KB strings).
      if (el && elements.length < 2_000 && (doc.body.textContent ?? '').length < 1_000_000) {
        el.after(el.cloneNode(true));
      }
      return false;
    case 'wrap': {
      if (!el) return true;
      const wrapper = doc.createElement('div');
      el.replaceWith(wrapper);
      wrapper.append(el);
      return false;
    }
    case 'empty':
      el?.replaceChildren();
      return false;
    case 'swap': {
      const kids = el?.childNodes;
      const a = kids && pick(kids, m.i);
      const b = kids && pick(kids, m.j);
      if (!el || !a || !b || a === b) return true;
      const marker = doc.createComment('');
      a.replaceWith(marker);
      b.replaceWith(a);
      marker.replaceWith(b);
      return false;
    }
    case 'move': {
      const into = pick(elements, m.into);
      if (!el || !into || el.contains(into)) return true;
      into.append(el);
      return false;
    }
    case 'setAttr':
      el?.setAttribute(m.name, m.value);
      return false;
    case 'changeAttr':
      pick(doc.body.querySelectorAll(`[${m.name}]`), m.at)?.setAttribute(m.name, m.value);
      return false;
    case 'removeAttr':
      pick(doc.body.querySelectorAll(`[${m.name}]`), m.at)?.removeAttribute(m.name);
      return false;
    case 'text': {
      const node = pick(textNodes(doc), m.at);
      if (node) node.data = m.value;
      else el?.append(m.value);
      return true;
    }
  }
}
