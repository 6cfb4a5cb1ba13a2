import { existsSync } from 'node:fs';

/** Debian's Chromium, or the binary named by POISE_CHROMIUM. Null when neither exists. */
export function chromiumPath(): string | null {
  const candidates = [process.env.POISE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}
