import { render } from 'preact';
import { AddSharedList } from '@/components/lists/AddSharedList';
import { readSharedLink, ShareViewer } from '@/components/lists/ShareViewer';
import { getDatabase } from '@/lib/db/database';

const db = getDatabase();
const app = document.getElementById('app')!;

function show() {
  const shared = readSharedLink(location.hash);
  if ('list' in shared) document.title = `${shared.list.name} · Brightside`;
  render(
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
    />,
    app,
  );
}

show();
window.addEventListener('hashchange', show);
