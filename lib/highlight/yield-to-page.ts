/**
 * Gives the main thread back for a moment. `scheduler.yield()` resumes ahead of the tasks queued
 * meanwhile: after DOMContentLoaded on a large page a zero timer waits behind the page's first
 * layout and every frame commit (300-700 ms measured on cnn.com/opinions), a yield only for the
 * task that is running. Timers where there is no `scheduler.yield()`.
 */
export function yieldToPage(): Promise<void> {
  const { scheduler } = globalThis as typeof globalThis & {
    scheduler?: { yield?: () => Promise<void> };
  };
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
