/** An adapter's log fold that counts the items it reads (forked steps included), for the incremental-reading tests. */
import type { LogFold, LogStep } from '../../../lib/sites/types';

export function countingFold(fold: LogFold): { fold: LogFold; steps: () => number } {
  let steps = 0;
  const wrap = (step: LogStep): LogStep => ({
    read(item, out) {
      steps++;
      step.read(item, out);
    },
    fork: () => wrap(step.fork()),
  });
  return {
    fold: { itemSelector: fold.itemSelector, start: () => wrap(fold.start()) },
    steps: () => steps,
  };
}
