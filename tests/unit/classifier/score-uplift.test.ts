import { describe, expect, it } from 'vitest';
import { CATEGORIES, scoreUplift, SENSITIVITIES, THRESHOLDS } from '../../../lib/classifier';
import { loadSeedStory } from '../../../scripts/classifier/data';

const UPLIFTING = [
  'Officer comforts woman in mental-health crisis, gives her his jacket as bodycam rolls',
  'Malaria deaths fall by half in a decade',
  'Dog fosters kittens that lost their mom',
  'Firefighters rescue family from burning home',
  'Teen who lost leg in crash runs first marathon',
  'Homeless man returns lost wallet with $2,000 inside',
  'Crime falls to 30-year low in city',
];
const NOT_UPLIFTING = [
  'Man killed in highway crash',
  'Police arrest suspect in downtown stabbing',
  'Stocks slide as inflation fears grow',
  'Wildfire destroys hundreds of homes',
  'Senate passes budget bill',
  'Celebrity couple announce divorce',
];

describe('scoreUplift on the issue examples', () => {
  it.each(UPLIFTING)('uplifting: %s', (headline) => {
    const result = scoreUplift({ headline });
    expect(result.uplifting).toBe(true);
    expect(result.category).not.toBeNull();
    expect(result.cues.length).toBeGreaterThan(0);
  });

  it.each(NOT_UPLIFTING)('not uplifting: %s', (headline) => {
    const result = scoreUplift({ headline });
    expect(result.uplifting).toBe(false);
    expect(result.category).toBeNull();
  });

  it('the seed story, headline + body, is uplifting although full of crisis words', () => {
    const seed = loadSeedStory();
    expect(seed.body).toMatch(/crisis/);
    const result = scoreUplift(seed);
    expect(result.uplifting).toBe(true);
    expect(result.language).toBe('en');
  });

  it('names the reversal that decided a verdict as its cue', () => {
    expect(scoreUplift({ headline: 'Malaria deaths fall by half in a decade' }).cues).toContain(
      'malaria deaths fall',
    );
    expect(scoreUplift({ headline: 'Firefighters rescue family from burning home' }).category).toBe(
      'rescue',
    );
  });
});

describe('scoreUplift contract', () => {
  it('returns a probability, a verdict, at most three cues and a known category', () => {
    const result = scoreUplift({ headline: 'Stranger pays for groceries of struggling mom' });
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.cues.length).toBeLessThanOrEqual(3);
    expect(CATEGORIES).toContain(result.category);
    expect(JSON.parse(JSON.stringify(result))).toEqual({ ...result });
  });

  it('is deterministic', () => {
    const story = { headline: 'Volunteers rebuild flooded school', teaser: 'A town pitches in.' };
    expect(scoreUplift(story)).toEqual(scoreUplift(story));
  });

  it('orders the sensitivity presets and honours them and an explicit threshold', () => {
    expect(THRESHOLDS.strict).toBeGreaterThan(THRESHOLDS.balanced);
    expect(THRESHOLDS.balanced).toBeGreaterThan(THRESHOLDS.generous);
    const headline = 'Teen who lost leg in crash runs first marathon';
    const { score } = scoreUplift({ headline });
    for (const sensitivity of SENSITIVITIES) {
      expect(scoreUplift({ headline }, { sensitivity }).uplifting).toBe(
        score >= THRESHOLDS[sensitivity],
      );
    }
    expect(scoreUplift({ headline }, { threshold: 0.999 }).uplifting).toBe(false);
  });

  it('never marks text in another language uplifting, and says so', () => {
    for (const headline of [
      'Bomberos rescatan a una familia de un incendio en su casa',
      'Feuerwehr rettet Familie aus brennendem Haus und die Nachbarn helfen',
      '消防士が燃えている家から家族を救出',
      'Пожарные спасли семью из горящего дома',
    ]) {
      const result = scoreUplift({ headline });
      expect(result.language).toBe('other');
      expect(result.uplifting).toBe(false);
      expect(result.category).toBeNull();
    }
    expect(scoreUplift({ headline: 'Firefighters rescue family from burning home' }).language).toBe(
      'en',
    );
  });

  it('takes short English headlines of rare words for English', () => {
    // No function words and few words the model weighs: only an accent would make them foreign.
    for (const headline of [
      'Bombers kill shoppers',
      'UK characters boosting box office',
      'Another Jewish Cemetery Vandalized',
      'Grand Theft Donut',
    ]) {
      expect(scoreUplift({ headline }).language).toBe('en');
    }
    expect(scoreUplift({ headline: 'Rettungshunde finden vermisstes Mädchen' }).language).toBe(
      'other',
    );
  });

  it('does not let a body full of crisis words swamp an uplifting headline', () => {
    const headline = 'Firefighters rescue family from burning home';
    const body = Array.from(
      { length: 30 },
      () => 'The fire destroyed the house. Smoke and chaos filled the street.',
    ).join(' ');
    expect(scoreUplift({ headline, body }).uplifting).toBe(true);
  });

  it('copes with empty and odd input', () => {
    expect(scoreUplift({ headline: '' }).uplifting).toBe(false);
    expect(scoreUplift({ headline: '   ', teaser: '', body: '' }).score).toBeGreaterThanOrEqual(0);
    expect(scoreUplift({ headline: 'constructor __proto__ toString' }).score).toBeGreaterThan(0);
  });
});
