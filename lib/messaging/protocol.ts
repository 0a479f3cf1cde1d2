/**
 * The one protocol between content scripts, extension pages and the background. Each message is
 * named by intent, with a valibot schema for its request: the background checks every payload
 * before acting on it, so nothing a page can forge reaches the database unchecked.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category } from '../classifier';
import { normalizeStoryUrl } from '../detection/story-url';

const MAX_TITLE = 500;
const MAX_TEXT = 2_000;

/** An http(s) URL, normalised the way stories are keyed. */
export const StoryUrlSchema = v.pipe(
  v.string(),
  v.maxLength(4_096, 'URL is too long'),
  v.transform((href) => normalizeStoryUrl(href)),
  v.string('URL must be an absolute http(s) address'),
);

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
} satisfies Record<string, v.GenericSchema>;

export interface ProtocolResponses {
  saveStory: { id: number; created: boolean };
  getSavedUrls: { saved: string[] };
  getPageStories: { stories: PageStory[] };
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
