import type { Category } from '@/lib/classifier';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import { categoryName } from '@/lib/reading-list/story-view';

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
  t: Translate;
}

/** The "why?" card of an uplifting story: what made it uplifting, and ways to save it. */
export function StoryCard(props: StoryCardProps) {
  const { category, cues, confidence, saved, verdict, lists, listsOpen, status, t } = props;
  return (
    <div class="card-body">
      <p class="card-title" id={props.headingId}>
        <span aria-hidden="true">☀ </span>
        {t(
          'cardTitle',
          category && category !== 'other' ? categoryName(t, category) : t('cardGoodNews'),
        )}
      </p>
      <p class="confidence">
        {t('cardConfidence')} <strong>{t(`cardConfidence_${confidence}` as MessageKey)}</strong>
      </p>
      {cues.length > 0 && (
        <>
          <p class="why">{t('cardWhy')}</p>
          <ul class="cues" aria-label={t('cardCues')}>
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
          {saved ? t('cardSaved') : t('cardSave')}
        </button>
        <button type="button" aria-expanded={listsOpen} onClick={props.onToggleLists}>
          {t('cardSaveToList')}
        </button>
      </div>
      {listsOpen && (
        <div class="lists">
          {lists === undefined ? (
            <p>{t('cardListsLoading')}</p>
          ) : lists.length === 0 ? (
            <p>{t('cardNoLists')}</p>
          ) : (
            <ul aria-label={t('cardLists')}>
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
            {t('cardMarkUplifting')}
          </button>
        ) : (
          <button type="button" onClick={() => props.onFeedback('not-uplifting')}>
            {t('cardNotUplifting')}
          </button>
        )}
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
