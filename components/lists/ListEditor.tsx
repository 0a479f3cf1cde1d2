/**
 * One list, open: rename, describe, credit a curator; reorder stories by drag or by keyboard
 * (arrow keys on a story's ⇅ handle), a note per story, remove; export in six formats and share a
 * link that carries the whole list in its fragment.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ListEntry, ListSummary } from '@/lib/db/lists';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/sharing/export-list';
import { downloadFile } from './download-file';
import type { ListsStore, ShareResult } from './lists-store';
import { useListsText } from './lists-text';

export interface ListEditorProps {
  store: ListsStore;
  list: ListSummary;
  entries: ListEntry[] | undefined;
  /** The extension's share viewer page, to preview what a link shows. */
  viewerUrl?: string;
}

export function ListEditor({ store, list, entries, viewerUrl }: ListEditorProps) {
  const t = useListsText();
  return (
    <section class="list-editor" aria-label={t('listsEditorLabel', list.name)}>
      <ListFieldsForm store={store} list={list} />
      <ShareBar store={store} list={list} viewerUrl={viewerUrl} />
      <ListItems store={store} listId={list.id} entries={entries} />
    </section>
  );
}

function ListFieldsForm({ store, list }: { store: ListsStore; list: ListSummary }) {
  const t = useListsText();
  const [name, setName] = useState(list.name);
  const [description, setDescription] = useState(list.description ?? '');
  const [curator, setCurator] = useState(list.curator ?? '');
  useEffect(() => {
    setName(list.name);
    setDescription(list.description ?? '');
    setCurator(list.curator ?? '');
  }, [list.id, list.name, list.description, list.curator]);
  const changed =
    name !== list.name ||
    description !== (list.description ?? '') ||
    curator !== (list.curator ?? '');
  return (
    <form
      class="list-fields"
      onSubmit={(event) => {
        event.preventDefault();
        void store.update(list.id, { name, description, curator });
      }}
    >
      <label>
        {t('listsName')}
        <input value={name} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        {t('listsDescription')}
        <textarea
          rows={2}
          value={description}
          maxLength={2000}
          onInput={(e) => setDescription(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('listsCurator')}
        <input
          value={curator}
          maxLength={100}
          placeholder={t('listsCuratorPlaceholder')}
          onInput={(e) => setCurator(e.currentTarget.value)}
        />
      </label>
      <div class="actions">
        <button type="submit" disabled={!changed}>
          {t('listsSaveChanges')}
        </button>
        <button type="button" class="danger" onClick={() => void store.remove(list.id)}>
          {t('listsDelete')}
        </button>
      </div>
    </form>
  );
}

function ShareBar({
  store,
  list,
  viewerUrl,
}: {
  store: ListsStore;
  list: ListSummary;
  viewerUrl?: string;
}) {
  const t = useListsText();
  const [format, setFormat] = useState<ExportFormat>('json');
  const [share, setShare] = useState<ShareResult | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  useEffect(() => setShare(undefined), [list.id, list.updatedAt]);

  async function makeLink() {
    const result = await store.share(list.id);
    setShare(result);
    setCopied(false);
    if (result && 'link' in result) {
      try {
        await navigator.clipboard.writeText(result.link);
        setCopied(true);
      } catch {
        // No clipboard permission (or not focused): the link stays selectable below.
      }
    }
    return result;
  }

  return (
    <div class="share-bar">
      <div class="export">
        <select
          aria-label={t('listsExportFormat')}
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
        >
          {Object.entries(EXPORT_FORMATS).map(([id, { label }]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() =>
            void store.exportFile(list.id, format).then((file) => file && downloadFile(file))
          }
        >
          {t('listsExport')}
        </button>
      </div>
      <div class="share">
        <button type="button" onClick={() => void makeLink()}>
          {t('listsCopyLink')}
        </button>
        {typeof navigator.share === 'function' && (
          <button
            type="button"
            onClick={() =>
              void makeLink().then((result) => {
                if (result && 'link' in result) {
                  void navigator.share({ title: list.name, url: result.link }).catch(() => {});
                }
              })
            }
          >
            {t('listsShare')}
          </button>
        )}
      </div>
      {share && 'link' in share && (
        <div class="share-link">
          <input
            readOnly
            aria-label={t('listsShareLink')}
            value={share.link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <span role="status">
            {copied ? `${t('listsLinkCopied')} ` : ''}
            {t('listsLinkPrivate')}
          </span>
          {viewerUrl && (
            <a href={`${viewerUrl}#${share.link.split('#')[1]}`} target="_blank" rel="noreferrer">
              {t('listsPreviewLink')}
            </a>
          )}
        </div>
      )}
      {share && 'tooLarge' in share && (
        <p class="warning" role="alert">
          {share.tooLarge}{' '}
          <button
            type="button"
            onClick={() =>
              void store.exportFile(list.id, 'json').then((file) => file && downloadFile(file))
            }
          >
            {t('listsDownloadFile')}
          </button>
        </p>
      )}
    </div>
  );
}

/** Stories rendered at first: a list imported with thousands stays quick to open. */
const SHOWN = 200;

function ListItems({
  store,
  listId,
  entries,
}: {
  store: ListsStore;
  listId: number;
  entries: ListEntry[] | undefined;
}) {
  const t = useListsText();
  const [dragging, setDragging] = useState<number | undefined>(undefined);
  const [showAll, setShowAll] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterMove = useRef<number | undefined>(undefined);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const id = focusAfterMove.current;
    if (id === undefined) return;
    listRef.current?.querySelector<HTMLElement>(`[data-handle="${id}"]`)?.focus();
  }, [entries]);

  if (entries === undefined) return <p class="status">{t('listsLoading')}</p>;
  if (entries.length === 0) return <p class="status">{t('listsNoStories')}</p>;

  const move = (itemId: number, to: number) => {
    if (to < 0 || to >= entries.length) return;
    focusAfterMove.current = itemId;
    const title = entries.find((entry) => entry.item.id === itemId)?.story.title ?? '';
    setAnnouncement(t('listsMoved', title, to + 1, entries.length));
    void store.move(listId, itemId, to);
  };

  return (
    <>
      <ol class="list-items" ref={listRef} aria-label={t('listsStoriesInList')}>
        {(showAll ? entries : entries.slice(0, SHOWN)).map(({ item, story }, index) => (
          <li
            key={item.id}
            class={`list-item${dragging === item.id ? ' dragging' : ''}`}
            data-item={item.id}
            draggable
            onDragStart={(event) => {
              setDragging(item.id);
              event.dataTransfer?.setData('text/x-brightside-item', String(item.id));
              if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
            }}
            onDragEnd={() => setDragging(undefined)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              const moved = Number(event.dataTransfer?.getData('text/x-brightside-item'));
              setDragging(undefined);
              if (moved && moved !== item.id) move(moved, index);
            }}
          >
            <button
              type="button"
              class="handle"
              data-handle={item.id}
              aria-label={t('listsReorder', story.title, index + 1, entries.length)}
              title={t('listsReorderHint')}
              onKeyDown={(event) => {
                const to =
                  event.key === 'ArrowUp'
                    ? index - 1
                    : event.key === 'ArrowDown'
                      ? index + 1
                      : event.key === 'Home'
                        ? 0
                        : event.key === 'End'
                          ? entries.length - 1
                          : undefined;
                if (to === undefined) return;
                event.preventDefault();
                move(item.id, to);
              }}
            >
              ⇅
            </button>
            <div class="item-body">
              <a href={story.url} target="_blank" rel="noreferrer">
                {story.title}
              </a>
              <NoteField
                key={`${item.id}:${item.note ?? ''}`}
                note={item.note ?? ''}
                title={story.title}
                onSave={(note) => void store.setNote(item.id, note)}
              />
            </div>
            <button
              type="button"
              class="icon"
              aria-label={t('listsRemoveStory', story.title)}
              onClick={() => void store.removeItem(listId, item.id)}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      {!showAll && entries.length > SHOWN && (
        <button type="button" onClick={() => setShowAll(true)}>
          {t('listsShowAll', entries.length.toLocaleString('en'))}
        </button>
      )}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

function NoteField(props: { note: string; title: string; onSave: (note: string) => void }) {
  const t = useListsText();
  const [note, setNote] = useState(props.note);
  return (
    <textarea
      class="item-note"
      rows={1}
      value={note}
      maxLength={2000}
      aria-label={t('listsNoteOn', props.title)}
      placeholder={t('listsNotePlaceholder')}
      onInput={(e) => setNote(e.currentTarget.value)}
      onBlur={() => note !== props.note && props.onSave(note)}
    />
  );
}
