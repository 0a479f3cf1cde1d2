import type { StoryRecord } from '@/lib/db/database';

export interface ReadingListProps {
  /** `undefined` while the list is loading. */
  stories: StoryRecord[] | undefined;
}

export function ReadingList({ stories }: ReadingListProps) {
  if (stories === undefined) return <p class="status">Loading…</p>;
  if (stories.length === 0) {
    return (
      <p class="status">
        Nothing saved yet. On a news page, press the ☀ Save badge next to an uplifting story.
      </p>
    );
  }
  return (
    <ul class="stories" aria-label="Saved stories">
      {stories.map((story) => (
        <li key={story.id} class="story">
          <a href={story.url} target="_blank" rel="noreferrer">
            {story.title}
          </a>
          {story.siteName && <span class="site">{story.siteName}</span>}
        </li>
      ))}
    </ul>
  );
}
