import type { Category } from '@/lib/classifier';

export type Confidence = 'high' | 'medium' | 'low';
export type Verdict = 'uplifting' | 'not-uplifting';

export interface StoryCardProps {
  /** Id of the card's heading, for the card's accessible name. */
  headingId: string;
  category: Category | null;
  cues: string[];
  confidence: Confidence;
  saved: boolean;
  /** The reader's own verdict on this story, once given. */
  verdict: Verdict | null;
  /** `undefined` until asked for; then the reader's lists. */
  lists: Array<{ id: number; name: string }> | undefined;
  listsOpen: boolean;
  /** A short status line (saved, added to a list, an error), read out by screen readers. */
  status: string;
  onSave: () => void;
  onToggleLists: () => void;
  onAddToList: (listId: number) => void;
  onFeedback: (verdict: Verdict) => void;
}

const CATEGORY_LABELS: Record<Category, string> = {
  kindness: 'Kindness',
  rescue: 'Rescue',
  recovery: 'Recovery',
  'health-science': 'Health & science',
  environment: 'Environment',
  achievement: 'Achievement',
  community: 'Community',
  animals: 'Animals',
  other: 'Good news',
};

/** The "why?" card of an uplifting story: what made it uplifting, and ways to save it. */
export function StoryCard(props: StoryCardProps) {
  const { category, cues, confidence, saved, verdict, lists, listsOpen, status } = props;
  return (
    <div class="card-body">
      <p class="card-title" id={props.headingId}>
        <span aria-hidden="true">☀ </span>
        Uplifting: {category ? CATEGORY_LABELS[category] : 'Good news'}
      </p>
      <p class="confidence">
        Confidence: <strong>{confidence}</strong>
      </p>
      {cues.length > 0 && (
        <>
          <p class="why">Why:</p>
          <ul class="cues" aria-label="What made it uplifting">
            {cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
        </>
      )}
      <div class="actions">
        {/* Stays focusable once saved: disabling it would drop the keyboard focus out of the card. */}
        <button
          type="button"
          class="primary"
          onClick={saved ? undefined : props.onSave}
          aria-disabled={saved}
        >
          {saved ? 'Saved ✓' : 'Save to Brightside'}
        </button>
        <button type="button" aria-expanded={listsOpen} onClick={props.onToggleLists}>
          Save to list…
        </button>
      </div>
      {listsOpen && (
        <div class="lists">
          {lists === undefined ? (
            <p>Loading lists…</p>
          ) : lists.length === 0 ? (
            <p>No lists yet. Make one in the reading list.</p>
          ) : (
            <ul aria-label="Your lists">
              {lists.map((list) => (
                <li key={list.id}>
                  <button type="button" onClick={() => props.onAddToList(list.id)}>
                    {list.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div class="feedback">
        {verdict === 'not-uplifting' ? (
          <button type="button" onClick={() => props.onFeedback('uplifting')}>
            Mark as uplifting
          </button>
        ) : (
          <button type="button" onClick={() => props.onFeedback('not-uplifting')}>
            Not uplifting
          </button>
        )}
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
