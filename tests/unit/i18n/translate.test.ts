import { describe, expect, test, vi } from 'vitest';
import { catalogueGetMessage, createTranslate, type GetMessage } from '@/lib/i18n/translate';

const catalogue = {
  badgeSave: { message: 'Save' },
  toastSavedTitle: { message: 'Saved “$1”' },
};

describe('createTranslate', () => {
  test('asks the browser once for a message without substitutions', () => {
    const getMessage = vi.fn<GetMessage>(catalogueGetMessage(catalogue));
    const t = createTranslate(getMessage);
    expect([t('badgeSave'), t('badgeSave'), t('badgeSave')]).toEqual(['Save', 'Save', 'Save']);
    expect(getMessage).toHaveBeenCalledTimes(1);
  });

  test('fills substitutions on every call', () => {
    const getMessage = vi.fn<GetMessage>(catalogueGetMessage(catalogue));
    const t = createTranslate(getMessage);
    expect(t('toastSavedTitle', 'A')).toBe('Saved “A”');
    expect(t('toastSavedTitle', 2)).toBe('Saved “2”');
    expect(getMessage).toHaveBeenCalledTimes(2);
  });

  test('shows the key of a missing message', () => {
    const t = createTranslate(catalogueGetMessage({}));
    expect(t('badgeSave')).toBe('badgeSave');
    expect(t('toastSavedTitle', 'A')).toBe('toastSavedTitle');
  });
});
