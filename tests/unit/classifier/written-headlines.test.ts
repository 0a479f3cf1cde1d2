/**
 * Forty headlines written for Brightside (none from the data sets), twenty of each kind, across
 * the categories the reader expects: a floor on plain judgment beyond the dev sets. One is known
 * to be missed: "Solar power now cheapest electricity in history" (progress told without a
 * word the model weighs).
 */
import { describe, expect, it } from 'vitest';
import { scoreUplift } from '../../../lib/classifier';

const UPLIFTING = [
  'Scientists develop new vaccine that protects against all strains of flu',
  "Neighbors rebuild elderly veteran's home after tornado",
  'Blind runner finishes Boston Marathon with help of guide dog',
  "Stranger pays off entire school's lunch debt",
  'Coral reef once thought dead is recovering, researchers say',
  'Woman, 92, graduates from college decades after dropping out',
  'Town comes together to find missing autistic boy, who is found safe',
  "Teacher donates kidney to student's father",
  'Endangered tiger population rises for first time in a century',
  'Bus driver saves child wandering on highway',
  'New gene therapy restores sight to patients with rare blindness',
  'Refugee family opens restaurant, hires other refugees',
  'Solar power now cheapest electricity in history, report says',
  "Boy who survived cancer raises money for children's hospital",
  'Police officer buys groceries for mother caught shoplifting to feed her kids',
  'Volunteers plant one million trees in a single day',
  'Miners trapped for two weeks are all brought out alive',
  'Child poverty falls to record low',
  'Dog lost in wildfire reunited with family after three months',
  'Homeless shelter turns empty hotel into housing for 200 people',
];

const NOT_UPLIFTING = [
  'Stock market falls sharply on recession fears',
  'Three dead after gunman opens fire at shopping mall',
  'Government shutdown looms as talks collapse',
  'Hurricane leaves millions without power',
  'Company announces 5,000 layoffs amid falling profits',
  'Court rules against city in zoning dispute',
  'Prime minister resigns after corruption scandal',
  'Measles outbreak spreads to five states',
  'Train derails, injuring dozens',
  'Apple unveils new iPhone with bigger screen',
  'Lakers beat Celtics 110-102',
  'Oil prices rise after OPEC cuts production',
  'Man charged with murder of his wife',
  'Drought threatens crops across the Midwest',
  'Senators debate immigration bill',
  'Fire destroys historic church',
  'Hackers steal data of 100 million customers',
  'Mayor announces new parking rules downtown',
  'Teen arrested after threatening school on social media',
  'Heat wave breaks temperature records across Europe',
];

describe('written headlines', () => {
  it('gets at least 39 of 40 right at the balanced sensitivity', () => {
    const wrong = [
      ...UPLIFTING.filter((headline) => !scoreUplift({ headline }).uplifting),
      ...NOT_UPLIFTING.filter((headline) => scoreUplift({ headline }).uplifting),
    ];
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(1);
  });
});
