/** The "listen" cue (guidance.md): while the customer is still writing a burst, let them finish before replying. */
import type { ChatMessage } from '../chat';

/** Customer messages in a row since the last agent message that make a burst on their own. */
const BURST_MESSAGES = 3;
/** Two messages in a row make a burst when together they are this long. */
const BURST_CHARS = 280;

/** Whether the customer is mid-burst: several messages since the agent last wrote, or two long ones. */
export function letThemFinish(transcript: readonly ChatMessage[]): boolean {
  let count = 0;
  let chars = 0;
  for (let i = transcript.length - 1; i >= 0; i--) {
    const m = transcript[i];
    if (!m || m.role === 'agent') break;
    // Bots, system lines and notes neither break the customer's run nor count towards it.
    if (m.role !== 'customer') continue;
    count++;
    chars += m.text.trim().length;
  }
  return count >= BURST_MESSAGES || (count >= 2 && chars >= BURST_CHARS);
}
