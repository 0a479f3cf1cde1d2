/**
 * A list as its recipient sees it: name, description, curator, and each story with its site and
 * the curator's note. Everything is rendered as text (Preact escapes it); links are http(s) only,
 * checked on import. Used by the share viewer in the extension and by the standalone viewer.
 */
import type { ComponentChildren } from 'preact';
import type { ListDocument } from '@/lib/sharing/types';
import { storiesCount, useListsText } from './lists-text';

export interface SharedListViewProps {
  list: ListDocument;
  /** Actions shown under the header ("Add to my Brightside", downloads). */
  children?: ComponentChildren;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function SharedListView({ list, children }: SharedListViewProps) {
  const t = useListsText();
  return (
    <article class="shared-list">
      <header>
        <h1>{list.name}</h1>
        {list.description && <p class="shared-description">{list.description}</p>}
        {list.curator && (
          <p class="shared-curator">
            {t('shareCuratedBy')} <span class="curator-name">{list.curator}</span>
          </p>
        )}
        <p class="shared-count">{storiesCount(t, list.items.length)}</p>
        {children}
      </header>
      <ol class="shared-stories" aria-label={t('listsStoriesInList')}>
        {list.items.map((item) => (
          <li key={item.url} class="shared-story">
            <a href={item.url} target="_blank" rel="noreferrer noopener">
              {item.title}
            </a>
            <span class="shared-site">{item.siteName || hostOf(item.url)}</span>
            {item.note && <p class="shared-note">{item.note}</p>}
          </li>
        ))}
      </ol>
    </article>
  );
}
