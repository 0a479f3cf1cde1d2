/**
 * The in-page layer on a small page (happy-dom): marks, badges in shadow roots, saved state, live
 * settings, muted words, "Mark as uplifting" on other stories, and everything taken off again
 * when the signal ends. The background's scoring is a fake that says what each headline is.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { DetectedStory } from '@/lib/detection';
import { Highlighter, MARK_ATTRIBUTE, type HighlightActions } from '@/lib/highlight/highlighter';
import { MARK_UPLIFTING_TAG } from '@/lib/highlight/mark-as-uplifting';
import { PAGE_STYLE_ID } from '@/lib/highlight/page-style';
import { BADGE_TAG } from '@/lib/highlight/story-badge';
import type { StoryScore } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { english } from '../../support/english';

const PAGE = `
<main>
  <article id="a"><h2><a href="/good">Neighbours rebuild playground in one weekend</a></h2></article>
  <article id="b"><h2><a href="/bad">Council vote delayed again</a></h2></article>
  <article id="c"><h2><a href="/dog">Rescued dog reunited with family</a></h2></article>
</main>`;

function stories(): DetectedStory[] {
  return ['a', 'b', 'c'].map((id) => {
    const element = document.getElementById(id)!;
    const link = element.querySelector('a')!;
    return {
      element,
      headlineElement: element.querySelector('h2')!,
      title: link.textContent!,
      url: `https://news.example${link.getAttribute('href')}`,
    };
  });
}

/** Uplifting: the playground and the dog; a strict reader only keeps the playground. */
function fakeScore(headline: string, sensitivity: Settings['sensitivity']): StoryScore {
  const score = headline.includes('playground') ? 0.9 : headline.includes('dog') ? 0.6 : 0.1;
  const threshold = sensitivity === 'strict' ? 0.7 : 0.5;
  return { score, uplifting: score >= threshold, cues: ['kindness'], category: 'community' };
}

function fakeActions() {
  const actions = {
    score: vi.fn(
      async (batch: Array<{ headline: string }>, sensitivity: Settings['sensitivity']) => ({
        threshold: sensitivity === 'strict' ? 0.7 : 0.5,
        results: batch.map((story) => fakeScore(story.headline, sensitivity)),
      }),
    ),
    save: vi.fn<HighlightActions['save']>(async () => {}),
    feedback: vi.fn<HighlightActions['feedback']>(async () => {}),
    getLists: vi.fn(async () => [{ id: 1, name: 'Weekend' }]),
    addToList: vi.fn(async () => 'Weekend'),
    t: english,
  } satisfies HighlightActions;
  return actions;
}

const mark = (id: string) => document.getElementById(id)!.getAttribute(MARK_ATTRIBUTE);
const badgeOf = (id: string) => document.getElementById(id)!.querySelector(BADGE_TAG);
const saveButtonOf = (id: string) =>
  badgeOf(id)!.shadowRoot!.querySelector<HTMLButtonElement>('button.save')!;

let controller: AbortController;
beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = PAGE;
  controller = new AbortController();
});

describe('Highlighter', () => {
  test('marks every story, badges the uplifting ones, in one scoring request', async () => {
    const actions = fakeActions();
    const highlighter = new Highlighter(
      document,
      { ...DEFAULT_SETTINGS },
      actions,
      controller.signal,
    );
    await highlighter.add(stories());
    expect([mark('a'), mark('b'), mark('c')]).toEqual(['uplifting', 'other', 'uplifting']);
    expect(actions.score).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(2);
    expect(badgeOf('b')).toBeNull();
    const sun = badgeOf('a')!.shadowRoot!.querySelector('button.sun')!;
    expect(sun.getAttribute('aria-label')).toBe('Uplifting story: why? (Brightside)');
    expect(highlighter.counts()).toEqual({ uplifting: 2, total: 3 });
    expect(document.getElementById(PAGE_STYLE_ID)).not.toBeNull();
    // The same stories again (a later scan): nothing new is asked or drawn.
    await highlighter.add(stories());
    expect(actions.score).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(2);
  });

  test('Save from the badge saves once and shows the saved state; setSaved marks others', async () => {
    const actions = fakeActions();
    const highlighter = new Highlighter(
      document,
      { ...DEFAULT_SETTINGS },
      actions,
      controller.signal,
    );
    await highlighter.add(stories());
    saveButtonOf('a').click();
    await vi.waitFor(() => expect(saveButtonOf('a').getAttribute('aria-pressed')).toBe('true'));
    expect(actions.save).toHaveBeenCalledTimes(1);
    expect(actions.save.mock.calls[0]![0].story.url).toBe('https://news.example/good');
    expect(saveButtonOf('a').textContent).toBe('Saved');
    highlighter.setSaved(['https://news.example/dog']);
    expect(saveButtonOf('c').getAttribute('aria-label')).toBe('Saved to Brightside');
  });

  test('settings apply live: stricter sensitivity and muted words take badges off', async () => {
    const actions = fakeActions();
    const highlighter = new Highlighter(
      document,
      { ...DEFAULT_SETTINGS },
      actions,
      controller.signal,
    );
    await highlighter.add(stories());
    await highlighter.applySettings({ ...DEFAULT_SETTINGS, sensitivity: 'strict' });
    expect([mark('a'), mark('b'), mark('c')]).toEqual(['uplifting', 'other', 'other']);
    expect(badgeOf('c')).toBeNull();
    await highlighter.applySettings({
      ...DEFAULT_SETTINGS,
      sensitivity: 'strict',
      mutedWords: ['playground'],
    });
    expect(mark('a')).toBe('other');
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
  });

  test('"Mark as uplifting" appears on an other story only while focus is inside it', async () => {
    const actions = fakeActions();
    const highlighter = new Highlighter(
      document,
      { ...DEFAULT_SETTINGS },
      actions,
      controller.signal,
    );
    await highlighter.add(stories());
    expect(document.querySelector(MARK_UPLIFTING_TAG)).toBeNull();
    const link = document.querySelector<HTMLAnchorElement>('#b a')!;
    link.focus();
    const host = document.getElementById('b')!.querySelector(MARK_UPLIFTING_TAG)!;
    const button = host.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Mark as uplifting (Brightside)');
    button.click();
    await vi.waitFor(() => expect(button.textContent).toBe('☀ Noted'));
    expect(actions.feedback).toHaveBeenCalledWith(
      expect.objectContaining({
        story: expect.objectContaining({ url: 'https://news.example/bad' }),
      }),
      'uplifting',
    );
    // Not on uplifting stories.
    document.querySelector<HTMLAnchorElement>('#a a')!.focus();
    await Promise.resolve();
    expect(document.getElementById('a')!.querySelector(MARK_UPLIFTING_TAG)).toBeNull();
    expect(document.getElementById('b')!.querySelector(MARK_UPLIFTING_TAG)).toBeNull();
  });

  test('when the signal ends, every mark, badge and style goes', async () => {
    const highlighter = new Highlighter(
      document,
      { ...DEFAULT_SETTINGS },
      fakeActions(),
      controller.signal,
    );
    await highlighter.add(stories());
    controller.abort();
    expect(document.querySelectorAll(`[${MARK_ATTRIBUTE}]`)).toHaveLength(0);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
    expect(document.getElementById(PAGE_STYLE_ID)).toBeNull();
  });
});
