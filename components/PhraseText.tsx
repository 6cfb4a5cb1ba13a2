import { fallbackWords, phraseParts } from '../lib/ui/phrase-parts';

/**
 * A phrase's text with each placeholder shown as a chip in words ("customer's first name", or "there"), never as
 * template braces. Rendered as text.
 */
export function PhraseText({ text, id }: { text: string; id?: string }) {
  return (
    <p className="phrase-text" id={id}>
      {phraseParts(text).map((part, i) =>
        part.type === 'text' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed text, in order
          <span key={i}>{part.text}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed text, in order
          <span key={i} className="placeholder-chip" data-testid="placeholder-chip" data-name={part.name}>
            {part.label}
            <span className="placeholder-fallback"> ({fallbackWords(part.fallback)})</span>
          </span>
        ),
      )}
    </p>
  );
}
