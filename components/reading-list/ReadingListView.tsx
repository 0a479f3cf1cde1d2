import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORIES } from '@/lib/classifier/types';
import type { StoryRecord } from '@/lib/db/database';
import { LIST_SHOWN_MARK } from '@/lib/reading-list/first-screen';
import { DEFAULT_FILTERS, type Filters, type SortOrder } from '@/lib/reading-list/store';
import { categoryName } from '@/lib/reading-list/story-view';
import { errorText } from '../error-text';
import { useReadingList } from './context';
import { OVERSCAN } from './row-window';
import { StoryRow } from './StoryRow';
import { useVirtualizer } from './use-virtualizer';
import './reading-list.css';

let listShown = false;

export interface ReadingListViewProps {
  rowHeight: number;
  /** Height of the scrolling list before it is measured (the popup knows its own). */
  initialHeight?: number;
  selectable?: boolean;
  selected?: ReadonlySet<number>;
  onSelect?: (story: StoryRecord, selected: boolean) => void;
  showTags?: boolean;
  /** Called with the story keyboard focus or a click is on. */
  onActiveStory?: (story: StoryRecord | undefined) => void;
  /** Above the list, below the search bar (the library's bulk actions). */
  children?: ComponentChildren;
}

/** Search, filters, sort, and the virtualised list with keyboard use, Undo and errors. */
export function ReadingListView(props: ReadingListViewProps) {
  const { t } = useReadingList();
  const search = useRef<HTMLInputElement>(null);

  // `/` focuses search from anywhere on the page but a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      search.current?.focus();
      search.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div class="reading-list">
      <Toolbar searchRef={search} />
      {props.children}
      <ErrorBanner />
      <Rows {...props} searchRef={search} />
      <UndoBar />
      <p class="keyboard-hint">{t('readingListKeyboardHint')}</p>
    </div>
  );
}

