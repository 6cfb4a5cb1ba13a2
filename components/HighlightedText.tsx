import type { Span } from '../lib/analyzer/types';
import { excerptHighlights } from '../lib/ui/highlight';

/**
 * Chat text with the words that triggered a flag marked. Every segment is a React text child, so markup inside a
 * message (`<img onerror>`, `<script>`) shows as the characters it is made of and never runs.
 */
export function HighlightedText({ text, spans }: { text: string; spans: readonly Span[] }) {
  const segments = excerptHighlights(text, spans);
  return (
    <span className="chat-text">
      {segments.map((segment, i) =>
        segment.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and rebuilt together.
          <mark key={i}>{segment.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <span key={i}>{segment.text}</span>
        ),
      )}
    </span>
  );
}
