/**
 * Import: a file or pasted text (a share link, URLs) is read and previewed — N new, M already
 * saved, K rejected and why — and only "Import" writes, in one transaction. A backup file offers
 * to merge into the library or replace it, and asks again before replacing.
 */
import { useState } from 'preact/hooks';
import { LIMITS, formatBytes } from '@/lib/sharing/limits';
import type { Settings } from '@/lib/settings/settings';
import type { ListsStore } from './lists-store';

export interface ImportPanelProps {
  store: ListsStore;
  /** Saves restored settings (backups carry them). */
  saveSettings?: (settings: Settings) => Promise<unknown>;
  onApply?: () => void;
}

export function ImportPanel({ store, saveSettings, onApply }: ImportPanelProps) {
  const [text, setText] = useState('');
  const [confirmReplace, setConfirmReplace] = useState(false);
  const pending = store.pending.value;

  async function readFile(file: File) {
    if (file.size > LIMITS.fileBytes) {
      store.error.value = `This file is ${formatBytes(file.size)}; Brightside imports files up to ${formatBytes(LIMITS.fileBytes)}.`;
      return;
    }
    await store.readImport(new Uint8Array(await file.arrayBuffer()), file.name);
  }

  return (
    <section class="lists-import" aria-label="Import">
      <h3>Import</h3>
      <p class="hint">
        Brightside JSON or backup, a share link, bookmarks HTML (browsers, Raindrop, Pocket), Pocket
        or Instapaper CSV, Markdown, RSS, or a list of URLs. Files up to{' '}
        {formatBytes(LIMITS.fileBytes)} and {LIMITS.entries.toLocaleString('en')} entries. You see
        what will change before anything is saved.
      </p>
      <label class="file-pick">
        Choose a file…
        <input
          type="file"
          accept=".json,.html,.htm,.csv,.txt,.md,.xml,.rss"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void readFile(file);
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
          aria-label="Paste a share link or URLs"
          placeholder="…or paste a share link or URLs"
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit">Preview</button>
      </form>
      {pending && (
        <div class="import-preview" role="region" aria-label="Import preview">
          <h4>{pending.preview.formatLabel}</h4>
          <ul class="preview-counts">
            <li data-count="new">{pending.preview.newStories} new</li>
            <li data-count="saved">{pending.preview.alreadySaved} already saved</li>
            <li data-count="rejected">{pending.preview.rejected.length} rejected</li>
          </ul>
          {pending.preview.lists.length > 0 && (
            <p>
              Lists:{' '}
              {pending.preview.lists
                .map(
                  (list) =>
                    `${list.name}${list.curator ? ` (by ${list.curator})` : ''}, ${list.stories} ${list.stories === 1 ? 'story' : 'stories'}${list.mergesInto ? ' — merges into yours' : ''}`,
                )
                .join('; ')}
            </p>
          )}
          {pending.preview.rejected.length > 0 && (
            <details open={pending.preview.rejected.length <= 5}>
              <summary>Why entries were rejected</summary>
              <ul class="rejections">
                {pending.preview.rejected.slice(0, 200).map((rejection, index) => (
                  <li key={index}>
                    {rejection.entry}: {rejection.reason}
                    {rejection.value ? ` (${rejection.value})` : ''}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {pending.parsed.format === 'brightside-backup' && (
            <fieldset class="restore-mode">
              <legend>Restore</legend>
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
                Merge into my library
              </label>
              <label>
                <input
                  type="radio"
                  name="restore-mode"
                  checked={pending.mode === 'replace'}
                  onChange={() => void store.setMode('replace')}
                />
                Replace my library
              </label>
              {pending.preview.hasSettings && <p>Settings in the backup are restored too.</p>}
            </fieldset>
          )}
          {confirmReplace && (
            <p class="warning" role="alert">
              Replacing deletes every story, list and verdict now saved and puts the backup's in
              their place. Press "Replace my library" to confirm.
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
                  ? 'Replace my library'
                  : 'Restore…'
                : pending.parsed.format === 'brightside-backup'
                  ? 'Restore'
                  : 'Import'}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirmReplace(false);
                store.cancelImport();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
