/**
 * A list as its recipient sees it: name, description, curator, and each story with its site and
 * the curator's note. Everything is rendered as text (Preact escapes it); links are http(s) only,
 * checked on import. Used by the share viewer in the extension and by the standalone viewer.
 */
import type { ComponentChildren } from 'preact';
import type { ListDocument } from '@/lib/sharing/types';

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
  return (
    <article class="shared-list">
      <header>
        <h1>{list.name}</h1>
        {list.description && <p class="shared-description">{list.description}</p>}
        {list.curator && (
          <p class="shared-curator">
            Curated by <span class="curator-name">{list.curator}</span>
          </p>
        )}
        <p class="shared-count">
          {list.items.length} {list.items.length === 1 ? 'story' : 'stories'}
        </p>
        {children}
      </header>
      <ol class="shared-stories" aria-label="Stories in this list">
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
