import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../scripts/classify';

describe('classify CLI lines', () => {
  it('scores a headline, accepting "text" for "headline"', () => {
    const a = classifyLine('{"id": 7, "headline": "Firefighters rescue family from burning home"}');
    expect(a).toMatchObject({ id: 7, uplifting: true, category: 'rescue' });
    const b = classifyLine(
      '{"id": "x", "text": "Man killed in highway crash", "teaser": "Police say"}',
    );
    expect(b).toMatchObject({ id: 'x', uplifting: false, category: null });
    expect(Object.keys(b)).toEqual(['id', 'score', 'uplifting', 'cues', 'category']);
  });

  it('says what is wrong with a malformed line', () => {
    expect(() => classifyLine('{oops')).toThrow('not valid JSON');
    expect(() => classifyLine('[1]')).toThrow('expected a JSON object');
    expect(() => classifyLine('{"id": 1}')).toThrow('"headline" (or "text") must be a string');
    expect(() => classifyLine('{"headline": "x", "body": 3}')).toThrow('"body" must be a string');
  });
});
