/**
 * "Save this page" and "Run Brightside on this site", loaded after the reading list is painted:
 * they reach the page saver, which scores pages with the classifier and its model, and the popup
 * should not parse all that before its first rows.
 */
import { PageActions } from '@/components/PageActions';
import { browserTranslate } from '@/lib/i18n/browser-translate';
import { createPageActions } from '@/lib/sites/page-actions';

const pageActions = createPageActions();

export function PageActionsView() {
  return (
    <PageActions
      state={pageActions.state.value}
      t={browserTranslate}
      onSavePage={() => void pageActions.savePage()}
      onEnableSite={() => void pageActions.enableSite()}
    />
  );
}
