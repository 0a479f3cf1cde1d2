/**
 * Regression floor on dev metrics: a later change to features, training or thresholds cannot
 * quietly lower them. Reads ../shared/data (or $BRIGHTSIDE_DATA); fails, never skips, without it.
 * Floors sit a little under the values measured when the model was trained (see MODEL.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreUplift } from '../../../lib/classifier';
import { dataDir, loadDevSets, type DevSets } from '../../../scripts/classifier/data';
import { editorialText } from '../../../scripts/classifier/editorial';
import { accuracy, rocAuc } from '../../../scripts/classifier/metrics';

let dev: DevSets;

beforeAll(() => {
  dataDir(); // throws a clear message when ../shared/data is missing
  dev = loadDevSets();
}, 60_000);

function measure(stories: { headline: string; teaser?: string }[], labels: number[]) {
  const results = stories.map((s) => scoreUplift(s));
  return {
    accuracy: accuracy(
      labels,
      results.map((r) => r.uplifting),
    ),
    auc: rocAuc(
      labels,
      results.map((r) => r.score),
    ),
    results,
  };
}

describe('dev metrics floor', () => {
  it('SemEval-2007 trial, positive vs negative', () => {
    const m = measure(
      dev.semeval.map((r) => ({ headline: r.text })),
      dev.semeval.map((r) => (r.rawLabel === 'positive' ? 1 : 0)),
    );
    expect(m.accuracy).toBeGreaterThanOrEqual(0.81);
    expect(m.auc).toBeGreaterThanOrEqual(0.85);
  });

  it('Reddit 2019 validation', () => {
    const rows = dev.redditValidation;
    const m = measure(
      rows.map((r) => ({ headline: r.text })),
      rows.map((r) => r.label),
    );
    expect(m.auc).toBeGreaterThanOrEqual(0.9);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.84);
  });

  it('editorial validation (good vs bad news), headline only and with teaser, and per source', () => {
    const rows = dev.editorialValidation.filter((r) => r.rawLabel !== 'neutral');
    const labels = rows.map((r) => r.label);
    const headline = measure(
      rows.map((r) => ({ headline: editorialText(r).headline })),
      labels,
    );
    expect(headline.accuracy).toBeGreaterThanOrEqual(0.875);
    expect(headline.auc).toBeGreaterThanOrEqual(0.95);
    const teaser = measure(
      rows.map((r) => editorialText(r)),
      labels,
    );
    expect(teaser.accuracy).toBeGreaterThanOrEqual(0.9);
    for (const [source, floor] of [
      ['goodnewsnetwork', 0.92],
      ['newser', 0.84],
      ['huffpost', 0.85],
    ] as const) {
      const idx = rows.map((r, i) => (r.source === source ? i : -1)).filter((i) => i >= 0);
      const acc = accuracy(
        idx.map((i) => labels[i]!),
        idx.map((i) => headline.results[i]!.uplifting),
      );
      expect(acc, source).toBeGreaterThanOrEqual(floor);
      // The target: every source within 5 points of the whole set.
      expect(Math.abs(acc - headline.accuracy), source).toBeLessThanOrEqual(0.05);
    }
  });
});
