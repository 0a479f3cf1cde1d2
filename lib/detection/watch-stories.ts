/**
 * Stories added after the first scan (infinite scroll, "load more", single-page navigation):
 * a MutationObserver collects the added elements, and once per batch only those subtrees are
 * scanned. Each headline is reported once; the observer stops when the signal aborts.
 */
import type { DetectedStory } from './collect-stories';
import { detectStoriesIn } from './detect-stories';

export interface WatchOptions {
  /** Quiet time that closes a batch, in ms (default 100). */
  batchDelayMs?: number;
  /** Page URL for resolving links; read from `doc.location` at each batch unless given. */
  url?: string;
  /**
   * Added elements that hold no stories by construction (the caller's own badges and styles):
   * they are never scanned.
   */
  ignore?: (element: Element) => boolean;
}

export function watchStories(
  doc: Document = document,
  onStories: (stories: DetectedStory[]) => void,
  signal?: AbortSignal,
  options: WatchOptions = {},
): void {
  if (signal?.aborted) return;
  const root = doc.body ?? doc.documentElement;
  const view = doc.defaultView;
  if (!root || !view?.MutationObserver) return;
  const delay = options.batchDelayMs ?? 100;
  const ignore = options.ignore;
  const reported = new WeakSet<Element>();
  let pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const added = pending;
    pending = new Set();
    if (signal?.aborted) return;
    const url = options.url ?? doc.location?.href ?? '';
    const stories: DetectedStory[] = [];
    const urls = new Set<string>();
    for (const element of added) {
      if (!element.isConnected) continue;
      // An element inside another added element is scanned with it.
      let covered = false;
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (added.has(parent)) {
          covered = true;
          break;
        }
      }
      if (covered) continue;
      for (const story of detectStoriesIn(element, url)) {
        if (reported.has(story.headlineElement) || urls.has(story.url)) continue;
        if (story.element.hasAttribute('data-brightside')) continue;
        reported.add(story.headlineElement);
        urls.add(story.url);
        stories.push(story);
      }
    }
    if (stories.length) onStories(stories);
  };

  const observer = new view.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !ignore?.(node as Element)) pending.add(node as Element);
      }
    }
    if (pending.size && timer === undefined) timer = setTimeout(flush, delay);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal?.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      pending.clear();
    },
    { once: true },
  );
}
