/**
 * The sun badge next to an uplifting story's headline, in its own shadow root: a "why?" button
 * that opens the story card (hover or focus; Escape closes it) and a Save button that shows the
 * saved state. The host takes no space in the page's layout: the badge floats beside the
 * headline, so no headline moves.
 */
import { h, render } from 'preact';
import { StoryCard, type Confidence, type Verdict } from '@/components/highlight/StoryCard';
import type { Translate } from '../i18n/translate';
import type { StoryScore } from '../messaging/protocol';
import type { DetectedStory } from '../detection';
import { BADGE_CSS } from './badge-css';

export const BADGE_TAG = 'brightside-badge';

export interface MarkedStory {
  story: DetectedStory;
  result: StoryScore;
  /** The classifier's verdict, after the reader's muted words. */
  uplifting: boolean;
}

export interface BadgeActions {
  save(mark: MarkedStory): Promise<void>;
  feedback(mark: MarkedStory, verdict: Verdict): Promise<void>;
  getLists(): Promise<Array<{ id: number; name: string }>>;
  addToList(mark: MarkedStory, listId: number): Promise<string>;
  confidence(mark: MarkedStory): Confidence;
  /** The extension's strings (the page's own language is not the reader's UI language). */
  t: Translate;
}

// The host's own box: inline, zero-sized, unstyled by the page (inline !important wins over
// any page rule), so inserting it cannot move the text around it. "Mark as uplifting" uses it too.
export const HOST_STYLE =
  'all: initial !important; display: inline-block !important; position: relative !important; ' +
  'width: 0 !important; height: 0 !important; vertical-align: middle !important; ' +
  'overflow: visible !important;';

const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 300;
let nextId = 0;

export class StoryBadge {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly sun: HTMLButtonElement;
  private readonly saveButton: HTMLButtonElement;
  private card: HTMLElement | null = null;
  private cardOpen = false;
  /** Focus going back to the sun after Escape must not open the card again. */
  private returningFocus = false;
  private saved = false;
  private verdict: Verdict | null = null;
  private lists: Array<{ id: number; name: string }> | undefined;
  private listsOpen = false;
  private status = '';
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly headingId = `brightside-card-${++nextId}`;

  constructor(
    private mark: MarkedStory,
    private readonly actions: BadgeActions,
    private readonly signal: AbortSignal,
  ) {
    const doc = mark.story.headlineElement.ownerDocument;
    this.host = doc.createElement(BADGE_TAG);
    this.host.setAttribute('style', HOST_STYLE);
    this.root = this.host.attachShadow({ mode: 'open' });
    const badge = doc.createElement('span');
    badge.className = 'badge';
    this.sun = doc.createElement('button');
    this.sun.type = 'button';
    this.sun.className = 'sun';
    this.sun.textContent = '☀';
    this.sun.setAttribute('aria-label', actions.t('badgeWhy'));
    this.sun.setAttribute('aria-expanded', 'false');
    this.saveButton = doc.createElement('button');
    this.saveButton.type = 'button';
    this.saveButton.className = 'save';
    badge.append(this.sun, this.saveButton);
    adoptBadgeStyle(this.root, doc);
    this.root.append(badge);
    this.renderSaved();
    this.listen();
  }

  get isSaved(): boolean {
    return this.saved;
  }

  setSaved(saved: boolean): void {
    if (this.saved === saved) return;
    this.saved = saved;
    this.renderSaved();
    this.renderCard();
  }

  update(mark: MarkedStory): void {
    this.mark = mark;
    this.renderCard();
  }

  private renderSaved(): void {
    const { t } = this.actions;
    this.saveButton.textContent = this.saved ? t('badgeSaved') : t('badgeSave');
    this.saveButton.setAttribute(
      'aria-label',
      this.saved ? t('badgeSavedLabel') : t('badgeSaveLabel'),
    );
    this.saveButton.setAttribute('aria-pressed', String(this.saved));
  }

