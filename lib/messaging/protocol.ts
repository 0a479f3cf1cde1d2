/**
 * The one protocol between content scripts, extension pages and the background. Each message is
 * named by intent, with a valibot schema for its request: the background checks every payload
 * before acting on it, so nothing a page can forge reaches the database unchecked.
 */
import * as v from 'valibot';
import { CATEGORIES, SENSITIVITIES, type Category } from '../classifier/types';
import { normalizeStoryUrl } from '../detection/story-url';
import type { PageStringTable } from '../highlight/page-strings';

const MAX_TITLE = 500;
const MAX_TEXT = 2_000;

/** An http(s) URL, normalised the way stories are keyed. */
export const StoryUrlSchema = v.pipe(
  v.string(),
  v.maxLength(4_096, 'URL is too long'),
  v.transform((href) => normalizeStoryUrl(href)),
  v.string('URL must be an absolute http(s) address'),
);

const TabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

export const StoryInputSchema = v.object({
  url: StoryUrlSchema,
  title: v.pipe(text(MAX_TITLE), v.minLength(1, 'title is empty')),
  teaser: v.optional(text(MAX_TEXT)),
  siteName: v.optional(text(200)),
  imageUrl: v.optional(StoryUrlSchema),
  published: v.optional(text(64)),
  score: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  category: v.optional(v.nullable(v.picklist(CATEGORIES))),
  cues: v.optional(v.pipe(v.array(text(80)), v.maxLength(10))),
});
export type StoryInput = v.InferOutput<typeof StoryInputSchema>;

export const protocol = {
  /** Save a story (or refresh the one already saved under the same URL). */
  saveStory: v.object({ story: StoryInputSchema }),
  /** Which of these URLs are already in the reading list? One call per page, not per story. */
  getSavedUrls: v.object({ urls: v.pipe(v.array(v.string()), v.maxLength(5_000)) }),
  /** Sent to a tab: the stories its content script found and how they scored. */
  getPageStories: v.object({}),
  /** Save the page open in a tab (popup button, keyboard shortcut). */
  savePage: v.object({ tabId: TabIdSchema }),
  /**
   * Sent to a tab: what the page is, when it is an article (title, excerpt, site, date), from its
   * metadata alone: "Save this page" asks it where it cannot inject its article reader.
   */
  getPageArticle: v.object({}),
  /** Sent to a tab: the text of a link on the page (for "Save link to Brightside"). */
  getLinkTitle: v.object({ url: v.pipe(v.string(), v.maxLength(4_096)) }),
  /** A page tells the background how many uplifting stories it shows (the toolbar badge). */
  reportPageStories: v.object({
    uplifting: v.pipe(v.number(), v.integer(), v.minValue(0)),
    total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /** The reader's verdict on a story the classifier scored ("Not uplifting", "Mark as uplifting"). */
  giveFeedback: v.object({
    url: StoryUrlSchema,
    verdict: v.picklist(['uplifting', 'not-uplifting']),
  }),
  /** The reader's lists, for "Save to list…". */
  getLists: v.object({}),
  /** Save a story and add it to one of the reader's lists. */
  addToList: v.object({
    listId: v.pipe(v.number(), v.integer(), v.minValue(1)),
    story: StoryInputSchema,
  }),
  /** Sent to a tab: these stories were just saved (context menu, shortcut, popup): show it. */
  showSaved: v.object({
    urls: v.pipe(v.array(StoryUrlSchema), v.maxLength(100)),
    title: v.optional(text(MAX_TITLE)),
  }),
  /**
   * Score a page's stories (the background runs the classifier, off the page's main thread).
   * One call per batch of stories, not one per story.
   */
  scoreStories: v.object({
    sensitivity: v.picklist(SENSITIVITIES),
    stories: v.pipe(
      v.array(v.object({ headline: text(MAX_TITLE), teaser: v.optional(text(MAX_TEXT)) })),
      v.maxLength(5_000),
    ),
  }),
  /**
   * A share link opened at the standalone viewer's address: show it in the extension's viewer, in
   * the same tab, with "Add to my Brightside". Only the `list=…` fragment travels.
   */
  openSharedList: v.object({ fragment: v.pipe(v.string(), v.maxLength(40_000)) }),
  /**
   * The words a page's badges, card and notes show, in the reader's language. A page asks once,
   * while it is parsed: the browser's own lookup in a page costs it a synchronous call.
   */
  getPageStrings: v.object({}),
  /** Turn Brightside on for a site whose permission the reader just granted (from the popup). */
  enableSite: v.object({
    host: v.pipe(v.string(), v.maxLength(253)),
    tabId: v.optional(TabIdSchema),
  }),
} satisfies Record<string, v.GenericSchema>;

export interface ProtocolResponses {
  saveStory: { id: number; created: boolean };
  getSavedUrls: { saved: string[] };
  getPageStories: { stories: PageStory[] };
  savePage: { id: number; created: boolean; title: string; url: string };
  getPageArticle: { article: PageArticle | null };
  getLinkTitle: { title: string | null };
  reportPageStories: { shown: boolean };
  giveFeedback: { id: number };
  getLists: { lists: Array<{ id: number; name: string }> };
  addToList: { storyId: number; listId: number; added: boolean };
  enableSite: { host: string; registered: boolean };
  openSharedList: { opened: boolean };
  showSaved: { shown: boolean };
  scoreStories: { threshold: number; results: StoryScore[] };
  getPageStrings: { strings: PageStringTable };
}

/** How the classifier judged one story. */
export interface StoryScore {
  score: number;
  uplifting: boolean;
  /** Why it is uplifting; empty when it is not. */
  cues: string[];
  category: Category | null;
}

/** An article page as `readArticle` gives it, ready to save. */
export interface PageArticle {
  title: string;
  url: string;
  excerpt?: string;
  siteName?: string;
  published?: string;
  byline?: string;
}

export interface PageStory {
  title: string;
  url: string;
  score: number;
  uplifting: boolean;
  cues: string[];
  category: Category | null;
}

export type MessageType = keyof typeof protocol;
export type MessageRequest<T extends MessageType> = v.InferInput<(typeof protocol)[T]>;
export type ValidRequest<T extends MessageType> = v.InferOutput<(typeof protocol)[T]>;
export type MessageResponse<T extends MessageType> = ProtocolResponses[T];

export interface Envelope<T extends MessageType = MessageType> {
  brightside: 1;
  type: T;
  data: MessageRequest<T>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(protocol, type);
}
