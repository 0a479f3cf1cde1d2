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
      status: string;
    };

export interface PageActionsProps {
  state: PageActionsState;
  onSavePage: () => void;
  onEnableSite: () => void;
}

/** The popup's actions on the current tab: save it, or turn Brightside on for its site. */
export function PageActions({ state, onSavePage, onEnableSite }: PageActionsProps) {
  if (state.kind !== 'ready') return null;
  const { host, siteEnabled, busy, status } = state;
  return (
    <section class="page-actions" aria-label="This page">
      <div class="page-actions-buttons">
        <button type="button" onClick={onSavePage} disabled={busy !== null}>
          {busy === 'save' ? 'Saving…' : 'Save this page'}
        </button>
        {host && !siteEnabled && (
          <button type="button" onClick={onEnableSite} disabled={busy !== null}>
            {busy === 'enable' ? 'Asking…' : 'Run Brightside on this site'}
          </button>
        )}
      </div>
      <p class="page-actions-status" role="status">
        {status}
      </p>
    </section>
  );
}
