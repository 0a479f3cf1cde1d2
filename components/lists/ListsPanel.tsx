/**
 * The Lists section of the library: the reader's lists, a form to start one, the open list's
 * editor, Undo after a delete, and Import. The library page renders `<ListsPanel db={db} />`.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BrightsideDatabase } from '@/lib/db/database';
import { updateSettings } from '@/lib/settings/settings-store';
import type { Settings } from '@/lib/settings/settings';
import { ImportPanel } from './ImportPanel';
import { ListEditor } from './ListEditor';
import { createListsStore, type ListsStore } from './lists-store';
import { storiesCount, useListsText } from './lists-text';
import './lists.css';

export interface ListsPanelProps {
  db: BrightsideDatabase;
  /** A store made elsewhere (tests); by default the panel makes and stops its own. */
  store?: ListsStore;
  /** Where restored settings go; by default the extension's settings storage. */
  saveSettings?: (settings: Settings) => Promise<unknown>;
  /** The share viewer page of this extension (for "Preview"); by default share.html beside this page. */
  viewerUrl?: string;
}

const defaultViewer = () => {
  try {
    return new URL('share.html', location.href).href;
  } catch {
    return undefined;
  }
};

export function ListsPanel({ db, store: given, saveSettings, viewerUrl }: ListsPanelProps) {
  const t = useListsText();
  const store = useMemo(() => given ?? createListsStore(db, t), [db, given]);
  useEffect(() => () => void (given ? undefined : store.stop()), [store]);
  const [name, setName] = useState('');
  const lists = store.lists.value;
  const openId = store.openId.value;
  const open = lists?.find((list) => list.id === openId);

  return (
    <div class="lists-panel">
      <form
        class="new-list"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return;
          void store.create({ name }).then((id) => id !== undefined && setName(''));
        }}
      >
        <input
          value={name}
          maxLength={200}
          aria-label={t('listsNewName')}
          placeholder={t('listsNewNamePlaceholder')}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <button type="submit">{t('listsCreate')}</button>
      </form>
      {store.error.value && (
        <p class="error" role="alert">
          {store.error.value}
        </p>
      )}
      {store.status.value && (
        <p class="status" role="status">
          {store.status.value}
        </p>
      )}
      {store.undo.value && (
        <p class="undo" role="status">
          {t('listsDeleted', store.undo.value.list.name)}{' '}
          <button type="button" onClick={() => void store.undoRemove()}>
            {t('listsUndo')}
          </button>
        </p>
      )}
      {lists === undefined ? (
        <p class="status">{t('listsLoading')}</p>
      ) : lists.length === 0 ? (
        <p class="status">{t('listsEmpty')}</p>
      ) : (
        <ul class="lists" aria-label={t('listsYourLists')}>
          {lists.map((list) => (
            <li key={list.id}>
              <button
                type="button"
                class="list-button"
                aria-pressed={list.id === openId}
                onClick={() => store.open(list.id === openId ? undefined : list.id)}
              >
                <span class="list-name">{list.name}</span>
                <span class="list-count">{storiesCount(t, list.count)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <ListEditor
          store={store}
          list={open}
          entries={store.entries.value}
          viewerUrl={viewerUrl ?? defaultViewer()}
        />
      )}
      <ImportPanel store={store} saveSettings={saveSettings ?? updateSettings} />
    </div>
  );
}
