/**
 * The editorial set confounds label with source (Good News Network = positive, Newser = negative),
 * so its house marks would teach the model who wrote a headline instead of what it says. These are
 * stripped before training and evaluation: media tags like "(WATCH)", "WATCH:" and the outlets'
 * own names.
 */
import type { EditorialRow } from './data';

const HOUSE_MARKS = [
  /\((?:watch|video|videos|photos?|look|listen|sneak pea[kc]|ep\.?\s*#?\s*\d+|episode\s*\d+)\)/giu,
  /^\s*(?:watch|video|photos?|look|listen)\s*:\s*/iu,
  /\s[–—-]\s*gnn podcast\b/giu,
  /\b(?:good news network|gnn|newser|huffpost|huffington post)\b/giu,
  /\bgood news\b/giu,
];

export function stripHouseMarks(text: string): string {
  let out = text;
  for (const mark of HOUSE_MARKS) out = out.replace(mark, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

export function editorialText(row: EditorialRow): { headline: string; teaser?: string } {
  const teaser = stripHouseMarks(row.teaser);
  return teaser
    ? { headline: stripHouseMarks(row.text), teaser }
    : { headline: stripHouseMarks(row.text) };
}
