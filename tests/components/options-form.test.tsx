/** The options page speaks from the catalogue, and its controls change the settings they name. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OptionsForm, type OptionsFormProps } from '@/components/options/OptionsForm';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { english } from '../support/english';

afterEach(cleanup);

function show(overrides: Partial<OptionsFormProps> = {}) {
  const props: OptionsFormProps = {
    settings: { ...DEFAULT_SETTINGS, mutedWords: ['<b>war</b>'], extraSites: ['news.example'] },
    builtInSites: ['www.bbc.com', 'www.cnn.com'],
    status: '',
    onChange: vi.fn(),
    onAddSite: vi.fn(),
    onRemoveSite: vi.fn(),
    t: english,
    ...overrides,
  };
  render(<OptionsForm {...props} />);
  return props;
}

describe('the options form', () => {
  test('labels come from the catalogue and each control changes its setting', () => {
    const props = show();
    fireEvent.click(screen.getByLabelText(/^Strict/));
    expect(props.onChange).toHaveBeenLastCalledWith({ sensitivity: 'strict' });
    fireEvent.click(screen.getByLabelText('Underline the headline'));
    expect(props.onChange).toHaveBeenLastCalledWith({ highlightStyle: 'underline' });
    fireEvent.click(screen.getByLabelText(/^Focus mode/));
    expect(props.onChange).toHaveBeenLastCalledWith({ focusMode: true });
    expect(screen.getByText('Built-in news sites (2)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove news.example' }));
    expect(props.onRemoveSite).toHaveBeenCalledWith('news.example');
  });

  test('a muted word is shown as text and can be unmuted', () => {
    const props = show();
    const chip = screen.getByRole('button', { name: 'Unmute <b>war</b>' });
    expect(chip.closest('li')!.querySelector('b')).toBeNull();
    fireEvent.click(chip);
    expect(props.onChange).toHaveBeenLastCalledWith({ mutedWords: [] });
  });

  test('says so while the settings load', () => {
    show({ settings: undefined });
    expect(screen.getByText('Loading settings…')).toBeTruthy();
  });
});
