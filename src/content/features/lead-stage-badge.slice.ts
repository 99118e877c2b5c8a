/**
 * Time-sliced work for the row badges of long lists (issue 5, issue 8 `content.longTasks`): items are
 * worked through until `budgetMs` of work has been done, then the page gets the main thread back
 * (input, rendering) before the next slice. A count per frame cannot do this: what a row costs depends
 * on the machine and its load; the clock does not.
 */
export interface SliceOptions {
  signal: AbortSignal;
  /** Work per slice before yielding (default 8 ms: half a frame, far below a 50 ms long task). */
  budgetMs?: number;
  /** True once a newer run has replaced this one: stop without finishing. */
  stale?: () => boolean;
  now?: () => number;
  pause?: () => Promise<void>;
}

/** Gives the main thread back: scheduler.yield where the browser has it (the continuation keeps its priority), else a timer. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` on every item, yielding between slices; resolves true when all were done, false if aborted or stale. */
export async function sliced<T>(items: readonly T[], work: (item: T) => void, {signal, budgetMs = 8, stale = () => false, now = () => performance.now(), pause = yieldToPage}: SliceOptions): Promise<boolean> {
  let started = now();
  for (let i = 0; i < items.length; i++) {
    if (signal.aborted || stale()) return false;
    work(items[i]);
    if (i + 1 < items.length && now() - started >= budgetMs) {
      await pause();
      started = now();
    }
  }
  return !signal.aborted && !stale();
}
