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
  const store = useMemo(() => given ?? createListsStore(db), [db, given]);
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
          aria-label="New list name"
          placeholder="New list, e.g. Good news this week"
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <button type="submit">Create list</button>
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
          Deleted “{store.undo.value.list.name}”.{' '}
          <button type="button" onClick={() => void store.undoRemove()}>
            Undo
          </button>
        </p>
      )}
      {lists === undefined ? (
        <p class="status">Loading…</p>
      ) : lists.length === 0 ? (
        <p class="status">No lists yet. Name one above, then add stories to it.</p>
      ) : (
        <ul class="lists" aria-label="Your lists">
          {lists.map((list) => (
            <li key={list.id}>
              <button
                type="button"
                class="list-button"
                aria-pressed={list.id === openId}
                onClick={() => store.open(list.id === openId ? undefined : list.id)}
              >
                <span class="list-name">{list.name}</span>
                <span class="list-count">
                  {list.count} {list.count === 1 ? 'story' : 'stories'}
                </span>
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
