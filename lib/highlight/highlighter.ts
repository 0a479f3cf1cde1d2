/**
 * The in-page layer: scores detected stories and marks them, in one write pass. Each story
 * element gets `data-brightside` = `uplifting` or `other`; each uplifting one gets a sun badge.
 * Settings (sensitivity, style, focus mode, muted words) apply to the marks already shown, live.
 * When `signal` ends, every mark, badge and style is taken off the page again.
 */
import type { Sensitivity } from '../classifier/types';
import type { DetectedStory } from '../detection';
import type { PageStory, StoryScore } from '../messaging/protocol';
import { mutedWordMatcher, type Settings } from '../settings/settings';
import { offerMarkAsUplifting } from './mark-as-uplifting';
import { applyPageStyle } from './page-style';
import { placeBadge, StoryBadge, type BadgeActions, type MarkedStory } from './story-badge';
import { yieldToPage } from './yield-to-page';

export const MARK_ATTRIBUTE = 'data-brightside';
export const HEADLINE_ATTRIBUTE = 'data-brightside-headline';

export interface HighlightActions extends Omit<BadgeActions, 'confidence'> {
  /** Scores a batch of stories (the background runs the classifier). */
  score(
    stories: Array<{ headline: string; teaser?: string }>,
    sensitivity: Sensitivity,
  ): Promise<{ threshold: number; results: StoryScore[] }>;
}

/** Longest run of mark writes before the page gets the main thread back. */
const SLICE_MS = 20;

interface Entry {
  mark: MarkedStory;
  badge: StoryBadge | null;
}

export class Highlighter {
  private readonly entries = new Map<Element, Entry>();
  private readonly saved = new Set<string>();
  private isMuted: (text: string) => boolean;
  private readonly pending = new Set<Element>();
  private threshold = 0.5;

  constructor(
    private readonly doc: Document,
    private settings: Settings,
    private readonly actions: HighlightActions,
    private readonly signal: AbortSignal,
  ) {
    this.isMuted = mutedWordMatcher(settings.mutedWords);
    signal.addEventListener('abort', () => this.unmarkAll(), { once: true });
    offerMarkAsUplifting(
      doc,
      {
        markOf: (element) => this.entries.get(element)?.mark,
        markUplifting: (mark) => this.actions.feedback(mark, 'uplifting'),
        t: actions.t,
      },
      signal,
    );
  }

  /** Scores and marks stories not marked yet; resolves to the new marks. */
  async add(stories: readonly DetectedStory[]): Promise<MarkedStory[]> {
    const fresh = stories.filter(
      (story) =>
        !this.entries.has(story.element) &&
        !this.pending.has(story.element) &&
        story.element.isConnected,
    );
    if (fresh.length === 0 || this.signal.aborted) return [];
    for (const story of fresh) this.pending.add(story.element);
    try {
      const scores = await this.score(fresh);
      if (this.signal.aborted) return [];
      const marks = fresh.map((story, i) => this.withMute(story, scores[i]!));
      applyPageStyle(this.doc, this.settings, this.signal);
      // One pass of writes, no layout reads in between; on a very long page it gives the main
      // thread back between slices, so no task of ours runs long.
      let sliceStart = performance.now();
      for (const mark of marks) {
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToPage();
          if (this.signal.aborted) return [];
          sliceStart = performance.now();
        }
        if (!mark.story.element.isConnected) continue;
        const entry: Entry = { mark, badge: null };
        this.entries.set(mark.story.element, entry);
        this.write(entry);
      }
      return marks;
    } finally {
      for (const story of fresh) this.pending.delete(story.element);
    }
  }

  async applySettings(settings: Settings): Promise<void> {
    const rescore = settings.sensitivity !== this.settings.sensitivity;
    const remute = settings.mutedWords.join('\n') !== this.settings.mutedWords.join('\n');
    this.settings = settings;
    this.isMuted = mutedWordMatcher(settings.mutedWords);
    if (this.signal.aborted) return;
    applyPageStyle(this.doc, settings, this.signal);
    if (!rescore && !remute) return;
    const entries = [...this.entries.values()];
    const scores = rescore
      ? await this.score(entries.map((entry) => entry.mark.story))
      : entries.map((entry) => entry.mark.result);
    if (this.signal.aborted || settings !== this.settings) return;
    entries.forEach((entry, i) => {
      entry.mark = this.withMute(entry.mark.story, scores[i]!);
      this.write(entry);
    });
  }

  private async score(stories: readonly DetectedStory[]): Promise<StoryScore[]> {
    const { threshold, results } = await this.actions.score(
      stories.map((story) => ({
        headline: story.title,
        ...(story.teaser ? { teaser: story.teaser } : {}),
      })),
      this.settings.sensitivity,
    );
    this.threshold = threshold;
    return results;
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
    const margin = mark.result.score - this.threshold;
    if (margin >= 0.25) return 'high';
    if (margin >= 0.1) return 'medium';
    return 'low';
  }

  private withMute(story: DetectedStory, result: StoryScore): MarkedStory {
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
      t: this.actions.t,
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
