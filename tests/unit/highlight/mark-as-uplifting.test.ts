/**
 * "Mark as uplifting" on the pointer's events (happy-dom), in the order Chromium fires them: the
 * offer comes with the pointer and goes when the pointer leaves the story, also after its label
 * was replaced under the pointer, when Chromium 150 fires the leave events but no pointerout.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { MARK_UPLIFTING_TAG, offerMarkAsUplifting } from '@/lib/highlight/mark-as-uplifting';
import type { MarkedStory } from '@/lib/highlight/story-badge';
import { english } from '../../support/english';

let controller: AbortController;
beforeEach(() => {
  document.body.innerHTML = `
    <article id="b" data-brightside="other">
      <h2><a href="/bad">Council vote delayed again</a></h2>
    </article>
    <p id="elsewhere">Weather</p>`;
  controller = new AbortController();
});
afterEach(() => controller.abort());

function offer() {
  const element = document.getElementById('b')!;
  const mark: MarkedStory = {
    story: {
      element,
      headlineElement: element.querySelector('h2')!,
      title: 'Council vote delayed again',
      url: 'https://news.example/bad',
    },
    result: { score: 0.1, uplifting: false, cues: [], category: null },
    uplifting: false,
  };
  const markUplifting = vi.fn(async () => {});
  offerMarkAsUplifting(
    document,
    { markOf: (story) => (story === element ? mark : undefined), markUplifting, t: english },
    controller.signal,
  );
  return { story: element, markUplifting };
}

/** The pointer moves from `from` onto `to`: leave events for what it left, over on the new. */
function movePointer(left: Element[], to: Element, from: Element) {
  for (const each of left) {
    each.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: to }));
  }
  to.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, relatedTarget: from }));
}

test('comes with the pointer, stays while it moves onto the button, goes when it leaves', async () => {
  const { story, markUplifting } = offer();
  const link = story.querySelector('a')!;
  const elsewhere = document.getElementById('elsewhere')!;
  link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
  const host = story.querySelector(MARK_UPLIFTING_TAG)!;
  const button = host.shadowRoot!.querySelector('button')!;
  expect(button.getAttribute('aria-label')).toBe('Mark as uplifting (Brightside)');

  // Onto the button (inside the story) and back onto the headline: still offered.
  movePointer([], host, link);
  movePointer([host], link, host);
  expect(story.querySelector(MARK_UPLIFTING_TAG)).toBe(host);

  movePointer([], host, link);
  button.click();
  await vi.waitFor(() => expect(button.textContent).toBe('☀ Noted'));
  expect(markUplifting).toHaveBeenCalledTimes(1);

  // Off the story with no pointerout, as Chromium 150 moves off a label replaced under it.
  movePointer([host, link, story.querySelector('h2')!, story], elsewhere, host);
  expect(document.querySelector(MARK_UPLIFTING_TAG)).toBeNull();

  // Back again: the verdict is remembered.
  link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, relatedTarget: elsewhere }));
  const again = story.querySelector(MARK_UPLIFTING_TAG)!.shadowRoot!.querySelector('button')!;
  expect(again.getAttribute('aria-label')).toBe('Noted as uplifting (Brightside)');
});

test('stays while focus is inside the story, though the pointer has left', () => {
  const { story } = offer();
  const link = story.querySelector('a')!;
  link.focus();
  expect(story.querySelector(MARK_UPLIFTING_TAG)).not.toBeNull();
  movePointer(
    [link, story.querySelector('h2')!, story],
    document.getElementById('elsewhere')!,
    link,
  );
  expect(story.querySelector(MARK_UPLIFTING_TAG)).not.toBeNull();
});
