/**
 * The strings of the lists and share components, from `public/_locales` like every other string a
 * reader sees. Pages hand a translator in (`ListsTextContext`); inside the library the reading
 * list's translator serves too. Components call no `browser.*` to get it.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import { ReadingListContext } from '../reading-list/context';

export const ListsTextContext = createContext<Translate | null>(null);

export function useListsText(): Translate {
  const own = useContext(ListsTextContext);
  const readingList = useContext(ReadingListContext);
  const t = own ?? readingList?.t;
  if (!t) throw new Error('Lists components need a ListsTextContext (or a ReadingListContext)');
  return t;
}

/** "1 story" / "12 stories": the browser's catalogue has no plural rules, so two messages. */
export function storiesCount(t: Translate, count: number): string {
  return count === 1 ? t('listsStoryOne') : t('listsStoryMany', count);
}
