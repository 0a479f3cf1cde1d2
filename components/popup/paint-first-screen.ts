/**
 * The popup's first screen drawn with plain DOM calls, before Preact and the store have loaded:
 * the same markup the popup's first render makes from the kept snapshot (a test holds the two
 * side by side), so the app can take its place without the reader seeing a change. Text from
 * pages goes into text nodes and attributes, never markup.
 */
import { CATEGORIES } from '@/lib/classifier/types';
import type { StoryRecord } from '@/lib/db/database';
import type { MessageKey } from '@/lib/i18n/translate';
import type { PageView } from '@/lib/reading-list/page-view';
import {
  categoryName,
  countsOf,
  facetsOf,
  letterMark,
  relativeDate,
  siteOf,
} from '@/lib/reading-list/story-view';
import { firstRowCount } from '../reading-list/row-window';
import { POPUP_LIST_HEIGHT, POPUP_ROW_HEIGHT } from './popup-size';

type Child = Node | string | null | false | undefined;

function h(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Draws the popup's first screen of `stories` (in the list's order) into `root`. */
export function paintFirstScreen(root: HTMLElement, stories: StoryRecord[], view: PageView): void {
  const { t } = view;
  const count = stories.length;
  const { all, unread } = countsOf(stories);
  const rows = stories
    .slice(0, firstRowCount(count, POPUP_ROW_HEIGHT, POPUP_LIST_HEIGHT))
    .map((story, index) => storyRow(story, index, count, view));
  const list = h(
    'div',
    { role: 'list', 'aria-label': t('readingListLabel'), class: 'rows' },
    ...rows,
  );
  list.style.height = `${count * POPUP_ROW_HEIGHT}px`;
  root.append(
    h(
      'header',
      { class: 'popup-header' },
      h(
        'div',
        { class: 'popup-title' },
        h('h1', {}, t('extName')),
        h('button', { type: 'button', class: 'library-link' }, t('readingListOpenLibrary')),
      ),
      h('div', { class: 'page-actions' }),
    ),
    h(
      'main',
      {},
      h(
        'div',
        { class: 'reading-list' },
        toolbar(stories, view),
        h('p', { class: 'count' }, t('readingListCount', count, all, unread)),
        h('div', { class: 'scroller' }, list),
        h('div', { class: 'undo-bar', role: 'status', 'aria-live': 'polite' }),
        h('p', { class: 'keyboard-hint' }, t('readingListKeyboardHint')),
      ),
    ),
  );
}

function select(label: string, options: Array<[value: string, text: string]>): HTMLElement {
  return h(
    'select',
    { 'aria-label': label },
    ...options.map(([value, text]) => h('option', { value }, text)),
  );
}

function toolbar(stories: StoryRecord[], { t }: PageView): HTMLElement {
  const facets = facetsOf(stories);
  const any = (key: MessageKey): [string, string] => ['', t(key)];
  const same = (value: string): [string, string] => [value, value];
  return h(
    'div',
    { class: 'toolbar' },
    h('input', {
      type: 'search',
      class: 'search',
      'aria-label': t('readingListSearch'),
      placeholder: t('readingListSearchPlaceholder'),
    }),
    h(
      'div',
      { class: 'filters' },
      select(t('readingListShow'), [
        ['all', t('readingListShowAll')],
        ['unread', t('readingListShowUnread')],
        ['read', t('readingListShowRead')],
      ]),
      select(t('readingListCategory'), [
        any('readingListAnyCategory'),
        ...CATEGORIES.filter((category) => facets.categories.includes(category)).map(
          (category): [string, string] => [category, categoryName(t, category)],
        ),
      ]),
      select(t('readingListSite'), [any('readingListAnySite'), ...facets.sites.map(same)]),
      select(t('readingListTag'), [any('readingListAnyTag'), ...facets.tags.map(same)]),
      select(t('readingListSort'), [
        ['newest', t('readingListSortNewest')],
        ['oldest', t('readingListSortOldest')],
        ['uplifting', t('readingListSortUplifting')],
        ['site', t('readingListSortSite')],
      ]),
    ),
  );
}

function favicon(story: StoryRecord, site: string, view: PageView): HTMLElement {
  const src = view.faviconUrl(story.url);
  if (src) {
    return h('img', {
      class: 'favicon',
      src,
      alt: '',
      width: '16',
      height: '16',
      decoding: 'async',
    });
  }
  const { letter, hue } = letterMark(site);
  const mark = h('span', { class: 'favicon letter', 'aria-hidden': 'true' }, letter);
  mark.style.setProperty('--hue', String(hue));
  return mark;
}

function iconButton(
  className: string,
  tabindex: string,
  label: string,
  title: string,
  icon: string,
): HTMLElement {
  return h(
    'button',
    { type: 'button', class: className, tabindex, 'aria-label': label, title },
    h('span', { 'aria-hidden': 'true' }, icon),
  );
}

function storyRow(story: StoryRecord, index: number, count: number, view: PageView): HTMLElement {
  const { t, locale, now } = view;
  const site = siteOf(story);
  const read = story.readAt > 0;
  const toggle = t(read ? 'readingListMarkUnread' : 'readingListMarkRead');
  // The first row is where keyboard focus lands, as in the list itself: only its controls tab.
  const tab = index === 0 ? '0' : '-1';
  const row = h(
    'div',
    {
      role: 'listitem',
      class: `story-row${read ? ' read' : ''}`,
      'data-index': String(index),
      'data-story-id': String(story.id),
      'aria-setsize': String(count),
      'aria-posinset': String(index + 1),
      tabindex: tab,
    },
    favicon(story, site, view),
    h(
      'div',
      { class: 'story-main' },
      h(
        'a',
        {
          class: 'story-title',
          href: story.url,
          target: '_blank',
          rel: 'noreferrer',
          tabindex: tab,
          title: story.teaser ?? story.title,
          ...(index === 0 ? { elementtiming: 'reading-list-first-row' } : {}),
        },
        story.title,
      ),
      h(
        'div',
        { class: 'story-meta' },
        h('span', { class: 'site' }, site),
        h('span', { 'aria-hidden': 'true' }, ' · '),
        h(
          'time',
          { datetime: new Date(story.savedAt).toISOString() },
          relativeDate(story.savedAt, now(), locale),
        ),
        story.category &&
          h('span', { class: `chip category-${story.category}` }, categoryName(t, story.category)),
      ),
    ),
    h(
      'div',
      { class: 'story-actions' },
      iconButton('icon', tab, toggle, toggle, read ? '↺' : '✓'),
      iconButton(
        'icon',
        tab,
        t('readingListAddToListOf', story.title),
        t('readingListAddToList'),
        '+',
      ),
      iconButton('icon danger', tab, t('readingListDelete'), t('readingListDelete'), '✕'),
    ),
  );
  row.style.transform = `translateY(${index * POPUP_ROW_HEIGHT}px)`;
  row.style.height = `${POPUP_ROW_HEIGHT}px`;
  return row;
}