  private listen(): void {
    const { signal } = this;
    const on = <K extends keyof HTMLElementEventMap>(
      target: HTMLElement | ShadowRoot,
      type: K,
      listener: (event: HTMLElementEventMap[K]) => void,
    ) => target.addEventListener(type, listener as EventListener, { signal });

    // Clicks inside the badge are Brightside's: they never follow the headline's link or reach
    // the page's own handlers.
    on(this.root, 'click', (event) => {
      event.preventDefault();
      event.stopPropagation();
    });
    on(this.saveButton, 'click', () => void this.save());
    on(this.sun, 'click', () => (this.cardOpen ? this.close(false) : this.open()));
    on(this.sun, 'focus', () => {
      if (!this.returningFocus) this.open();
    });
    on(this.sun, 'mouseenter', () => this.hover(true));
    on(this.sun, 'mouseleave', () => this.hover(false));
    on(this.root, 'keydown', (event) => {
      if (event.key === 'Escape' && this.cardOpen) {
        event.stopPropagation();
        this.close(true);
      }
    });
    on(this.root, 'focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (!next || !this.root.contains(next)) this.close(false);
    });
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(this.hoverTimer);
        if (this.card) render(null, this.card);
        this.host.remove();
      },
      { once: true },
    );
  }

  private hover(inside: boolean): void {
    clearTimeout(this.hoverTimer);
    if (inside && !this.cardOpen) this.hoverTimer = setTimeout(() => this.open(), HOVER_OPEN_MS);
    if (!inside && this.cardOpen) {
      this.hoverTimer = setTimeout(() => {
        const focused = this.root.activeElement;
        if (!this.card?.matches(':hover') && !this.sun.matches(':hover') && !focused)
          this.close(false);
      }, HOVER_CLOSE_MS);
    }
  }

  private ensureCard(): HTMLElement {
    if (this.card) return this.card;
    const doc = this.host.ownerDocument;
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-labelledby', this.headingId);
    card.hidden = true;
    const usePopover = typeof card.showPopover === 'function';
    if (usePopover) card.setAttribute('popover', 'manual');
    card.addEventListener('mouseenter', () => clearTimeout(this.hoverTimer), {
      signal: this.signal,
    });
    card.addEventListener('mouseleave', () => this.hover(false), { signal: this.signal });
    // In DOM order right after the sun button: Tab moves from the badge into the card.
    this.sun.after(card);
    this.card = card;
    return card;
  }

  open(): void {
    if (this.cardOpen || this.signal.aborted) return;
    clearTimeout(this.hoverTimer);
    const card = this.ensureCard();
    this.cardOpen = true;
    this.sun.setAttribute('aria-expanded', 'true');
    this.renderCard();
    card.hidden = false;
    if (card.hasAttribute('popover') && !card.matches(':popover-open')) card.showPopover();
    this.place();
  }

  close(returnFocus: boolean): void {
    clearTimeout(this.hoverTimer);
    if (!this.cardOpen || !this.card) return;
    this.cardOpen = false;
    this.listsOpen = false;
    this.sun.setAttribute('aria-expanded', 'false');
    if (this.card.hasAttribute('popover') && this.card.matches(':popover-open'))
      this.card.hidePopover();
    this.card.hidden = true;
    if (returnFocus) {
      this.returningFocus = true;
      this.sun.focus({ preventScroll: true });
      this.returningFocus = false;
    }
  }

  /** Below the badge, kept inside the viewport (one layout read, on open only). */
  private place(): void {
    if (!this.card) return;
    const anchor = this.sun.getBoundingClientRect();
    const view = this.host.ownerDocument.defaultView;
    const width = Math.min(280, (view?.innerWidth ?? 1024) - 16);
    const left = Math.max(8, Math.min(anchor.left, (view?.innerWidth ?? 1024) - width - 8));
    const below = anchor.bottom + 6;
    const fitsBelow = below + 220 < (view?.innerHeight ?? 800);
    this.card.style.left = `${left}px`;
    if (fitsBelow) {
      this.card.style.top = `${below}px`;
      this.card.style.bottom = 'auto';
    } else {
      this.card.style.top = 'auto';
      this.card.style.bottom = `${(view?.innerHeight ?? 800) - anchor.top + 6}px`;
    }
  }

  private renderCard(): void {
    if (!this.card || !this.cardOpen) return;
    const { mark } = this;
    render(
      h(StoryCard, {
        headingId: this.headingId,
        category: mark.result.category,
        cues: mark.result.cues,
        confidence: this.actions.confidence(mark),
        saved: this.saved,
        verdict: this.verdict,
        lists: this.lists,
        listsOpen: this.listsOpen,
        status: this.status,
        onSave: () => void this.save(),
        onToggleLists: () => void this.toggleLists(),
        onAddToList: (listId: number) => void this.addToList(listId),
        onFeedback: (verdict: Verdict) => void this.giveFeedback(verdict),
        t: this.actions.t,
      }),
      this.card,
    );
  }

  private setStatus(status: string): void {
    this.status = status;
    this.renderCard();
  }

  private async save(): Promise<void> {
    try {
      await this.actions.save(this.mark);
      this.setSaved(true);
      this.setStatus(this.actions.t('cardStatusSaved'));
    } catch (error) {
      this.setStatus(this.actions.t('cardStatusNotSaved', messageOf(error)));
    }
  }

  private async toggleLists(): Promise<void> {
    this.listsOpen = !this.listsOpen;
    this.renderCard();
    if (!this.listsOpen || this.lists) return;
    try {
      this.lists = await this.actions.getLists();
      this.renderCard();
    } catch (error) {
      this.lists = [];
      this.setStatus(this.actions.t('cardStatusListsUnavailable', messageOf(error)));
    }
  }

  private async addToList(listId: number): Promise<void> {
    try {
      const name = await this.actions.addToList(this.mark, listId);
      this.setSaved(true);
      this.listsOpen = false;
      this.setStatus(this.actions.t('cardStatusAdded', name));
    } catch (error) {
      this.setStatus(this.actions.t('cardStatusNotAdded', messageOf(error)));
    }
  }

  private async giveFeedback(verdict: Verdict): Promise<void> {
    try {
      await this.actions.feedback(this.mark, verdict);
      this.verdict = verdict;
      this.setStatus(
        this.actions.t(
          verdict === 'not-uplifting' ? 'cardStatusNotedNotUplifting' : 'cardStatusNotedUplifting',
        ),
      );
    } catch (error) {
      this.setStatus(this.actions.t('cardStatusNotNoted', messageOf(error)));
    }
  }
}

