/** What already travelled to the background, so only new or edited messages are sent again. */
import type { ChatMessage } from '../chat';
import type { TranscriptDelta } from '../messaging/protocol';
import { hashText } from '../sites/dom';

export interface TranscriptDiff {
  /** The delta for this read of the conversation, or null when nothing is new. */
  next(conversationKey: string, messages: readonly ChatMessage[]): TranscriptDelta | null;
  /** Forget everything: the next read starts with `reset: true`. */
  reset(): void;
}

/** A per-conversation map of message key → content hash (never the text itself). */
export function createTranscriptDiff(): TranscriptDiff {
  let conversation: string | null = null;
  let sent = new Map<string, string>();
  /** Message objects sent since the last reset (log-reader.ts returns earlier reads as the same objects). */
  let sentObjects = new WeakSet<ChatMessage>();
  /** A message object never changes, so its hash is computed once, also across a switch away and back. */
  const hashes = new WeakMap<ChatMessage, string>();
  const hashOf = (m: ChatMessage): string => {
    let h = hashes.get(m);
    if (h === undefined) {
      h = hashText(`${m.role}\u0000${m.author ?? ''}\u0000${m.at ?? ''}\u0000${m.text}`);
      hashes.set(m, h);
    }
    return h;
  };
  return {
    next(conversationKey, messages) {
      const reset = conversationKey !== conversation;
      if (reset) {
        conversation = conversationKey;
        sent = new Map();
        sentObjects = new WeakSet();
      }
      const upserts = messages.filter((m) => {
        if (sentObjects.has(m)) return false;
        sentObjects.add(m);
        const h = hashOf(m);
        if (sent.get(m.key) === h) return false;
        sent.set(m.key, h);
        return true;
      });
      return reset || upserts.length > 0 ? { conversationKey, upserts, reset } : null;
    },
    reset() {
      conversation = null;
    },
  };
}
