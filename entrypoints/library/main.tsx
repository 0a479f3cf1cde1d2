import { render } from 'preact';
import { LibraryView } from '@/components/library/LibraryView';
import { ListsPanel } from '@/components/lists/ListsPanel';
import { ReadingListContext } from '@/components/reading-list/context';
import { getDatabase } from '@/lib/db/database';
import { createSelection } from '@/lib/reading-list/selection';
import { createPageEnvironment } from '@/lib/reading-list/page-environment';
import { backUpEverything, restoreFromFile } from '@/lib/reading-list/library-backup';

const environment = createPageEnvironment();
environment.store.start();
const selection = createSelection();
const db = getDatabase();
const showError = (error: unknown) => (environment.store.error.value = error);

render(
  <ReadingListContext.Provider value={environment}>
    <LibraryView
      selection={selection}
      lists={<ListsPanel db={db} />}
      onBackup={() => void backUpEverything(db).catch(showError)}
      onRestore={() => void restoreFromFile(db).catch(showError)}
    />
  </ReadingListContext.Provider>,
  document.getElementById('app')!,
);
