/**
 * The popup's page actions speak from the catalogue: the buttons, and what the last action did,
 * with the page's title and the site shown as text.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import {
  PageActions,
  type PageActionsState,
  type PageActionStatus,
} from '@/components/PageActions';
import { english } from '../support/english';

afterEach(cleanup);

const ready = (patch: Partial<Extract<PageActionsState, { kind: 'ready' }>> = {}) =>
  ({
    kind: 'ready',
    host: 'news.example',
    siteEnabled: false,
    busy: null,
    status: null,
    ...patch,
  }) as const;

function show(state: PageActionsState) {
  render(<PageActions state={state} t={english} onSavePage={() => {}} onEnableSite={() => {}} />);
}

describe('page actions', () => {
  test('buttons and region come from the catalogue', () => {
    show(ready());
    expect(screen.getByRole('region', { name: 'This page' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save this page' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Run Brightside on this site' })).toBeTruthy();
    cleanup();
    show(ready({ busy: 'save', siteEnabled: true }));
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Run Brightside/ })).toBeNull();
  });

  test('each outcome is worded, page text shown as text', () => {
    const outcomes: Array<[PageActionStatus, string]> = [
      [{ kind: 'saved', value: '<b>Kind</b> act' }, 'Saved: <b>Kind</b> act'],
      [{ kind: 'alreadySaved', value: 'Kind act' }, 'Already saved: Kind act'],
      [{ kind: 'notSaved', value: 'no answer' }, 'Not saved: no answer'],
      [
        { kind: 'notAllowed', value: 'news.example' },
        'Brightside was not allowed on news.example.',
      ],
      [{ kind: 'enabled', value: 'news.example' }, 'Brightside now runs on news.example.'],
      [{ kind: 'enableFailed', value: 'no answer' }, 'Could not turn Brightside on: no answer'],
    ];
    for (const [status, text] of outcomes) {
      show(ready({ status }));
      const shown = screen.getByRole('status');
      expect(shown.textContent).toBe(text);
      expect(shown.querySelector('b')).toBeNull();
      cleanup();
    }
  });

  test('nothing while loading or on a page that is not a web page', () => {
    show({ kind: 'loading' });
    expect(screen.queryByRole('button')).toBeNull();
    show({ kind: 'unavailable' });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