// One parsed style sheet shared by every badge of the page (parsing it per badge costs more
// than the rest of the badge); a <style> element where constructed sheets are not available.
let sharedSheet: CSSStyleSheet | null | undefined;

function adoptBadgeStyle(root: ShadowRoot, doc: Document): void {
  if (sharedSheet === undefined) {
    try {
      const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
      sharedSheet = new Sheet();
      sharedSheet.replaceSync(BADGE_CSS);
    } catch {
      sharedSheet = null;
    }
  }
  if (sharedSheet) {
    try {
      root.adoptedStyleSheets = [sharedSheet];
      return;
    } catch {
      sharedSheet = null;
    }
  }
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  root.append(style);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Where the badge goes: right after the last word of the headline, in the same line. Inside a
 * link it stays inside (its clicks are kept from the link); after a block it would open a line.
 */
const HIDDEN_TEXT =
  '[hidden], [aria-hidden="true"], script, style, noscript, template, ' +
  '[class*="sr-only"], [class*="visually-hidden"], [class*="visuallyhidden"], [class*="screen-reader"], [class*="offscreen"]';

export function placeBadge(headline: Element, host: HTMLElement): void {
  const doc = headline.ownerDocument;
  const walker = doc.createTreeWalker(headline, NodeFilter.SHOW_TEXT);
  // Most headlines hide no text: one query spares them a selector match per text node.
  const hidesText = headline.matches(HIDDEN_TEXT) || headline.querySelector(HIDDEN_TEXT) !== null;
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    if (hidesText) {
      const hidden = node.parentElement?.closest(HIDDEN_TEXT);
      if (hidden && headline.contains(hidden)) continue;
    }
    last = node;
  }
  if (last) (last as Text).after(host);
  else headline.append(host);
}
