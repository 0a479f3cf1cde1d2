/**
 * What the background answers a page that asks for scores: the classifier's verdict and score,
 * and the "why?" (cues, category) of the uplifting stories, the only ones with a badge to show it.
 */
import { describe, expect, it } from 'vitest';
import { scoreStory } from '@/lib/background/highlight-background';
import { scoreUplift, THRESHOLDS } from '@/lib/classifier';

describe('scoreStory', () => {
  it('gives an uplifting story its cues and category', () => {
    const story = { headline: 'Firefighters rescue family from burning home' };
    const answer = scoreStory(story, 'balanced');
    const direct = scoreUplift(story, { sensitivity: 'balanced' });
    expect(answer).toEqual({
      score: direct.score,
      uplifting: true,
      cues: direct.cues,
      category: direct.category,
    });
    expect(answer.cues.length).toBeGreaterThan(0);
    expect(answer.category).toBe('rescue');
  });

  it('gives a story that is not uplifting its score and verdict, and no why', () => {
    const story = { headline: 'Police arrest suspect in downtown stabbing' };
    const answer = scoreStory(story, 'generous');
    expect(answer).toEqual({
      score: scoreUplift(story).score,
      uplifting: false,
      cues: [],
      category: null,
    });
  });

  it('follows the sensitivity: the verdict is the score against that threshold', () => {
    for (const headline of [
      'Senate passes budget bill',
      'Dog fosters kittens that lost their mom',
    ]) {
      const { score } = scoreUplift({ headline });
      for (const sensitivity of ['strict', 'balanced', 'generous'] as const) {
        const answer = scoreStory({ headline }, sensitivity);
        expect(answer.score).toBe(score);
        expect(answer.uplifting).toBe(score >= THRESHOLDS[sensitivity]);
        expect(answer.cues.length > 0).toBe(answer.uplifting);
      }
    }
  });
});
