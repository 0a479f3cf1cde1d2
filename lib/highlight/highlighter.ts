/**
 * The in-page layer: scores detected stories and marks them, in one write pass. Each story
 * element gets `data-brightside` = `uplifting` or `other`; each uplifting one gets a sun badge.
 * Settings (sensitivity, style, focus mode, muted words) apply to the marks already shown, live.
 * When `signal` ends, every mark, badge and style is taken off the page again.
 */
import { scoreUplift, THRESHOLDS, type UpliftResult } from '../classifier';
import type { DetectedStory } from '../detection';
import type { PageStory } from '../messaging/protocol';
import { mutedWordMatcher, type Settings } from '../settings/settings';
import { applyPageStyle } from './page-style';
import { placeBadge, StoryBadge, type BadgeActions, type MarkedStory } from './story-badge';

export const MARK_ATTRIBUTE = 'data-brightside';
export const HEADLINE_ATTRIBUTE = 'data-brightside-headline';

export type HighlightActions = Omit<BadgeActions, 'confidence'>;

interface Entry {
  mark: MarkedStory;
  badge: StoryBadge | null;
}

export class Highlighter {
  private readonly entries = new Map<Element, Entry>();
  private readonly saved = new Set<string>();
  private isMuted: (text: string) => boolean;

  constructor(
    private readonly doc: Document,
    private settings: Settings,
    private readonly actions: HighlightActions,
    private readonly signal: AbortSignal,
  ) {
    this.isMuted = mutedWordMatcher(settings.mutedWords);
    signal.addEventListener('abort', () => this.unmarkAll(), { once: true });
  }

  /** Scores and marks stories not marked yet; returns the new marks. */
  add(stories: readonly DetectedStory[]): MarkedStory[] {
    if (this.signal.aborted) return [];
    const fresh: MarkedStory[] = [];
    for (const story of stories) {
      if (this.entries.has(story.element) || !story.element.isConnected) continue;
      fresh.push(this.judge(story));
    }
    if (fresh.length === 0) return fresh;
    applyPageStyle(this.doc, this.settings, this.signal);
    // One pass of writes, no layout reads in between.
    for (const mark of fresh) {
      const entry: Entry = { mark, badge: null };
      this.entries.set(mark.story.element, entry);
      this.write(entry);
    }
    return fresh;
  }

  applySettings(settings: Settings): void {
    const rescore = settings.sensitivity !== this.settings.sensitivity;
    const remute = settings.mutedWords.join('\n') !== this.settings.mutedWords.join('\n');
    this.settings = settings;
    this.isMuted = mutedWordMatcher(settings.mutedWords);
    if (this.signal.aborted) return;
    applyPageStyle(this.doc, settings, this.signal);
    if (!rescore && !remute) return;
    for (const entry of this.entries.values()) {
      const next = rescore
        ? this.judge(entry.mark.story)
        : this.withMute(entry.mark.story, entry.mark.result);
      entry.mark = next;
      this.write(entry);
    }
  }

  /** Shows these (normalised) URLs as saved. */
  setSaved(urls: Iterable<string>): void {
    for (const url of urls) this.saved.add(url);
    for (const entry of this.entries.values()) {
      if (this.saved.has(entry.mark.story.url)) entry.badge?.setSaved(true);
    }
  }

  isSaved(url: string): boolean {
    return this.saved.has(url);
  }

  counts(): { uplifting: number; total: number } {
    let uplifting = 0;
    for (const entry of this.entries.values()) if (entry.mark.uplifting) uplifting++;
    return { uplifting, total: this.entries.size };
  }

  stories(): PageStory[] {
    return [...this.entries.values()].map(({ mark: { story, result, uplifting } }) => ({
      title: story.title,
      url: story.url,
      score: result.score,
      uplifting,
      cues: result.cues,
      category: result.category,
    }));
  }

  /** The marked story whose URL is `url`, if any. */
  find(url: string): MarkedStory | undefined {
    for (const entry of this.entries.values()) if (entry.mark.story.url === url) return entry.mark;
    return undefined;
  }

  /** How sure the classifier is, in a word, relative to the chosen sensitivity. */
  confidence(mark: MarkedStory): 'high' | 'medium' | 'low' {
    const margin = mark.result.score - THRESHOLDS[this.settings.sensitivity];
    if (margin >= 0.25) return 'high';
    if (margin >= 0.1) return 'medium';
    return 'low';
  }

  private judge(story: DetectedStory): MarkedStory {
    const result = scoreUplift(
      { headline: story.title, ...(story.teaser ? { teaser: story.teaser } : {}) },
      { sensitivity: this.settings.sensitivity },
    );
    return this.withMute(story, result);
  }

  private withMute(story: DetectedStory, result: UpliftResult): MarkedStory {
    const muted =
      result.uplifting &&
      (this.isMuted(story.title) || (story.teaser ? this.isMuted(story.teaser) : false));
    return { story, result, uplifting: result.uplifting && !muted };
  }

  private write(entry: Entry): void {
    const { story, uplifting } = entry.mark;
    const value = uplifting ? 'uplifting' : 'other';
    if (story.element.getAttribute(MARK_ATTRIBUTE) !== value) {
      story.element.setAttribute(MARK_ATTRIBUTE, value);
    }
    if (uplifting) {
      story.headlineElement.setAttribute(HEADLINE_ATTRIBUTE, 'uplifting');
      if (!entry.badge) {
        entry.badge = new StoryBadge(entry.mark, this.badgeActions(), this.signal);
        entry.badge.setSaved(this.saved.has(story.url));
        placeBadge(story.headlineElement, entry.badge.host);
      } else {
        entry.badge.update(entry.mark);
        if (!entry.badge.host.isConnected) placeBadge(story.headlineElement, entry.badge.host);
      }
    } else {
      story.headlineElement.removeAttribute(HEADLINE_ATTRIBUTE);
      // A story that stops being uplifting (stricter setting, muted word) loses its badge.
      entry.badge?.host.remove();
    }
  }

  private badgeActions(): BadgeActions {
    return {
      save: async (mark) => {
        await this.actions.save(mark);
        this.saved.add(mark.story.url);
      },
      feedback: (mark, verdict) => this.actions.feedback(mark, verdict),
      getLists: () => this.actions.getLists(),
      addToList: async (mark, listId) => {
        const name = await this.actions.addToList(mark, listId);
        this.saved.add(mark.story.url);
        return name;
      },
      confidence: (mark) => this.confidence(mark),
    };
  }

  private unmarkAll(): void {
    for (const { mark } of this.entries.values()) {
      mark.story.element.removeAttribute(MARK_ATTRIBUTE);
      mark.story.headlineElement.removeAttribute(HEADLINE_ATTRIBUTE);
    }
    this.entries.clear();
  }
}
