/**
 * watchStories: stories added after the first scan arrive in batches, only the added nodes are
 * scanned, each headline is reported once, and nothing is reported after the signal aborts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectStories, watchStories, type DetectedStory } from '@/lib/detection';
import * as detect from '@/lib/detection/detect-stories';

const card = (n: number) =>
  `<article><h3><a href="/news/2025/01/0${n}/volunteers-help-story-number-${n}">Volunteers help neighbours in story number ${n}</a></h3></article>`;

function addCards(list: Element, ...numbers: number[]) {
  for (const n of numbers) list.insertAdjacentHTML('beforeend', card(n));
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('watchStories', () => {
  let list: Element;
  beforeEach(() => {
    document.body.innerHTML = `<main><section id="feed">${card(1)}</section></main>`;
    list = document.getElementById('feed') as Element;
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reports stories added later in one batch, not the ones already there', async () => {
    const batches: DetectedStory[][] = [];
    const controller = new AbortController();
    expect(detectStories(document).map((s) => s.title)).toHaveLength(1);
    watchStories(document, (stories) => batches.push(stories), controller.signal, {
      batchDelayMs: 10,
    });
    addCards(list, 2, 3);
    addCards(list, 4);
    await flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((s) => s.title)).toEqual([
      'Volunteers help neighbours in story number 2',
      'Volunteers help neighbours in story number 3',
      'Volunteers help neighbours in story number 4',
    ]);
    controller.abort();
  });

  it('scans only the added subtrees, never the whole page', async () => {
    const spy = vi.spyOn(detect, 'detectStoriesIn');
    const controller = new AbortController();
    watchStories(document, () => {}, controller.signal, { batchDelayMs: 10 });
    const wrapper = document.createElement('div');
    wrapper.innerHTML = card(5) + card(6);
    list.append(wrapper);
    await flush();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]?.[0]).toBe(wrapper);
    controller.abort();
  });

  it('reports a headline once, and skips cards already marked', async () => {
    const batches: DetectedStory[][] = [];
    const controller = new AbortController();
    watchStories(document, (stories) => batches.push(stories), controller.signal, {
      batchDelayMs: 10,
    });
    addCards(list, 7);
    await flush();
    const article = list.lastElementChild as Element;
    article.setAttribute('data-brightside', '');
    article.querySelector('h3')?.append(document.createElement('span')); // a badge going in
    list.insertAdjacentHTML('beforeend', card(8).replace('<article>', '<article data-brightside>'));
    await flush();
    expect(batches.flat().map((s) => s.title)).toEqual([
      'Volunteers help neighbours in story number 7',
    ]);
    controller.abort();
  });

  it('never scans the added elements the caller says to ignore', async () => {
    const spy = vi.spyOn(detect, 'detectStoriesIn');
    const controller = new AbortController();
    watchStories(document, () => {}, controller.signal, {
      batchDelayMs: 10,
      ignore: (element) => element.localName === 'own-badge',
    });
    list.querySelector('h3')?.append(document.createElement('own-badge'));
    await flush();
    expect(spy).not.toHaveBeenCalled();
    addCards(list, 9);
    await flush();
    expect(spy).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('stops when the signal aborts, including a batch in flight', async () => {
    const onStories = vi.fn();
    const controller = new AbortController();
    watchStories(document, onStories, controller.signal, { batchDelayMs: 10 });
    addCards(list, 2);
    controller.abort();
    await flush();
    addCards(list, 3);
    await flush();
    expect(onStories).not.toHaveBeenCalled();
  });

  it('does nothing with a signal already aborted', async () => {
    const onStories = vi.fn();
    watchStories(document, onStories, AbortSignal.abort(), { batchDelayMs: 10 });
    addCards(list, 2);
    await flush();
    expect(onStories).not.toHaveBeenCalled();
  });
});
