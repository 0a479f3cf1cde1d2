import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AddSharedList } from '@/components/lists/AddSharedList';
import { ListsTextContext } from '@/components/lists/lists-text';
import { readSharedLink, ShareViewer } from '@/components/lists/ShareViewer';
import { getDatabase } from '@/lib/db/database';
import { createTranslate } from '@/lib/i18n/translate';

const db = getDatabase();
const app = document.getElementById('app')!;
const t = createTranslate((key, substitutions) =>
  browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions),
);

function show() {
  const shared = readSharedLink(location.hash, t);
  if ('list' in shared) document.title = `${shared.list.name} · Brightside`;
  render(
    <ListsTextContext.Provider value={t}>
      <ShareViewer
        shared={shared}
        actions={(_list, parsed) => (
          <AddSharedList
            key={location.hash}
            db={db}
            parsed={parsed}
            libraryUrl={new URL('library.html#lists', location.href).href}
          />
        )}
      />
    </ListsTextContext.Provider>,
    app,
  );
}

show();
window.addEventListener('hashchange', show);
