import type { MessageKey, Translate } from '@/lib/i18n/translate';

export type PageActionsState =
  | { kind: 'loading' }
  /** The current tab is not a web page (a browser page, a PDF viewer, a new tab). */
  | { kind: 'unavailable' }
  | {
      kind: 'ready';
      /** The tab's site, when the browser lets Brightside see it. */
      host: string | null;
      /** Brightside runs on this site (built-in list or turned on by the reader). */
      siteEnabled: boolean;
      busy: 'save' | 'enable' | null;
      /** What the last action did, read out by screen readers. */
      status: PageActionStatus | null;
    };

/**
 * What the last action did, with the page's title, the site or the reason it failed; the view
 * words it from the catalogue.
 */
export interface PageActionStatus {
  kind: 'saved' | 'alreadySaved' | 'notSaved' | 'notAllowed' | 'enabled' | 'enableFailed';
  value: string;
}

const STATUS_MESSAGES: Record<PageActionStatus['kind'], MessageKey> = {
  saved: 'pageActionsSaved',
  alreadySaved: 'pageActionsAlreadySaved',
  notSaved: 'pageActionsNotSaved',
  notAllowed: 'siteNotAllowed',
  enabled: 'siteRunsOn',
  enableFailed: 'pageActionsEnableFailed',
};

export interface PageActionsProps {
  state: PageActionsState;
  t: Translate;
  onSavePage: () => void;
  onEnableSite: () => void;
}

/** The popup's actions on the current tab: save it, or turn Brightside on for its site. */
export function PageActions({ state, t, onSavePage, onEnableSite }: PageActionsProps) {
  if (state.kind !== 'ready') return null;
  const { host, siteEnabled, busy, status } = state;
  return (
    <section class="page-actions" aria-label={t('pageActionsRegion')}>
      <div class="page-actions-buttons">
        <button type="button" onClick={onSavePage} disabled={busy !== null}>
          {busy === 'save' ? t('pageActionsSaving') : t('pageActionsSave')}
        </button>
        {host && !siteEnabled && (
          <button type="button" onClick={onEnableSite} disabled={busy !== null}>
            {busy === 'enable' ? t('pageActionsAsking') : t('pageActionsEnable')}
          </button>
        )}
      </div>
      <p class="page-actions-status" role="status">
        {status && t(STATUS_MESSAGES[status.kind], status.value)}
      </p>
    </section>
  );
}
