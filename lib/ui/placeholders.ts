/** Placeholders the agent fills in a suggestion card before inserting (Suggestion.missing). */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression for `{{name}}`, tolerant of spaces and of a `| fallback` part. */
function placeholderPattern(name: string): RegExp {
  return new RegExp(`\\{\\{\\s*${escapeRegExp(name)}\\s*(?:\\|[^}]*)?\\}\\}`, 'g');
}

/** Names in `missing` that have no non-blank value yet. */
export function unfilled(missing: readonly string[], values: Readonly<Record<string, string>>): string[] {
  return missing.filter((name) => !values[name]?.trim());
}

/** Replace each `{{name}}` for which a value is given; the values are inserted as plain text. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  let out = text;
  for (const [name, value] of Object.entries(values)) {
    const v = value.trim();
    if (v) out = out.replace(placeholderPattern(name), () => v);
  }
  return out;
}

/** A label an agent understands for a placeholder name, e.g. `order.number` → "order number". */
export function placeholderLabel(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
}
