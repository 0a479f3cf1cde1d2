/**
 * "Add to my Brightside" on the extension's share viewer: shows what adding would do (new, already
 * saved, rejected), then adds the list in one transaction.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BrightsideDatabase } from '@/lib/db/database';
import {
  applyImport,
  previewImport,
  type ImportPreview,
  type ImportResult,
} from '@/lib/sharing/apply-import';
import type { ParsedImport } from '@/lib/sharing/types';
import { errorText } from '../error-text';
import { useListsText } from './lists-text';

export function AddSharedList({
  db,
  parsed,
  libraryUrl,
}: {
  db: BrightsideDatabase;
  parsed: ParsedImport;
  libraryUrl: string;
}) {
  const t = useListsText();
  const [preview, setPreview] = useState<ImportPreview | undefined>(undefined);
  const [result, setResult] = useState<ImportResult | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    previewImport(db, parsed).then(setPreview, (caught: unknown) => setError(errorText(t, caught)));
  }, [db, parsed, t]);

  if (error) {
    return (
      <p class="viewer-error" role="alert">
        {error}
      </p>
    );
  }
  if (result) {
    return (
      <p class="viewer-actions" role="status">
        {t('shareAdded', result.added, result.merged)}{' '}
        <a href={libraryUrl}>{t('shareOpenLists')}</a>
      </p>
    );
  }
  return (
    <div class="viewer-actions">
      <button
        type="button"
        disabled={!preview}
        onClick={() =>
          applyImport(db, parsed).then(setResult, (caught: unknown) =>
            setError(errorText(t, caught)),
          )
        }
      >
        {t('shareAdd')}
      </button>
      {preview && (
        <span class="add-preview">
          {t('sharePreviewCounts', preview.newStories, preview.alreadySaved)}
          {preview.rejected.length ? `, ${t('sharePreviewRejected', preview.rejected.length)}` : ''}
          {preview.lists[0]?.mergesInto ? ` — ${t('sharePreviewMerges')}` : ''}
        </span>
      )}
    </div>
  );
}
