/**
 * Is this story uplifting? Placeholder scorer with the final interface; the trained model replaces
 * the body of `scoreUplift`, not its shape.
 */
export const CATEGORIES = [
  'kindness',
  'rescue',
  'recovery',
  'health-science',
  'environment',
  'achievement',
  'community',
  'animals',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SENSITIVITIES = ['strict', 'balanced', 'generous'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export interface StoryText {
  headline: string;
  teaser?: string;
  body?: string;
}

export interface UpliftResult {
  /** Probability in [0, 1] that a reader would call the story uplifting. */
  score: number;
  uplifting: boolean;
  /** The few phrases that moved the score most, for the "why?" card. */
  cues: string[];
  category: Category | null;
  /** Only English is modelled; other text is never marked uplifting. */
  language: 'en' | 'other';
}

export interface ScoreOptions {
  sensitivity?: Sensitivity;
}

const THRESHOLDS: Record<Sensitivity, number> = { strict: 0.7, balanced: 0.5, generous: 0.35 };
const PLACEHOLDER_CUES = ['rescue', 'kindness', 'comfort', 'recovers', 'saves', 'helps', 'hero'];

export function scoreUplift(input: StoryText, options: ScoreOptions = {}): UpliftResult {
  const text = `${input.headline} ${input.teaser ?? ''}`.toLowerCase();
  const cues = PLACEHOLDER_CUES.filter((cue) => text.includes(cue));
  const score = Math.min(1, 0.2 + 0.4 * cues.length);
  const uplifting = score >= THRESHOLDS[options.sensitivity ?? 'balanced'];
  return { score, uplifting, cues, category: uplifting ? 'other' : null, language: 'en' };
}
