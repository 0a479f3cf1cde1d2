import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { StoryRecord } from '@/lib/db/database';
import { parseTags } from '@/lib/db/stories';
import type { Selection } from '@/lib/reading-list/selection';
import { siteOf } from '@/lib/reading-list/story-view';
import { useReadingList } from '../reading-list/context';
import { ReadingListView } from '../reading-list/ReadingListView';
import { AddToList } from '../reading-list/StoryRow';

export interface LibraryViewProps {
  selection: Selection;
  /** The lists section (curation and sharing fill it). */
  lists: ComponentChildren;
  onBackup: () => void;
  onRestore: () => void;
}

/** The reading list with room: bulk actions, tags and notes, lists, back up and restore. */
export function LibraryView({ selection, lists, onBackup, onRestore }: LibraryViewProps) {
  const { store, t } = useReadingList();
  const [active, setActive] = useState<StoryRecord | undefined>(undefined);

  // A story deleted or changed elsewhere leaves or refreshes the selection and the details.
  const stories = store.stories.value;
  useEffect(() => {
    if (!stories || !store.complete.value) return;
    selection.keepOnly(new Set(stories.map((story) => story.id)));
  }, [stories]);
  const current = active && stories?.find((story) => story.id === active.id);
  // The same callback on every render, so rows on screen are not rendered again while scrolling.
  const onSelect = useCallback(
    (story: StoryRecord, selected: boolean) => selection.set(story.id, selected),
    [selection],
  );

  return (
    <div class="library">
      <header class="library-header">
        <h1>{t('libraryTitle')}</h1>
        <section class="backup" aria-label={t('libraryBackupTitle')}>
          <button type="button" onClick={onBackup}>
            {t('libraryBackup')}
          </button>
          <button type="button" onClick={onRestore}>
            {t('libraryRestore')}
          </button>
        </section>
      </header>
      <div class="library-body">
        <section class="library-stories" aria-labelledby="library-stories-heading">
          <h2 id="library-stories-heading">{t('libraryStories')}</h2>
          <ReadingListView
            rowHeight={64}
            selectable
            showTags
            selected={selection.ids.value}
            onSelect={onSelect}
            onActiveStory={setActive}
          >
            <BulkBar selection={selection} />
          </ReadingListView>
        </section>
        <aside class="library-side">
          {/* A story of its own per id: its drafts start from it at once, not an effect later. */}
          <StoryDetails key={current?.id} story={current} />
          <section class="lists-section" aria-labelledby="library-lists-heading" id="lists">
            <h2 id="library-lists-heading">{t('libraryLists')}</h2>
            {lists}
          </section>
        </aside>
      </div>
    </div>
  );
}

function BulkBar({ selection }: { selection: Selection }) {
  const { store, t } = useReadingList();
  const [tag, setTag] = useState('');
  const visible = store.visible.value ?? [];
  const ids = [...selection.ids.value];
  const allShown =
    visible.length > 0 && visible.every((story) => selection.ids.value.has(story.id));
  const none = ids.length === 0;
  return (
    <div class="bulk-bar" role="group" aria-label={t('libraryBulkActions')}>
      <label class="select-all">
        <input
          type="checkbox"
          checked={allShown}
          onChange={(event) =>
            selection.replace(event.currentTarget.checked ? visible.map((story) => story.id) : [])
          }
        />
        {t('librarySelectAll')}
      </label>
      <span class="selected-count" aria-live="polite">
        {t('librarySelected', ids.length)}
      </span>
      <button type="button" disabled={none} onClick={() => void store.setRead(ids, true)}>
        {t('readingListMarkRead')}
      </button>
      <button type="button" disabled={none} onClick={() => void store.setRead(ids, false)}>
        {t('readingListMarkUnread')}
      </button>
      <form
        class="bulk-tag"
        onSubmit={(event) => {
          event.preventDefault();
          const tags = parseTags(tag);
          if (none || tags.length === 0) return;
          void store.addTags(ids, tags).then((done) => done && setTag(''));
        }}
      >
        <input
          type="text"
          value={tag}
          aria-label={t('libraryBulkTagInput')}
          placeholder={t('libraryTags')}
          onInput={(event) => setTag(event.currentTarget.value)}
        />
        <button type="submit" disabled={none}>
          {t('libraryBulkTag')}
        </button>
      </form>
      {!none && <AddToList storyIds={ids} label={t('readingListAddToList')} />}
      <button
        type="button"
        class="danger"
        disabled={none}
        onClick={() => void store.remove(ids).then((done) => done && selection.clear())}
      >
        {t('readingListDelete')}
      </button>
      {!none && (
        <button type="button" onClick={() => selection.clear()}>
          {t('libraryClearSelection')}
        </button>
      )}
    </div>
  );
}

function StoryDetails({ story }: { story: StoryRecord | undefined }) {
  const { store, t, openStory } = useReadingList();
  const stored = { tags: (story?.tags ?? []).join(', '), note: story?.note ?? '' };
  const [tags, setTags] = useState(stored.tags);
  const [note, setNote] = useState(stored.note);
  const [saved, setSaved] = useState('');
  // Tags or note changed elsewhere (another tab, a bulk action): the drafts follow. Only a real
  // change: an effect run for the values the drafts started from would wipe what was typed since.
  const synced = useRef(stored);
  useEffect(() => {
    if (stored.tags === synced.current.tags && stored.note === synced.current.note) return;
    synced.current = stored;
    setTags(stored.tags);
    setNote(stored.note);
    setSaved('');
  }, [stored.tags, stored.note]);

  if (!story) {
    return (
      <section class="details" aria-label={t('libraryDetails')}>
        <p class="status">{t('libraryNoStory')}</p>
      </section>
    );
  }
  return (
    <section class="details" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('libraryDetails')}</h2>
      <p class="details-title">{story.title}</p>
      <p class="details-site">{siteOf(story)}</p>
      {story.teaser && <p class="details-teaser">{story.teaser}</p>}
      <button type="button" onClick={() => openStory(story.url)}>
        {t('libraryOpenStory')}
      </button>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void store.setTags(story.id, parseTags(tags)).then((done) => done && setSaved('tags'));
        }}
      >
        <label for="details-tags">{t('libraryTags')}</label>
        <input
          id="details-tags"
          type="text"
          value={tags}
          aria-describedby="details-tags-hint"
          onInput={(event) => setTags(event.currentTarget.value)}
        />
        <small id="details-tags-hint">{t('libraryTagsHint')}</small>
        <button type="submit">{t('librarySaveTags')}</button>
      </form>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void store.setNote(story.id, note).then((done) => done && setSaved('note'));
        }}
      >
        <label for="details-note">{t('libraryNote')}</label>
        <textarea
          id="details-note"
          rows={4}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
        <button type="submit">{t('librarySaveNote')}</button>
      </form>
      <p class="saved" role="status">
        {saved ? t('librarySaved') : ''}
      </p>
    </section>
  );
}
