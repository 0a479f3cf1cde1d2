/** The classifier's public vocabulary, shared by the scorer and everything that shows its verdict. */
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
  /** Calibrated probability in [0, 1] that a reader would call the story uplifting. */
  score: number;
  /** `score` is at or above the threshold of the chosen sensitivity (never for non-English). */
  uplifting: boolean;
  /** The few phrases that moved the score most, for the "why?" card. */
  cues: string[];
  /** The kind of good news; null when not uplifting. */
  category: Category | null;
  /** Only English is modelled; other text is never marked uplifting. */
  language: 'en' | 'other';
}

export interface ScoreOptions {
  /** Preset threshold; `balanced` by default. */
  sensitivity?: Sensitivity;
  /** An explicit threshold in [0, 1], overriding `sensitivity`. */
  threshold?: number;
}
