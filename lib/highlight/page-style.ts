/**
 * The only CSS Brightside adds to the page itself, built from the settings. Outline, box-shadow,
 * text-decoration and opacity take no layout space, so nothing on the page moves; nothing is ever
 * hidden (focus mode dims, it does not hide, and dims less for a reader who asks the system for
 * more contrast).
 */
import type { Settings } from '../settings/settings';

export const PAGE_STYLE_ID = 'brightside-style';

const GLOW = `
[data-brightside='uplifting'] {
  outline: 2px solid rgba(231, 180, 22, 0.6) !important;
  outline-offset: 2px !important;
  box-shadow: 0 0 14px 2px rgba(255, 214, 92, 0.45) !important;
}`;

const UNDERLINE = `
[data-brightside-headline='uplifting'] {
  text-decoration-line: underline !important;
  text-decoration-color: #e7b416 !important;
  text-decoration-thickness: 3px !important;
  text-underline-offset: 3px !important;
}`;

const FOCUS = `
[data-brightside='other'] {
  opacity: 0.45 !important;
  transition: opacity 0.2s ease !important;
}
[data-brightside='other']:hover, [data-brightside='other']:focus-within {
  opacity: 1 !important;
}
@media (prefers-contrast: more) {
  [data-brightside='other'] { opacity: 0.75 !important; }
}
@media (prefers-reduced-motion: reduce) {
  [data-brightside='other'] { transition: none !important; }
}`;

export function pageCss(settings: Pick<Settings, 'highlightStyle' | 'focusMode'>): string {
  const parts: string[] = [];
  if (settings.highlightStyle === 'glow') parts.push(GLOW);
  if (settings.highlightStyle === 'underline') parts.push(UNDERLINE);
  if (settings.focusMode) parts.push(FOCUS);
  return parts.join('\n');
}

/** Puts (or updates) the one style element; it goes when `signal` ends. */
export function applyPageStyle(
  doc: Document,
  settings: Pick<Settings, 'highlightStyle' | 'focusMode'>,
  signal: AbortSignal,
): void {
  let style = doc.getElementById(PAGE_STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = PAGE_STYLE_ID;
    (doc.head ?? doc.documentElement).append(style);
    const added = style;
    signal.addEventListener('abort', () => added.remove(), { once: true });
  }
  const css = pageCss(settings);
  if (style.textContent !== css) style.textContent = css;
}
