/** The story card as a reader meets it: what made the story uplifting, saving, lists, feedback. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { StoryCard, type StoryCardProps } from '@/components/highlight/StoryCard';
import { english } from '../../support/english';

function props(overrides: Partial<StoryCardProps> = {}): StoryCardProps {
  return {
    headingId: 'card-1',
    category: 'animals',
    cues: ['rescued', 'reunited'],
    confidence: 'high',
    saved: false,
    verdict: null,
    lists: undefined,
    listsOpen: false,
    status: '',
    onSave: vi.fn(),
    onToggleLists: vi.fn(),
    onAddToList: vi.fn(),
    onFeedback: vi.fn(),
    t: english,
    ...overrides,
  };
}

afterEach(cleanup);

describe('StoryCard', () => {
  test('shows the category, the cues and a confidence word', () => {
    render(<StoryCard {...props()} />);
    expect(screen.getByText(/Uplifting: Animals/)).toBeTruthy();
    const cues = screen.getByRole('list', { name: 'What made it uplifting' });
    expect(cues.textContent).toBe('rescuedreunited');
    expect(screen.getByText('high')).toBeTruthy();
  });

  test('Save calls back once; once saved it says so and stays focusable', () => {
    const onSave = vi.fn();
    const { rerender } = render(<StoryCard {...props({ onSave })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save to Brightside' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    rerender(<StoryCard {...props({ onSave, saved: true })} />);
    const saved = screen.getByRole('button', { name: 'Saved ✓' });
    expect(saved.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(saved);
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  test('Save to list… opens the lists; choosing one gives its id', () => {
    const onAddToList = vi.fn();
    render(
      <StoryCard
        {...props({ listsOpen: true, lists: [{ id: 7, name: 'Weekend' }], onAddToList })}
      />,
    );
    expect(
      screen.getByRole('button', { name: 'Save to list…' }).getAttribute('aria-expanded'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Weekend' }));
    expect(onAddToList).toHaveBeenCalledWith(7);
  });

  test('feedback: Not uplifting, then Mark as uplifting to take it back', () => {
    const onFeedback = vi.fn();
    const { rerender } = render(<StoryCard {...props({ onFeedback })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not uplifting' }));
    expect(onFeedback).toHaveBeenLastCalledWith('not-uplifting');
    rerender(<StoryCard {...props({ onFeedback, verdict: 'not-uplifting', status: 'Thanks' })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Mark as uplifting' }));
    expect(onFeedback).toHaveBeenLastCalledWith('uplifting');
    expect(screen.getByRole('status').textContent).toBe('Thanks');
  });
});
