/**
 * What a share link shows, from its fragment: the list, or a clear error for a damaged, foreign or
 * newer link. The extension's viewer adds "Add to my Brightside"; the standalone viewer, for people
 * without the extension, offers the list as a bookmarks or Brightside file instead.
 */
import type { ComponentChildren } from 'preact';
import { listDocumentsOf } from '@/lib/sharing/parse-import';
import { parseShareLink } from '@/lib/sharing/share-link';
import type { Translate } from '@/lib/i18n/translate';
import { ImportError } from '@/lib/sharing/import-problems';
import type { ListDocument, ParsedImport } from '@/lib/sharing/types';
import { fileProblemText } from './import-messages';
import { SharedListView } from './SharedListView';
import './shared-list.css';

export type SharedLink = { parsed: ParsedImport; list: ListDocument } | { error: string };

/** Reads the list a page's fragment carries (`t` words the errors of the page itself). */
export function readSharedLink(hash: string, t: Translate): SharedLink {
  if (!hash.replace(/^#/, '')) return { error: t('shareNoList') };
  try {
    const parsed = parseShareLink(hash);
    const [list] = listDocumentsOf(parsed);
    if (!list) return { error: t('shareEmptyLink') };
    return { parsed, list };
  } catch (error) {
    return {
      error:
        error instanceof ImportError ? fileProblemText(t, error.problem) : t('shareUnreadable'),
    };
  }
}

export function ShareViewer({
  shared,
  actions,
}: {
  shared: SharedLink;
  actions?: (list: ListDocument, parsed: ParsedImport) => ComponentChildren;
}) {
  return (
    <main class="shared-page">
      {'error' in shared ? (
        <p class="viewer-error" role="alert">
          {shared.error}
        </p>
      ) : (
        <SharedListView list={shared.list}>{actions?.(shared.list, shared.parsed)}</SharedListView>
      )}
    </main>
  );
}
