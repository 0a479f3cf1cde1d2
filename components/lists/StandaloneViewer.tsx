/**
 * The standalone viewer (share/): a static page on any host, no extension needed. The list comes
 * from the URL fragment, which the host never receives; the page makes no request of its own.
 */
import { exportList } from '@/lib/sharing/export-list';
import { downloadFile } from './download-file';
import { ShareViewer, type SharedLink } from './ShareViewer';

export function StandaloneViewer({ shared }: { shared: SharedLink }) {
  return (
    <ShareViewer
      shared={shared}
      actions={(list) => (
        <>
          <div class="viewer-actions">
            <button type="button" onClick={() => downloadFile(exportList(list, 'bookmarks'))}>
              Download as bookmarks
            </button>
            <button type="button" onClick={() => downloadFile(exportList(list, 'html'))}>
              Download as a web page
            </button>
            <button type="button" onClick={() => downloadFile(exportList(list, 'json'))}>
              Download for Brightside
            </button>
          </div>
          <p class="viewer-note">
            This list travels inside the link itself: this page received nothing from any server.
            Using Brightside? Paste this page’s address into Lists → Import to add the list.
          </p>
        </>
      )}
    />
  );
}
