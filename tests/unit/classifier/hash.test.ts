import { describe, expect, it } from 'vitest';
import {
  buildTable,
  hashString,
  LEVELS,
  priorAt,
  probe,
  quantizeWeight,
  SLOT,
  weightAt,
} from '../../../lib/classifier/hash';

describe('weight table', () => {
  it('finds every stored feature with its quantised weight and prior, and misses others', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const entries = words.map((word, i) => {
      const [h1, h2] = hashString(word);
      return { h1, h2, weight: ((i % 200) - 100) / 25, prior: ((i % 21) - 10) / 10 };
    });
    const { table, dropped } = buildTable(entries);
    const mask = table.length / SLOT - 1;
    expect(table).toMatch(/^[#-[\]-~]+$/); // printable, no backslash or quote: JSON keeps it as is
    let found = 0;
    entries.forEach((e) => {
      const at = probe(table, mask, e.h1, e.h2);
      if (at < 0) return;
      found++;
      expect(Math.abs(weightAt(table, at) - e.weight)).toBeLessThanOrEqual(
        Math.max(0.03, Math.abs(e.weight) * 0.04),
      );
      expect(priorAt(table, at)).toBeCloseTo(e.prior, 1);
    });
    expect(found + dropped).toBe(entries.length);
    expect(dropped).toBeLessThan(5);
    let falseHits = 0;
    for (let i = 0; i < 3000; i++) {
      const [h1, h2] = hashString(`other${i}`);
      if (probe(table, mask, h1, h2) >= 0) falseHits++;
    }
    expect(falseHits).toBeLessThan(5);
  });

  it('has symmetric levels with zero in the middle', () => {
    expect(LEVELS[quantizeWeight(0)]).toBe(0);
    expect(LEVELS[quantizeWeight(1.5)]).toBeCloseTo(-LEVELS[quantizeWeight(-1.5)]!, 9);
    expect(Math.abs(LEVELS[quantizeWeight(0.3)]! - 0.3)).toBeLessThan(0.02);
  });
});
