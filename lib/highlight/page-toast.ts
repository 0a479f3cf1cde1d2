/**
 * A small note in the page's corner, in its own shadow root: the "Save this uplifting story?" chip
 * on article pages, and the confirmation after a save from the menu, shortcut or popup. Text from
 * pages is set as text, never as HTML.
 */
import type { Translate } from '../i18n/translate';
import { TOAST_CSS } from './badge-css';

export const TOAST_TAG = 'brightside-note';

export interface ToastOptions {
  text: string;
  action?: { label: string; run: () => Promise<string | void> };
  /** Closes itself after this many ms (confirmations); chips stay until dismissed. */
  timeoutMs?: number;
  t: Translate;
}

export function showToast(doc: Document, options: ToastOptions, signal: AbortSignal): () => void {
  doc.querySelector(TOAST_TAG)?.remove();
  const host = doc.createElement(TOAST_TAG);
  host.setAttribute(
    'style',
    'all: initial !important; position: fixed !important; z-index: 2147483002 !important;',
  );
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = TOAST_CSS;
  const box = doc.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'status');
  const text = doc.createElement('span');
  text.textContent = options.text;
  box.append(text);
  const close = () => host.remove();
  if (options.action) {
    const { label, run } = options.action;
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener(
      'click',
      () => {
        button.disabled = true;
        run().then(
          (done) => {
            text.textContent = done || options.t('toastSaved');
            button.remove();
            setTimeout(close, 2_500);
          },
          (error: unknown) => {
            button.disabled = false;
            text.textContent = options.t(
              'toastNotSaved',
              error instanceof Error ? error.message : String(error),
            );
          },
        );
      },
      { signal },
    );
    box.append(button);
  }
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'dismiss';
  dismiss.textContent = '×';
  dismiss.setAttribute('aria-label', options.t('toastDismiss'));
  dismiss.addEventListener('click', close, { signal });
  box.append(dismiss);
  root.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  if (options.timeoutMs) setTimeout(close, options.timeoutMs);
  signal.addEventListener('abort', close, { once: true });
  return close;
}
