/** Split a filled suggestion into the agent's words and the customer's, for the card to mark. */

export interface TextPart {
  text: string;
  fromCustomer: boolean;
}

/** `text` in parts, each occurrence of a customer value marked; longer values are matched first. */
export function customerParts(text: string, values: readonly string[]): TextPart[] {
  const wanted = [...new Set(values.filter(Boolean))].sort((a, b) => b.length - a.length);
  const parts: TextPart[] = [];
  let plain = '';
  let at = 0;
  while (at < text.length) {
    const hit = wanted.find((v) => text.startsWith(v, at));
    if (hit) {
      if (plain) parts.push({ text: plain, fromCustomer: false });
      parts.push({ text: hit, fromCustomer: true });
      plain = '';
      at += hit.length;
    } else {
      plain += text[at];
      at++;
    }
  }
  if (plain) parts.push({ text: plain, fromCustomer: false });
  return parts;
}
