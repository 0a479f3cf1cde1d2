import type { ComponentChildren } from 'preact';
import { useReadingList } from '../reading-list/context';
import { ReadingListView } from '../reading-list/ReadingListView';
import { POPUP_LIST_HEIGHT, POPUP_ROW_HEIGHT } from './popup-size';

export interface PopupProps {
  /** The page's own actions ("Save this page", …), shown first in the header. */
  pageActions?: ComponentChildren;
  onOpenLibrary: () => void;
}

/** The toolbar popup: the page's actions at the top, then the reading list. */
export function Popup({ pageActions, onOpenLibrary }: PopupProps) {
  const { t } = useReadingList();
  return (
    <>
      <header class="popup-header">
        <div class="popup-title">
          <h1>{t('extName')}</h1>
          <button type="button" class="library-link" onClick={onOpenLibrary}>
            {t('readingListOpenLibrary')}
          </button>
        </div>
        {pageActions && <div class="page-actions">{pageActions}</div>}
      </header>
      <main>
        <ReadingListView rowHeight={POPUP_ROW_HEIGHT} initialHeight={POPUP_LIST_HEIGHT} />
      </main>
    </>
  );
}
