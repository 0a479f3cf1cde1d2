import { render } from 'preact';
import { PageActions } from '@/components/PageActions';
import { createPageActions } from '@/lib/sites/page-actions';
import { Popup } from '@/components/popup/Popup';
import { ReadingListContext } from '@/components/reading-list/context';
import { createPageEnvironment, openLibrary } from '@/lib/reading-list/page-environment';

// Save this page / Run Brightside on this site: in the popup's header, above the reading list.
const pageActions = createPageActions();
function PageActionsView() {
  return (
    <PageActions
      state={pageActions.state.value}
      onSavePage={() => void pageActions.savePage()}
      onEnableSite={() => void pageActions.enableSite()}
    />
  );
}

const environment = createPageEnvironment();
environment.store.start();

render(
  <ReadingListContext.Provider value={environment}>
    <Popup
      pageActions={<PageActionsView />}
      onOpenLibrary={() => void openLibrary().then(() => window.close())}
    />
  </ReadingListContext.Provider>,
  document.getElementById('app')!,
);
