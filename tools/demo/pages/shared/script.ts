import type { Line, ScriptControl } from './types';

export interface ScriptOptions {
  /** Milliseconds between lines when playing. */
  speed: number;
  post(line: Line): void;
  /** Put the active conversation back to its history (for reset). */
  resetConversation(): void;
  /** Called after every change of state, for the on-page controls. */
  onState?(): void;
  /** Show or hide the page's "customer is typing" indicator: shown for a moment before each customer line. */
  typing?(on: boolean): void;
}

/** How long the customer is shown typing before their line is posted (at most this share of the pause). */
const TYPING_MS = 2500;
const TYPING_SHARE = 0.6;

/**
 * The scripted customer. Playing posts one line every `speed` ms (other authors' lines come a little faster, as a
 * reply would); `step()` posts up to and including the next customer line, so one step is one customer turn.
 */
export function createScript(lines: Line[], opts: ScriptOptions): ScriptControl {
  let position = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => opts.onState?.();
  const stopTyping = () => {
    clearTimeout(typingTimer);
    typingTimer = undefined;
    opts.typing?.(false);
  };

  const postNext = (): Line | undefined => {
    const line = lines[position];
    if (!line) return undefined;
    position++;
    if (line.from === 'customer') stopTyping();
    opts.post(line);
    return line;
  };

  const schedule = () => {
    const next = lines[position];
    if (!next) {
      timer = undefined;
      changed();
      return;
    }
    const delay = next.from === 'customer' ? opts.speed : Math.round(opts.speed * 0.6);
    if (next.from === 'customer' && opts.typing) {
      const typingFor = Math.min(TYPING_MS, Math.round(delay * TYPING_SHARE));
      typingTimer = setTimeout(() => opts.typing?.(true), delay - typingFor);
    }
    timer = setTimeout(() => {
      postNext();
      changed();
      schedule();
    }, delay);
  };

  const control: ScriptControl = {
    start() {
      if (timer !== undefined || position >= lines.length) return;
      schedule();
      changed();
    },
    pause() {
      clearTimeout(timer);
      timer = undefined;
      stopTyping();
      changed();
    },
    reset() {
      clearTimeout(timer);
      timer = undefined;
      stopTyping();
      position = 0;
      opts.resetConversation();
      changed();
    },
    step() {
      for (let line = postNext(); line && line.from !== 'customer'; line = postNext()) {
        // keep going: agent, bot and note lines ride along with the next customer turn
      }
      changed();
    },
    get playing() {
      return timer !== undefined;
    },
    get position() {
      return position;
    },
    get length() {
      return lines.length;
    },
  };
  return control;
}
