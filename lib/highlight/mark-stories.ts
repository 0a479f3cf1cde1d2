/**
 * The in-page layer: marks each detected story with `data-brightside` and gives each uplifting one a
 * badge with a Save button. The badge lives in a shadow root, so page CSS cannot reach it and its
 * CSS cannot leak; it is inserted inline after the headline so the headline itself does not move.
 */
import type { UpliftResult } from '../classifier';
import type { DetectedStory } from '../detection';

export interface ScoredStory {
  story: DetectedStory;
  result: UpliftResult;
}

export interface MarkOptions {
  onSave: (story: ScoredStory) => Promise<void>;
  isSaved: (url: string) => boolean;
}

export const BADGE_TAG = 'brightside-badge';

const BADGE_CSS = `
:host { all: initial; display: inline-flex; vertical-align: middle; margin-inline-start: 0.35em; }
button {
  font: 600 12px/1.4 system-ui, sans-serif; color: #5a3d00; background: #fff4cc;
  border: 1px solid #e7b416; border-radius: 999px; padding: 1px 8px; cursor: pointer;
}
button:hover, button:focus-visible { background: #ffe58a; outline: 2px solid #b27b00; outline-offset: 1px; }
button[aria-pressed='true'] { background: #e7b416; color: #2b1d00; }
`;

// The one rule Brightside adds to the page itself: light around uplifting stories. Outline and
// box-shadow take no layout space, so nothing on the page moves.
const PAGE_CSS = `
[data-brightside='uplifting'] {
  outline: 2px solid rgba(231, 180, 22, 0.55);
  outline-offset: 2px;
  box-shadow: 0 0 14px 2px rgba(255, 214, 92, 0.45);
}`;

export function markStories(
  stories: ScoredStory[],
  options: MarkOptions,
  signal: AbortSignal,
): void {
  const first = stories[0];
  if (first) ensurePageStyle(first.story.element.ownerDocument, signal);
  for (const scored of stories) {
    const { story, result } = scored;
    story.element.setAttribute('data-brightside', result.uplifting ? 'uplifting' : 'other');
    if (!result.uplifting || story.headlineElement.querySelector(BADGE_TAG)) continue;
    story.headlineElement.append(createBadge(scored, options, signal));
  }
}

function createBadge(scored: ScoredStory, options: MarkOptions, signal: AbortSignal): HTMLElement {
  const doc = scored.story.headlineElement.ownerDocument;
  const host = doc.createElement(BADGE_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  const render = (saved: boolean) => {
    button.textContent = saved ? '☀ Saved' : '☀ Save';
    button.setAttribute('aria-label', saved ? 'Saved to Brightside' : 'Save to Brightside');
    button.setAttribute('aria-pressed', String(saved));
  };
  render(options.isSaved(scored.story.url));
  button.addEventListener(
    'click',
    (event) => {
      // The badge sits inside the headline link: a click saves, it does not follow the link.
      event.preventDefault();
      event.stopPropagation();
      options.onSave(scored).then(
        () => render(true),
        () => render(false),
      );
    },
    { signal },
  );
  root.append(style, button);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return host;
}

function ensurePageStyle(doc: Document, signal: AbortSignal): void {
  if (doc.getElementById('brightside-style')) return;
  const style = doc.createElement('style');
  style.id = 'brightside-style';
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove(), { once: true });
}
