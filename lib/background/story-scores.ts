/**
 * Scores for the stories a page sends, remembered while the background runs: readers reload the
 * same front pages through the day, and a remembered headline is answered without the classifier
 * (the worker shares two cores with the page it answers, which is busy laying itself out).
 */
import { scoreUplift, THRESHOLDS, type Sensitivity, type StoryText } from '../classifier';
import type { StoryScore } from '../messaging/protocol';

/** About a day of front pages; each entry is a headline, a teaser and a few cues. */
const REMEMBERED = 4_000;

const remembered = new Map<string, StoryScore>();

function keyOf(story: StoryText, sensitivity: Sensitivity): string {
  return `${sensitivity}\u0000${story.headline}\u0000${story.teaser ?? ''}`;
}

export function scoreStories(
  stories: readonly StoryText[],
  sensitivity: Sensitivity,
): { threshold: number; results: StoryScore[] } {
  const results = stories.map((story) => {
    const key = keyOf(story, sensitivity);
    const known = remembered.get(key);
    if (known) {
      // Most recently used last: the oldest entry is the one forgotten.
      remembered.delete(key);
      remembered.set(key, known);
      return known;
    }
    const { score, uplifting, cues, category } = scoreUplift(story, { sensitivity });
    const result = { score, uplifting, cues, category };
    remembered.set(key, result);
    if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
    return result;
  });
  return { threshold: THRESHOLDS[sensitivity], results };
}

/** How many scores are remembered (tests). */
export function rememberedScores(): number {
  return remembered.size;
}
