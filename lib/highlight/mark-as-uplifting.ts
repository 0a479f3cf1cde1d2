/**
 * "Mark as uplifting" for stories marked `other`: a faint button beside the headline that exists
 * only while the pointer is over the story or focus is inside it, so the page carries nothing
 * extra until the reader shows interest. Delegated listeners on the document, none per story.
 */
import type { Translate } from '../i18n/translate';
import { HOST_STYLE, placeBadge, type MarkedStory } from './story-badge';

export const MARK_UPLIFTING_TAG = 'brightside-mark-uplifting';

const CSS = `
button {
  all: unset; box-sizing: border-box; cursor: pointer; position: absolute; left: 4px; top: 0;
  transform: translateY(-50%); white-space: nowrap; z-index: 2147483000;
  font: 500 11px/1.3 system-ui, -apple-system, 'Segoe UI', sans-serif; letter-spacing: normal;
  color: #5c4d19; background: rgba(255, 250, 235, 0.92); border: 1px dashed #d9c27a;
  border-radius: 999px; padding: 1px 7px;
}
/* Faint by its dashed outline and pale ground, never by fading the text: it must stay readable. */
button:hover, button:focus-visible { background: #fff4cc; border-style: solid; }
button:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
button:disabled { cursor: default; }
`;

function renderButton(button: HTMLButtonElement, done: boolean, t: Translate): void {
  button.textContent = done ? t('markUpliftingDone') : t('markUplifting');
  button.disabled = done;
  button.setAttribute('aria-label', done ? t('markUpliftingDoneLabel') : t('markUpliftingLabel'));
}

export interface MarkAsUpliftingOptions {
  /** The marked story an element is, if any. */
  markOf(element: Element): MarkedStory | undefined;
  /** Records the reader's verdict. */
  markUplifting(mark: MarkedStory): Promise<void>;
  t: Translate;
}

export function offerMarkAsUplifting(
  doc: Document,
  { markOf, markUplifting, t }: MarkAsUpliftingOptions,
  signal: AbortSignal,
): void {
  const shown = new Map<Element, HTMLElement>();
  const noted = new Set<Element>();

  const storyOf = (target: EventTarget | null): Element | null => {
    const element = target instanceof Element ? target : null;
    const story = element?.closest('[data-brightside="other"]');
    return story && markOf(story) ? story : null;
  };

  const show = (story: Element) => {
    if (shown.has(story)) return;
    const mark = markOf(story)!;
    const host = doc.createElement(MARK_UPLIFTING_TAG);
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const button = doc.createElement('button');
    button.type = 'button';
    renderButton(button, noted.has(story), t);
    root.addEventListener(
      'click',
      (event) => {
        // The button's clicks are Brightside's: never the headline's link.
        event.preventDefault();
        event.stopPropagation();
        if (button.disabled) return;
        button.disabled = true;
        markUplifting(mark).then(
          () => {
            noted.add(story);
            // The button shown now: the pointer may have left and come back meanwhile.
            const current = shown.get(story)?.shadowRoot?.querySelector('button');
            for (const each of new Set([button, current])) if (each) renderButton(each, true, t);
          },
          () => (button.disabled = false),
        );
      },
      { signal },
    );
    root.append(style, button);
    placeBadge(mark.story.headlineElement, host);
    shown.set(story, host);
  };

  const hideUnlessActive = (story: Element) => {
    const host = shown.get(story);
    if (!host) return;
    const stillOther = story.getAttribute('data-brightside') === 'other';
    if (stillOther && (story.contains(doc.activeElement) || host.shadowRoot?.activeElement)) return;
    host.remove();
    shown.delete(story);
  };

  const onEnter = (event: Event) => {
    const story = storyOf(event.target);
    if (story) show(story);
  };
  doc.addEventListener('pointerover', onEnter, { signal, passive: true });
  doc.addEventListener('focusin', onEnter, { signal });
  // The pointer leaving the story is the story's own pointerleave, heard on its way down (leave
  // events do not bubble). Not pointerout: once the node under the pointer is replaced, as the
  // button's label is when the reader clicks it, Chromium 150 fires no pointerout on the way off,
  // only the leave events, and the button stayed after the pointer had gone.
  doc.addEventListener(
    'pointerleave',
    (event) => {
      const story = event.target instanceof Element ? event.target : null;
      if (story && shown.has(story)) hideUnlessActive(story);
    },
    { signal, passive: true, capture: true },
  );
  doc.addEventListener(
    'focusout',
    (event) => {
      const story = storyOf(event.target);
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (story && !story.contains(next)) {
        // Focus moving into the button's shadow root is still inside the story.
        queueMicrotask(() => hideUnlessActive(story));
      }
    },
    { signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      for (const host of shown.values()) host.remove();
      shown.clear();
    },
    { once: true },
  );
}
