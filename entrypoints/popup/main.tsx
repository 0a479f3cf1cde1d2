import { signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { render } from 'preact';
import { ReadingList } from '@/components/ReadingList';
import { getDatabase, type StoryRecord } from '@/lib/db/database';
import { listStories } from '@/lib/db/stories';

const stories = signal<StoryRecord[] | undefined>(undefined);
const db = getDatabase();
liveQuery(() => listStories(db)).subscribe({
  next: (value) => (stories.value = value),
  error: (error: unknown) => console.error('Brightside: reading list query failed', error),
});

function Popup() {
  return (
    <>
      <header>
        <h1>Brightside</h1>
      </header>
      <ReadingList stories={stories.value} />
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
