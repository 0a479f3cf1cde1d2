import { describe, expect, test } from 'vitest';
import { rememberedScores, scoreStories } from '@/lib/background/story-scores';
import { scoreUplift, THRESHOLDS } from '@/lib/classifier';

const rescue = { headline: 'Firefighters rescue puppy trapped in storm drain for two days' };
const crash = {
  headline: 'Three killed as bus crashes on icy motorway',
  teaser: 'Police closed the road.',
};

describe('scores for a page’s stories', () => {
  test('are the classifier’s, with the threshold of the sensitivity', () => {
    const { threshold, results } = scoreStories([rescue, crash], 'balanced');
    expect(threshold).toBe(THRESHOLDS.balanced);
    for (const [i, story] of [rescue, crash].entries()) {
      const { score, uplifting, cues, category } = scoreUplift(story, { sensitivity: 'balanced' });
      expect(results[i]).toEqual({ score, uplifting, cues, category });
    }
  });

  test('asked again, are the same; another sensitivity judges again', () => {
    const first = scoreStories([rescue, crash], 'strict').results;
    expect(scoreStories([rescue, crash], 'strict').results).toEqual(first);
    const generous = scoreStories([rescue], 'generous');
    expect(generous.threshold).toBe(THRESHOLDS.generous);
    expect(generous.results[0]).toEqual(
      expect.objectContaining({
        uplifting: scoreUplift(rescue, { sensitivity: 'generous' }).uplifting,
      }),
    );
  });

  test('a headline with another teaser is scored on its own', () => {
    const bare = scoreStories([{ headline: crash.headline }], 'balanced').results[0]!;
    const withTeaser = scoreStories([crash], 'balanced').results[0]!;
    expect(withTeaser.score).toBe(scoreUplift(crash).score);
    expect(bare.score).toBe(scoreUplift({ headline: crash.headline }).score);
  });

  test('what is remembered stays bounded', () => {
    const many = Array.from({ length: 4_100 }, (_, i) => ({
      headline: `Volunteers plant tree number ${i} in the park`,
    }));
    scoreStories(many, 'balanced');
    expect(rememberedScores()).toBe(4_000);
    // The earliest were forgotten, and are scored again the same.
    expect(scoreStories([many[0]!], 'balanced').results[0]!.score).toBe(
      scoreUplift(many[0]!).score,
    );
  });
});