function Toolbar({ searchRef }: { searchRef: { current: HTMLInputElement | null } }) {
  const { store, t } = useReadingList();
  const filters = store.filters.value;
  const facets = store.facets.value;
  const set = (change: Partial<Filters>) => (store.filters.value = { ...filters, ...change });
  return (
    <div class="toolbar">
      <input
        ref={searchRef}
        type="search"
        class="search"
        aria-label={t('readingListSearch')}
        placeholder={t('readingListSearchPlaceholder')}
        value={store.query.value}
        onInput={(event) => (store.query.value = event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            focusRow(event.currentTarget.closest('.reading-list'), 0);
          }
        }}
      />
      <div class="filters">
        <select
          aria-label={t('readingListShow')}
          value={filters.show}
          onChange={(event) => set({ show: event.currentTarget.value as Filters['show'] })}
        >
          <option value="all">{t('readingListShowAll')}</option>
          <option value="unread">{t('readingListShowUnread')}</option>
          <option value="read">{t('readingListShowRead')}</option>
        </select>
        <select
          aria-label={t('readingListCategory')}
          value={filters.category}
          onChange={(event) => set({ category: event.currentTarget.value as Filters['category'] })}
        >
          <option value="">{t('readingListAnyCategory')}</option>
          {CATEGORIES.filter(
            (category) => facets.categories.includes(category) || category === filters.category,
          ).map((category) => (
            <option key={category} value={category}>
              {categoryName(t, category)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('readingListSite')}
          value={filters.site}
          onChange={(event) => set({ site: event.currentTarget.value })}
        >
          <option value="">{t('readingListAnySite')}</option>
          {facets.sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
        <select
          aria-label={t('readingListTag')}
          value={filters.tag}
          onChange={(event) => set({ tag: event.currentTarget.value })}
        >
          <option value="">{t('readingListAnyTag')}</option>
          {facets.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <select
          aria-label={t('readingListSort')}
          value={store.sort.value}
          onChange={(event) => (store.sort.value = event.currentTarget.value as SortOrder)}
        >
          <option value="newest">{t('readingListSortNewest')}</option>
          <option value="oldest">{t('readingListSortOldest')}</option>
          <option value="uplifting">{t('readingListSortUplifting')}</option>
          <option value="site">{t('readingListSortSite')}</option>
        </select>
      </div>
    </div>
  );
}

function Rows(props: ReadingListViewProps & { searchRef: { current: HTMLInputElement | null } }) {
  const { store, t, openStory } = useReadingList();
  const stories = store.visible.value;
  const scroller = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<number | undefined>(undefined);
  const count = stories?.length ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    // Stable across renders: rows have one height, so only the count changes what is measured.
    estimateSize: useCallback(() => props.rowHeight, [props.rowHeight]),
    overscan: OVERSCAN,
    initialRect: { width: 360, height: props.initialHeight ?? 480 },
  });

  // Rows get callbacks that stay the same while scrolling, so those on screen are not re-rendered.
  const current = useRef(stories);
  current.current = stories;
  const onFocusRow = useCallback((index: number) => setActiveId(current.current?.[index]?.id), []);

  const activeIndex = useMemo(
    () => Math.max(0, stories?.findIndex((story) => story.id === activeId) ?? 0),
    [stories, activeId],
  );
  const active = stories?.[activeIndex];
  useEffect(() => props.onActiveStory?.(active), [active]);
  useEffect(() => {
    if (listShown || !count) return;
    listShown = true;
    // The popup's first-screen script may have shown rows already: the first mark is the one.
    if (performance.getEntriesByName(LIST_SHOWN_MARK).length) return;
    requestAnimationFrame(() => performance.mark(LIST_SHOWN_MARK));
  }, [count]);

  if (stories === undefined) {
    return (
      <p class="status" role="status">
        {t('readingListLoading')}
      </p>
    );
  }
  const { all, unread } = store.counts.value;
  if (all === 0 && store.query.value === '' && store.complete.value) {
    return (
      <div class="empty" role="status">
        <p>
          <strong>{t('readingListEmpty')}</strong>
        </p>
        <p>{t('readingListEmptyHow')}</p>
      </div>
    );
  }

  const moveTo = (index: number) => {
    const target = Math.min(Math.max(index, 0), count - 1);
    const story = stories[target];
    if (!story) return;
    setActiveId(story.id);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    focusRow(scroller.current, target);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const onRow = target === row;
    const story = stories[index];
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (target.tagName === 'SELECT') return;
        event.preventDefault();
        moveTo(index + (event.key === 'ArrowDown' ? 1 : -1));
        break;
      case 'Home':
      case 'End':
        if (!onRow) return;
        event.preventDefault();
        moveTo(event.key === 'Home' ? 0 : count - 1);
        break;
      case 'Enter':
        if (!onRow || !story) return;
        event.preventDefault();
        openStory(story.url);
        break;
      case 'Delete':
      case 'Backspace':
        if (!story || target.matches('input, select, textarea')) return;
        event.preventDefault();
        {
          // Keep the reader's place: focus moves to the row that takes this one's place.
          const next = stories[index + 1] ?? stories[index - 1];
          void store.remove([story.id]).then((done) => {
            if (!done || !next) return;
            setActiveId(next.id);
            scroller.current?.querySelector<HTMLElement>(`[data-story-id="${next.id}"]`)?.focus();
          });
        }
        break;
    }
  };

  return (
    <>
      <p class="count">{t('readingListCount', count, all, unread)}</p>
      {count === 0 ? (
        <div class="empty" role="status">
          <p>{t('readingListNoMatch')}</p>
          <button
            type="button"
            onClick={() => {
              store.query.value = '';
              store.filters.value = DEFAULT_FILTERS;
              props.searchRef.current?.focus();
            }}
          >
            {t('readingListClearFilters')}
          </button>
        </div>
      ) : (
        <div class="scroller" ref={scroller} onKeyDown={onKeyDown}>
          <div
            role="list"
            aria-label={t('readingListLabel')}
            class="rows"
            style={{ height: `${virtualizer.getTotalSize()}px` }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const story = stories[item.index];
              if (!story) return null;
              return (
                <StoryRow
                  key={story.id}
                  story={story}
                  index={item.index}
                  count={count}
                  top={item.start}
                  height={item.size}
                  active={item.index === activeIndex}
                  selectable={props.selectable}
                  selected={props.selected?.has(story.id)}
                  onSelect={props.onSelect}
                  showTags={props.showTags}
                  onFocusRow={onFocusRow}
                />
              );
            })}
          </div>
        </div>
      )}
    </>
  );
}

/** Focuses row `index` once it is rendered (after a scroll it appears on the next frame). */
function focusRow(root: Element | null, index: number, tries = 3) {
  const row = root?.querySelector<HTMLElement>(`[data-index="${index}"]`);
  if (row) row.focus();
  else if (tries > 0) requestAnimationFrame(() => focusRow(root, index, tries - 1));
}

function UndoBar() {
  const { store, t } = useReadingList();
  const pending = store.pendingUndo.value;
  return (
    <div class="undo-bar" role="status" aria-live="polite">
      {pending && (
        <>
          <span>
            {pending.deleted.stories.length === 1
              ? t('readingListDeletedOne')
              : t('readingListDeletedMany', pending.deleted.stories.length)}
          </span>
          <button type="button" class="undo" onClick={() => void store.undo()}>
            {t('readingListUndo')}
          </button>
          <button
            type="button"
            class="icon"
            aria-label={t('readingListDismiss')}
            onClick={() => store.dismissUndo()}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </>
      )}
    </div>
  );
}

function ErrorBanner() {
  const { store, t } = useReadingList();
  const error = store.error.value;
  if (!error) return null;
  return (
    <div class="error" role="alert">
      <span>{errorText(t, error)}</span>
      <button
        type="button"
        class="icon"
        aria-label={t('readingListDismiss')}
        onClick={() => store.clearError()}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
