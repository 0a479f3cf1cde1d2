/**
 * What the reading list's components get from the page that renders them: the store, the
 * translator and the few things only an extension page knows (its language, favicons, how to
 * open a tab). Components call none of `browser.*` themselves.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import type { ReadingListStore } from '@/lib/reading-list/store';

export interface ReadingListEnvironment {
  store: ReadingListStore;
  t: Translate;
  locale: string;
  /** A favicon address that needs no network request, or null for a letter mark. */
  faviconUrl: (pageUrl: string) => string | null;
  /** Opens a story in a new tab. */
  openStory: (url: string) => void;
  now: () => number;
}

export const ReadingListContext = createContext<ReadingListEnvironment | null>(null);

export function useReadingList(): ReadingListEnvironment {
  const environment = useContext(ReadingListContext);
  if (!environment) throw new Error('Reading list components need a ReadingListContext');
  return environment;
}
