/**
 * The standalone viewer (share/): a static page on any host, no extension needed. The list comes
 * from the URL fragment, which the host never receives; the page makes no request of its own.
 */
import { exportList } from '@/lib/sharing/export-list';
import { downloadFile } from './download-file';
import { useListsText } from './lists-text';
import { ShareViewer, type SharedLink } from './ShareViewer';

export function StandaloneViewer({ shared }: { shared: SharedLink }) {
  const t = useListsText();
  return (
    <ShareViewer
      shared={shared}
      actions={(list) => (
        <>
          <div class="viewer-actions">
            <button type="button" onClick={() => downloadFile(exportList(list, 'bookmarks'))}>
              {t('shareDownloadBookmarks')}
            </button>
            <button type="button" onClick={() => downloadFile(exportList(list, 'html'))}>
              {t('shareDownloadPage')}
            </button>
            <button type="button" onClick={() => downloadFile(exportList(list, 'json'))}>
              {t('shareDownloadJson')}
            </button>
          </div>
          <p class="viewer-note">{t('shareStandaloneNote')}</p>
        </>
      )}
    />
  );
}
