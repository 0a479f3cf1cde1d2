/**
 * What a failed action tells the reader, in their language: a refused import, a list problem or a
 * full disk from the catalogue; anything else (not expected, so not worded ahead) as its own text.
 */
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import { ListError, type ListProblem } from '@/lib/db/lists';
import { isQuotaExceeded, StorageFullError } from '@/lib/db/storage-errors';
import { ImportError } from '@/lib/sharing/import-problems';
import { fileProblemText } from './lists/import-messages';

const LIST_PROBLEM_MESSAGES: Record<ListProblem, MessageKey> = {
  nameRequired: 'listsErrorNameRequired',
  listGone: 'listsErrorListGone',
  storyNotSaved: 'listsErrorStoryNotSaved',
  notInList: 'listsErrorNotInList',
};

export function errorText(t: Translate, caught: unknown): string {
  if (caught instanceof ImportError) return fileProblemText(t, caught.problem);
  if (caught instanceof ListError) return t(LIST_PROBLEM_MESSAGES[caught.problem]);
  if (caught instanceof StorageFullError || isQuotaExceeded(caught)) {
    return t('readingListStorageFull');
  }
  return caught instanceof Error ? caught.message : String(caught);
}
