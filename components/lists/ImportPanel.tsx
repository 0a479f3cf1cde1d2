/**
 * Import: a file or pasted text (a share link, URLs) is read and previewed — N new, M already
 * saved, K rejected and why — and only "Import" writes, in one transaction. A backup file offers
 * to merge into the library or replace it, and asks again before replacing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, formatBytes } from '@/lib/sharing/limits';
import type { Settings } from '@/lib/settings/settings';
import { formatName, rejectionText } from './import-messages';
import type { ListsStore } from './lists-store';
import { storiesCount, useListsText } from './lists-text';

export interface ImportPanelProps {
  store: ListsStore;
  /** Saves restored settings (backups carry them). */
  saveSettings?: (settings: Settings) => Promise<unknown>;
  onApply?: () => void;
}

export function ImportPanel({ store, saveSettings, onApply }: ImportPanelProps) {
  const t = useListsText();
  const [text, setText] = useState('');
  const [confirmReplace, setConfirmReplace] = useState(false);
  const pending = store.pending.value;
  const previewRef = useRef<HTMLDivElement>(null);
  // A new preview (also one the library's "Restore" asked for) comes into view and takes focus.
  useEffect(() => {
    const region = previewRef.current;
    if (!region) return;
    region.scrollIntoView?.({ block: 'nearest' });
    region.focus({ preventScroll: true });
  }, [pending?.parsed]);

  return (
    <section class="lists-import" aria-label={t('listsImport')}>
      <h3>{t('listsImport')}</h3>
      <p class="hint">
        {t('listsImportHint', formatBytes(LIMITS.fileBytes), LIMITS.entries.toLocaleString('en'))}
      </p>
      <label class="file-pick">
        {t('listsChooseFile')}
        <input
          type="file"
          accept=".json,.html,.htm,.csv,.txt,.md,.xml,.rss"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void store.readImportFile(file);
          }}
        />
      </label>
      <form
        class="paste"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) void store.readImport(text);
        }}
      >
        <textarea
          rows={2}
          value={text}
          aria-label={t('listsPasteLabel')}
          placeholder={t('listsPastePlaceholder')}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit">{t('listsPreview')}</button>
      </form>
      {pending && (
        <div
          class="import-preview"
          role="region"
          aria-label={t('listsImportPreview')}
          tabIndex={-1}
          ref={previewRef}
        >
          <h4>{formatName(t, pending.preview.format)}</h4>
          <ul class="preview-counts">
            <li data-count="new">{t('listsCountNew', pending.preview.newStories)}</li>
            <li data-count="saved">{t('listsCountSaved', pending.preview.alreadySaved)}</li>
            <li data-count="rejected">
              {t('listsCountRejected', pending.preview.rejected.length)}
            </li>
          </ul>
          {pending.preview.lists.length > 0 && (
            <p>
              {t(
                'listsPreviewLists',
                pending.preview.lists
                  .map((list) =>
                    [
                      list.curator ? t('listsPreviewListBy', list.name, list.curator) : list.name,
                      storiesCount(t, list.stories) +
                        (list.mergesInto ? ` — ${t('listsPreviewMergesInto')}` : ''),
                    ].join(', '),
                  )
                  .join('; '),
              )}
            </p>
          )}
          {pending.preview.rejected.length > 0 && (
            <details open={pending.preview.rejected.length <= 5}>
              <summary>{t('listsWhyRejected')}</summary>
              <ul class="rejections">
                {pending.preview.rejected.slice(0, 200).map((rejection, index) => (
                  <li key={index}>{rejectionText(t, rejection)}</li>
                ))}
              </ul>
            </details>
          )}
          {pending.parsed.format === 'brightside-backup' && (
            <fieldset class="restore-mode">
              <legend>{t('listsRestore')}</legend>
              <label>
                <input
                  type="radio"
                  name="restore-mode"
                  checked={pending.mode === 'merge'}
                  onChange={() => {
                    setConfirmReplace(false);
                    void store.setMode('merge');
                  }}
                />
                {t('listsRestoreMerge')}
              </label>
              <label>
                <input
                  type="radio"
                  name="restore-mode"
                  checked={pending.mode === 'replace'}
                  onChange={() => void store.setMode('replace')}
                />
                {t('listsRestoreReplace')}
              </label>
              {pending.preview.hasSettings && <p>{t('listsRestoreSettings')}</p>}
            </fieldset>
          )}
          {confirmReplace && (
            <p class="warning" role="alert">
              {t('listsReplaceWarning')}
            </p>
          )}
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                if (pending.mode === 'replace' && !confirmReplace) {
                  setConfirmReplace(true);
                  return;
                }
                setConfirmReplace(false);
                setText('');
                void store.applyPending(saveSettings).then(() => onApply?.());
              }}
            >
              {pending.mode === 'replace'
                ? confirmReplace
                  ? t('listsRestoreReplace')
                  : t('listsRestoreAsk')
                : pending.parsed.format === 'brightside-backup'
                  ? t('listsRestore')
                  : t('listsImport')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirmReplace(false);
                store.cancelImport();
              }}
            >
              {t('listsCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
