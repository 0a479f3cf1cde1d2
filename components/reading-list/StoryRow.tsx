import { memo } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoryRecord } from '@/lib/db/database';
import { categoryName, relativeDate, siteOf } from '@/lib/reading-list/story-view';
import { useReadingList } from './context';
import { Favicon } from './Favicon';

export interface StoryRowProps {
  story: StoryRecord;
  index: number;
  count: number;
  top: number;
  height: number;
  /** The row keyboard focus lands on; only its controls are in the Tab order. */
  active: boolean;
  selectable?: boolean;
  selected?: boolean;
  showTags?: boolean;
  onSelect?: (story: StoryRecord, selected: boolean) => void;
  onFocusRow: (index: number) => void;
}

/**
 * One saved story. Titles, teasers and tags from pages are text nodes, never markup. Memoised:
 * while the list scrolls, rows already on screen keep their props and are not rendered again.
 */
export const StoryRow = memo(function StoryRow(props: StoryRowProps) {
  const { story, active } = props;
  const { store, t, locale, now } = useReadingList();
  const site = siteOf(story);
  const read = story.readAt > 0;
  const tab = active ? 0 : -1;
  return (
    <div
      role="listitem"
      class={`story-row${read ? ' read' : ''}${props.selected ? ' selected' : ''}`}
      data-index={props.index}
      data-story-id={story.id}
      aria-setsize={props.count}
      aria-posinset={props.index + 1}
      tabIndex={tab}
      style={{ transform: `translateY(${props.top}px)`, height: `${props.height}px` }}
      onFocusCapture={() => props.onFocusRow(props.index)}
    >
      {props.selectable && (
        <input
          type="checkbox"
          class="select"
          tabIndex={tab}
          checked={props.selected}
          aria-label={t('librarySelectStory', story.title)}
          onChange={(event) => props.onSelect?.(story, event.currentTarget.checked)}
        />
      )}
      <Favicon url={story.url} site={site} />
      <div class="story-main">
        <a
          class="story-title"
          href={story.url}
          target="_blank"
          rel="noreferrer"
          tabIndex={tab}
          title={story.teaser ?? story.title}
          {...(props.index === 0 ? { elementtiming: 'reading-list-first-row' } : {})}
        >
          {story.title}
        </a>
        <div class="story-meta">
          <span class="site">{site}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={new Date(story.savedAt).toISOString()}>
            {relativeDate(story.savedAt, now(), locale)}
          </time>
          {story.category && (
            <span class={`chip category-${story.category}`}>{categoryName(t, story.category)}</span>
          )}
          {props.showTags &&
            (story.tags ?? []).map((tag) => (
              <span key={tag} class="chip tag">
                #{tag}
              </span>
            ))}
        </div>
      </div>
      <div class="story-actions">
        <button
          type="button"
          class="icon"
          tabIndex={tab}
          aria-label={t(read ? 'readingListMarkUnread' : 'readingListMarkRead')}
          title={t(read ? 'readingListMarkUnread' : 'readingListMarkRead')}
          onClick={() => void store.setRead([story.id], !read)}
        >
          <span aria-hidden="true">{read ? '↺' : '✓'}</span>
        </button>
        <AddToList
          lazy
          storyIds={[story.id]}
          tabIndex={tab}
          label={t('readingListAddToListOf', story.title)}
        />
        <button
          type="button"
          class="icon danger"
          tabIndex={tab}
          aria-label={t('readingListDelete')}
          title={t('readingListDelete')}
          onClick={() => void store.remove([story.id])}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
    </div>
  );
});

/**
 * A list picker: choosing a list adds the stories to it. In rows it starts as a light button and
 * becomes the picker when used, so scrolling thousands of rows does not build thousands of menus.
 */
export function AddToList(props: {
  storyIds: number[];
  tabIndex?: number;
  label: string;
  lazy?: boolean;
}) {
  const { store, t } = useReadingList();
  const [open, setOpen] = useState(!props.lazy);
  const picker = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (open && props.lazy) picker.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <button
        type="button"
        class="icon"
        tabIndex={props.tabIndex}
        aria-label={props.label}
        title={t('readingListAddToList')}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">+</span>
      </button>
    );
  }
  const lists = store.lists.value;
  return (
    <select
      ref={picker}
      class="add-to-list"
      tabIndex={props.tabIndex}
      aria-label={props.label}
      title={t('readingListAddToList')}
      value=""
      onBlur={() => props.lazy && setOpen(false)}
      onChange={(event) => {
        const listId = Number(event.currentTarget.value);
        event.currentTarget.value = '';
        if (listId) void store.addToList(listId, props.storyIds);
        if (props.lazy) setOpen(false);
      }}
    >
      <option value="">+ {t('readingListAddToList')}</option>
      {lists.length === 0 && <option disabled>{t('readingListNoLists')}</option>}
      {lists.map((list) => (
        <option key={list.id} value={list.id}>
          {list.name}
        </option>
      ))}
    </select>
  );
}
